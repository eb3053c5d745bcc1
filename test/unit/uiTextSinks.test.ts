// Proves no document or settings text reaches a message, quick pick, input box, status bar item, tree item or Markdown
// string of the extension without the helpers of src/presentation/uiText.ts, and that the check itself catches such a call.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type ts from 'typescript';
import { createProgram, findUnescapedUiText, type Finding } from '../support/uiTextSinks';
import { findRepoRoot } from '../support/fixtures';

const repoRoot = findRepoRoot();
const srcDir = path.join(repoRoot, 'src');
const brandModule = path.join(srcDir, 'presentation', 'uiText.ts');
/** Never written to disk: the checker reads it from memory beside the real sources, so its imports resolve alike. */
const fixtureFile = path.join(srcDir, 'uiTextSinkFixture.virtual.ts');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Each line marked `// unsafe` must be reported; lines marked `// safe` must not. */
const FIXTURE = `
import * as vscode from 'vscode';
import type { Actor } from './analysis/types';
import { plural } from './presentation/wording';
import { markdownText, ownMarkdown, ownText, uiText, type UiText } from './presentation/uiText';

const KINDS = { a: 'Alpha', b: 'Beta' } as const;
const TABLE: Record<string, string> = { a: 'Alpha' };
const trusted = 'Source Lens';

export async function examples(actor: Actor, fileName: string, error: Error, item: vscode.StatusBarItem, tree: vscode.TreeView<unknown>, key: 'a' | 'b'): Promise<void> {
  void vscode.window.showErrorMessage(\`Source Lens could not analyse \${fileName}\`); // unsafe
  void vscode.window.showErrorMessage(\`Source Lens could not analyse \${uiText(fileName)}\`); // safe
  void vscode.window.showWarningMessage(error.message); // unsafe
  void vscode.window.showInformationMessage(\`\${trusted}: \${plural(actor.mentions.length, 'mention')}\`, 'Undo'); // safe
  void vscode.window.showInformationMessage('Done', actor.name); // unsafe
  const message = actor.aliases.length > 0 ? \`Merged \${actor.name}\` : 'Nothing to merge';
  void vscode.window.showInformationMessage(message); // unsafe
  void vscode.window.showQuickPick([{ label: actor.name }]); // unsafe
  void vscode.window.showQuickPick([actor].map((a) => ({ label: a.name, a }))); // unsafe
  void vscode.window.showQuickPick([actor].map((a) => ({ label: uiText(a.name), a }))); // safe
  void vscode.window.showQuickPick(['x'], { title: \`Merge \${actor.name} into…\` }); // unsafe
  void vscode.window.showQuickPick(['x'], { title: \`Merge \${uiText(actor.name)} into…\`, placeHolder: KINDS[key] }); // safe
  void vscode.window.showQuickPick(['x'], { placeHolder: TABLE[key] }); // safe
  void vscode.window.showInputBox({ prompt: actor.name }); // unsafe
  vscode.window.setStatusBarMessage(fileName); // unsafe
  item.text = \`$(quote) \${actor.name}\`; // unsafe
  item.text = \`$(quote) \${uiText(actor.name)}\`; // safe
  item.tooltip = fileName; // unsafe
  item.accessibilityInformation = { label: actor.name }; // unsafe
  tree.message = actor.name; // unsafe
  tree.description = ownText(\`\${uiText(actor.name)} · \${actor.mentions.length}\`); // safe
  const label: UiText = ownText(actor.name); // unsafe
  const treeItem = new vscode.TreeItem(actor.name); // unsafe
  treeItem.description = label; // safe
  treeItem.tooltip = new vscode.MarkdownString(\`**\${actor.name}**\`); // unsafe
  treeItem.tooltip = new vscode.MarkdownString(\`**\${markdownText(actor.name)}**\`); // safe
  treeItem.tooltip = new vscode.MarkdownString(ownMarkdown(\`**\${uiText(actor.name)}**\`)); // unsafe
  treeItem.command = { title: actor.name, command: 'x' }; // unsafe
  void new vscode.DocumentSymbol(actor.name, '', vscode.SymbolKind.Object, new vscode.Range(0, 0, 0, 0), new vscode.Range(0, 0, 0, 0)); // unsafe
  void vscode.window.showInformationMessage(actor.name as UiText); // unsafe
}
`;

function lineNumbers(marker: string): number[] {
  return FIXTURE.split('\n').flatMap((line, index) => (line.trimEnd().endsWith(`// ${marker}`) ? [index + 1] : []));
}

describe('UI text sinks [stress]', function () {
  // The TypeScript checker reads the whole extension; on a loaded machine that takes a while.
  this.timeout(180_000);
  let program: ts.Program;

  before(() => {
    program = createProgram(repoRoot, sourceFiles(srcDir), { [fixtureFile]: FIXTURE });
  });

  it('finds every unescaped piece of text in a sample of hostile calls, and nothing else', () => {
    const findings = findUnescapedUiText(program, [fixtureFile], brandModule);
    const found = [...new Set(findings.map((finding) => finding.line))].sort((a, b) => a - b);
    const describe = (lines: number[]): string => lines.map((line) => `${line}: ${FIXTURE.split('\n')[line - 1]?.trim()}`).join('\n');
    const missed = lineNumbers('unsafe').filter((line) => !found.includes(line));
    const wrong = found.filter((line) => !lineNumbers('unsafe').includes(line));
    assert.deepStrictEqual(missed, [], `not reported:\n${describe(missed)}`);
    assert.deepStrictEqual(wrong, [], `reported but safe:\n${describe(wrong)}\n${JSON.stringify(findings, null, 2)}`);
  });

  it('finds no text in the extension that reaches the UI without uiText, ownText, markdownText or ownMarkdown', () => {
    const findings: Finding[] = findUnescapedUiText(program, sourceFiles(srcDir), brandModule);
    const report = findings.map((finding) => `${path.relative(repoRoot, finding.file)}:${finding.line} ${finding.sink}: ${finding.text}`).join('\n');
    assert.deepStrictEqual(findings.length, 0, `document or settings text shown without escaping:\n${report}`);
  });
});
