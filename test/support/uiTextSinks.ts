// Finds text that reaches the editor's UI (messages, quick picks, input boxes, the status bar, tree items, Markdown)
// without passing through the helpers of src/presentation/uiText.ts, by reading the extension's source with the TypeScript checker.
//
// A value shown by the UI is accepted when the checker proves it safe: a string literal (or a union of them), a number
// or boolean, text branded by `uiText`/`ownText` (plain surfaces) or `markdownText`/`ownMarkdown` (Markdown), an
// object (whose own text is checked where it is built), or a template, `+`, `?:`, `??` or `||` of such parts, a
// `const` holding one, a constant table of literals, or `plural`/`formatSize` of such parts. Anything else of type
// `string` (a document's name, an actor's name, an error message) is reported, and so is a cast to a brand outside
// src/presentation/uiText.ts.
import * as path from 'path';
import ts from 'typescript';

export type Surface = 'plain' | 'markdown';

export interface Finding {
  file: string;
  line: number;
  sink: string;
  text: string;
}

/** Calls whose arguments are shown: `owner.name` of their declaration in the vscode API, and what each argument is. */
const SINK_CALLS: Readonly<Record<string, ReadonlyArray<Surface | 'items' | 'skip'> | 'allPlain'>> = {
  'window.showInformationMessage': 'allPlain',
  'window.showWarningMessage': 'allPlain',
  'window.showErrorMessage': 'allPlain',
  'window.showQuickPick': ['items'],
  'window.setStatusBarMessage': ['plain'],
  'MarkdownString.appendMarkdown': ['markdown'],
  'MarkdownString.constructor': ['markdown'],
  'TreeItem.constructor': ['plain'],
  'DocumentSymbol.constructor': ['plain', 'plain'],
  'SymbolInformation.constructor': ['plain', 'skip', 'plain'],
};

/** Properties whose values are shown, by `owner.name` in the vscode API (assigned, or written in an object literal). */
const SINK_MEMBERS: Readonly<Record<string, Surface | 'items'>> = {
  'StatusBarItem.text': 'plain',
  'StatusBarItem.tooltip': 'plain',
  'StatusBarItem.name': 'plain',
  'TreeView.message': 'plain',
  'TreeView.title': 'plain',
  'TreeView.description': 'plain',
  'TreeItem.label': 'plain',
  'TreeItem.description': 'plain',
  'TreeItem.tooltip': 'plain',
  'TreeItemLabel.label': 'plain',
  'QuickInput.title': 'plain',
  'QuickPick.placeholder': 'plain',
  'QuickPick.items': 'items',
  'InputBox.prompt': 'plain',
  'InputBox.placeholder': 'plain',
  'InputBox.validationMessage': 'plain',
  'QuickPickItem.label': 'plain',
  'QuickPickItem.description': 'plain',
  'QuickPickItem.detail': 'plain',
  'QuickPickOptions.title': 'plain',
  'QuickPickOptions.placeHolder': 'plain',
  'QuickPickOptions.prompt': 'plain',
  'InputBoxOptions.title': 'plain',
  'InputBoxOptions.prompt': 'plain',
  'InputBoxOptions.placeHolder': 'plain',
  'MessageOptions.detail': 'plain',
  'MessageItem.title': 'plain',
  'Command.title': 'plain',
  'Command.tooltip': 'plain',
  'AccessibilityInformation.label': 'plain',
  'ViewBadge.tooltip': 'plain',
  'SaveDialogOptions.title': 'plain',
  'SaveDialogOptions.saveLabel': 'plain',
  'OpenDialogOptions.title': 'plain',
  'OpenDialogOptions.openLabel': 'plain',
  'DocumentSymbol.name': 'plain',
  'DocumentSymbol.detail': 'plain',
};

/** Own formatters of numbers and literals: their result is as safe as their arguments. */
const FORMATTERS = new Set(['plural', 'formatSize']);
/** The blessing helpers: their argument must be safe on its own surface. */
const OWN_HELPERS: Readonly<Record<string, Surface>> = { ownText: 'plain', ownMarkdown: 'markdown' };
const BRANDS: Readonly<Record<Surface, string>> = { plain: 'uiTextBrand', markdown: 'markdownTextBrand' };
const QUICK_PICK_TEXT = ['label', 'description', 'detail'];

function isVscodeDeclaration(declaration: ts.Declaration): boolean {
  return /[\\/]@types[\\/]vscode[\\/]/.test(declaration.getSourceFile().fileName);
}

/** `Owner.member` for a declaration in the vscode API (`window.showErrorMessage`, `TreeItem.label`), else undefined. */
function apiName(declaration: ts.Declaration | undefined): string | undefined {
  if (!declaration || !isVscodeDeclaration(declaration)) return undefined;
  const member = ts.isConstructorDeclaration(declaration) ? 'constructor' : ts.getNameOfDeclaration(declaration)?.getText();
  let owner: ts.Node | undefined = declaration.parent;
  if (owner && ts.isModuleBlock(owner)) owner = owner.parent;
  const ownerName = owner && (ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner) || ts.isModuleDeclaration(owner)) ? owner.name?.getText() : undefined;
  return ownerName && member ? `${ownerName}.${member}` : undefined;
}

export class UiTextSinkChecker {
  private readonly checker: ts.TypeChecker;
  readonly findings: Finding[] = [];

  constructor(
    program: ts.Program,
    private readonly brandModule: string,
  ) {
    this.checker = program.getTypeChecker();
  }

  check(sourceFile: ts.SourceFile): void {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) this.checkCall(node);
      else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) this.checkAssignment(node);
      else if (ts.isObjectLiteralExpression(node)) this.checkObjectLiteral(node);
      else if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && path.resolve(sourceFile.fileName) !== this.brandModule) this.checkCast(node);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }

  private report(node: ts.Node, sink: string): void {
    const sourceFile = node.getSourceFile();
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
    this.findings.push({ file: sourceFile.fileName, line: line + 1, sink, text: node.getText().replace(/\s+/g, ' ').slice(0, 160) });
  }

  private checkCall(node: ts.CallExpression | ts.NewExpression): void {
    const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
    const callee = ts.isCallExpression(node) ? node.expression : node.expression;
    const calleeName = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    const own = calleeName ? OWN_HELPERS[calleeName] : undefined;
    if (own && this.declaredIn(callee, this.brandModule)) {
      for (const arg of args) if (!this.isSafe(arg, own)) this.report(arg, `${calleeName}() argument`);
      return;
    }
    const declaration = this.checker.getResolvedSignature(node)?.getDeclaration();
    const sink = apiName(declaration);
    const spec = sink ? SINK_CALLS[sink] : undefined;
    if (!sink || !spec) return;
    args.forEach((arg, index) => {
      const surface = spec === 'allPlain' ? 'plain' : spec[index];
      if (!surface || surface === 'skip') return;
      if (surface === 'items') this.checkItems(arg, sink);
      else if (!this.isSafe(arg, surface)) this.report(arg, `${sink} argument ${index + 1}`);
    });
  }

  private checkAssignment(node: ts.BinaryExpression): void {
    if (!ts.isPropertyAccessExpression(node.left)) return;
    const symbol = this.checker.getSymbolAtLocation(node.left.name);
    const sink = symbol?.declarations?.map(apiName).find((name) => name !== undefined && SINK_MEMBERS[name] !== undefined);
    if (!sink) return;
    this.checkValue(node.right, sink);
  }

  private checkObjectLiteral(node: ts.ObjectLiteralExpression): void {
    const contextual = this.checker.getContextualType(node);
    if (!contextual) return;
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const name = property.name.getText();
      const candidates = contextual.isUnion() ? contextual.types : [contextual];
      const sink = candidates
        .map((type) => this.checker.getPropertyOfType(type, name))
        .flatMap((symbol) => symbol?.declarations ?? [])
        .map(apiName)
        .find((api) => api !== undefined && SINK_MEMBERS[api] !== undefined);
      if (!sink) continue;
      this.checkValue(ts.isPropertyAssignment(property) ? property.initializer : property.name, sink);
    }
  }

  private checkValue(value: ts.Expression, sink: string): void {
    const surface = SINK_MEMBERS[sink];
    if (surface === 'items') this.checkItems(value, sink);
    else if (surface && !this.isSafe(value, surface)) this.report(value, sink);
  }

  /** Quick pick items built elsewhere: the text properties their type declares outside the vscode API must be safe. */
  private checkItems(items: ts.Expression, sink: string): void {
    let type = this.checker.getTypeAtLocation(items);
    const awaited = this.checker.getAwaitedType(type);
    if (awaited) type = awaited;
    const element = this.checker.getIndexTypeOfType(type, ts.IndexKind.Number);
    if (!element) return;
    for (const itemType of element.isUnion() ? element.types : [element]) {
      for (const name of QUICK_PICK_TEXT) {
        const property = this.checker.getPropertyOfType(itemType, name);
        // Declared by the vscode API: the literal that set it was contextually typed and is checked where it is written.
        if (!property || property.declarations?.every(isVscodeDeclaration)) continue;
        if (!this.isSafeType(this.checker.getTypeOfSymbolAtLocation(property, items), 'plain')) this.report(items, `${sink} item ${name}`);
      }
    }
  }

  private checkCast(node: ts.AsExpression | ts.TypeAssertion): void {
    const type = this.checker.getTypeAtLocation(node.type);
    if (this.hasBrand(type, 'plain') || this.hasBrand(type, 'markdown')) this.report(node, 'cast to a UI text brand');
  }

  private declaredIn(node: ts.Node, file: string): boolean {
    let symbol = this.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    return symbol?.declarations?.some((declaration) => path.resolve(declaration.getSourceFile().fileName) === file) ?? false;
  }

  private hasBrand(type: ts.Type, surface: Surface): boolean {
    const parts = type.isIntersection() ? type.types : [type];
    return parts.some((part) =>
      this.checker.getPropertiesOfType(part).some((property) => property.escapedName.toString().includes(BRANDS[surface]) && !(property.flags & ts.SymbolFlags.Optional)),
    );
  }

  private isSafeType(type: ts.Type, surface: Surface): boolean {
    if (type.isUnion()) return type.types.every((part) => this.isSafeType(part, surface));
    const flags = type.flags;
    const harmless =
      ts.TypeFlags.StringLiteral |
      ts.TypeFlags.NumberLike |
      ts.TypeFlags.BigIntLike |
      ts.TypeFlags.BooleanLike |
      ts.TypeFlags.Undefined |
      ts.TypeFlags.Null |
      ts.TypeFlags.Void |
      ts.TypeFlags.Never;
    if (flags & harmless) return true;
    if (type.isIntersection()) return this.hasBrand(type, surface);
    // An object (a MarkdownString, a ThemeIcon, a label object) carries its text where it was built, which is checked.
    if (flags & ts.TypeFlags.Object) return true;
    return false;
  }

  /** Whether an expression is proved safe for a surface by its type, or by what it is built from. */
  isSafe(expression: ts.Expression, surface: Surface, depth = 0): boolean {
    if (depth > 12) return false;
    if (this.isSafeType(this.checker.getTypeAtLocation(expression), surface)) return true;
    const next = (inner: ts.Expression): boolean => this.isSafe(inner, surface, depth + 1);
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression) || ts.isNumericLiteral(expression)) return true;
    if (ts.isTemplateExpression(expression)) return expression.templateSpans.every((span) => next(span.expression));
    if (ts.isParenthesizedExpression(expression) || ts.isNonNullExpression(expression) || ts.isSatisfiesExpression(expression)) return next(expression.expression);
    if (ts.isAwaitExpression(expression)) return next(expression.expression);
    if (ts.isConditionalExpression(expression)) return next(expression.whenTrue) && next(expression.whenFalse);
    if (ts.isBinaryExpression(expression)) {
      const operator = expression.operatorToken.kind;
      if (operator === ts.SyntaxKind.PlusToken || operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) {
        return next(expression.left) && next(expression.right);
      }
      return false;
    }
    if (ts.isIdentifier(expression)) {
      const initializer = this.constInitializer(expression);
      return initializer !== undefined && next(initializer);
    }
    if (ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression)) return this.isConstantTableEntry(expression);
    if (ts.isCallExpression(expression)) {
      const callee = expression.expression;
      const name = ts.isIdentifier(callee) ? callee.text : undefined;
      return name !== undefined && FORMATTERS.has(name) && expression.arguments.every((arg) => next(arg));
    }
    return false;
  }

  /** The initializer of the `const` an identifier names, if it is one. */
  private constInitializer(identifier: ts.Identifier): ts.Expression | undefined {
    let symbol = this.checker.getSymbolAtLocation(identifier);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
    const list = declaration.parent;
    return ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const ? declaration.initializer : undefined;
  }

  /** `TABLE[key]` or `TABLE.key` where TABLE is a `const` whose every string is a literal (labels of kinds, sorts…). */
  private isConstantTableEntry(expression: ts.PropertyAccessExpression | ts.ElementAccessExpression): boolean {
    let root: ts.Expression = expression;
    while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) root = root.expression;
    if (!ts.isIdentifier(root)) return false;
    const initializer = this.constInitializer(root);
    return initializer !== undefined && onlyLiterals(initializer);
  }
}

/** Whether every value in a constant's initializer is a literal (objects and arrays of them, `as const` allowed). */
function onlyLiterals(node: ts.Expression): boolean {
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) return onlyLiterals(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) return true;
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(onlyLiterals);
  if (ts.isObjectLiteralExpression(node)) return node.properties.every((property) => ts.isPropertyAssignment(property) && onlyLiterals(property.initializer));
  return false;
}

/** A program over the repository's tsconfig, with extra in-memory files (for the checker's own test). */
export function createProgram(repoRoot: string, rootFiles: readonly string[], virtualFiles: Readonly<Record<string, string>> = {}): ts.Program {
  const configPath = path.join(repoRoot, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true };
  const host = ts.createCompilerHost(options, true);
  const virtual = new Map(Object.entries(virtualFiles).map(([file, text]) => [path.resolve(file), text]));
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (file) => virtual.has(path.resolve(file)) || fileExists(file);
  host.readFile = (file) => virtual.get(path.resolve(file)) ?? readFile(file);
  host.getSourceFile = (file, language, onError, fresh) => {
    const text = virtual.get(path.resolve(file));
    return text === undefined ? getSourceFile(file, language, onError, fresh) : ts.createSourceFile(file, text, language, true);
  };
  return ts.createProgram({ rootNames: [...rootFiles, ...virtual.keys()], options, host });
}

/** Every finding in the given files of a program. */
export function findUnescapedUiText(program: ts.Program, files: readonly string[], brandModule: string): Finding[] {
  const checker = new UiTextSinkChecker(program, path.resolve(brandModule));
  const wanted = new Set(files.map((file) => path.resolve(file)));
  for (const sourceFile of program.getSourceFiles()) if (wanted.has(path.resolve(sourceFile.fileName))) checker.check(sourceFile);
  return checker.findings;
}
