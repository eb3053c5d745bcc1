// A first-time user's path: the sample article opens read-only and is analysed, the keyboard shortcuts give way to VS
// Code's own, and the views' rows read as sentences to a screen reader.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../../src/api';
import type { TreeSnapshot } from '../../../src/views/treeModel';
import { activateSourceLens, eventually, openAnalyzedSeed } from './helpers';

/** A `when` clause as a formula over its atoms (`editorTextFocus`, `view == x`, …), each atom free to be true or false. */
type Formula = (atoms: ReadonlyMap<string, boolean>) => boolean;

const TOKEN = /\s*(?:(&&|\|\|)|(!)(?!=)|([()])|((?:[\w.:-]+)(?:\s*(?:==|!=|=~|>=|<=|>|<)\s*(?:'[^']*'|\/(?:\\.|[^/\\])*\/[a-z]*|[^\s()&|]+))?))/y;

/** Parses a `when` clause into a formula and the atoms it reads (precedence: `!`, then `&&`, then `||`). */
function parseWhen(when: string): { formula: Formula; atoms: Set<string> } {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < when.trim().length) {
    const match = TOKEN.exec(when.trim());
    assert.ok(match, `cannot read the when clause ${JSON.stringify(when)} at ${TOKEN.lastIndex}`);
    tokens.push((match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').replace(/\s+/g, ' '));
  }
  const atoms = new Set<string>();
  let position = 0;
  const or = (): Formula => {
    let left = and();
    while (tokens[position] === '||') {
      position += 1;
      const [a, b] = [left, and()];
      left = (values) => a(values) || b(values);
    }
    return left;
  };
  const and = (): Formula => {
    let left = not();
    while (tokens[position] === '&&') {
      position += 1;
      const [a, b] = [left, not()];
      left = (values) => a(values) && b(values);
    }
    return left;
  };
  const not = (): Formula => {
    const token = tokens[position++];
    if (token === '!') {
      const inner = not();
      return (values) => !inner(values);
    }
    if (token === '(') {
      const inner = or();
      assert.strictEqual(tokens[position++], ')', `unbalanced parentheses in ${when}`);
      return inner;
    }
    assert.ok(token && !['&&', '||', ')'].includes(token), `unexpected ${String(token)} in ${when}`);
    if (token === 'true' || token === 'false') return () => token === 'true';
    atoms.add(token);
    return (values) => values.get(token) === true;
  };
  const formula = when.trim() ? or() : () => true;
  assert.strictEqual(position, tokens.length, `trailing tokens in ${when}`);
  return { formula, atoms };
}

/** An assignment of the atoms under which both clauses hold, if there is one. */
function bothHold(first: string, second: string): Record<string, boolean> | undefined {
  const a = parseWhen(first);
  const b = parseWhen(second);
  const atoms = [...new Set([...a.atoms, ...b.atoms])];
  assert.ok(atoms.length <= 16, `too many context keys to enumerate: ${atoms.join(', ')}`);
  for (let bits = 0; bits < 1 << atoms.length; bits += 1) {
    const values = new Map(atoms.map((atom, index) => [atom, (bits & (1 << index)) !== 0]));
    if (a.formula(values) && b.formula(values)) return Object.fromEntries(values);
  }
  return undefined;
}

interface Keybinding {
  key: string;
  command: string;
  when?: string;
}

/** Every keybinding VS Code knows by default (its own and the extensions'), from its generated default keybindings file. */
async function defaultKeybindings(): Promise<Keybinding[]> {
  await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
  const document = await eventually('the default keybindings file to open', () => {
    const active = vscode.window.activeTextEditor?.document;
    return active && /keybindings\.json$/.test(active.uri.path) && active.uri.scheme !== 'file' ? active : undefined;
  });
  // JSON with comments: every comment there is a whole line.
  const json = document
    .getText()
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  return JSON.parse(json) as Keybinding[];
}

function flatten(nodes: readonly TreeSnapshot[]): TreeSnapshot[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

describe('Source Lens for a first-time user', () => {
  let api: SourceLensApi;

  before(async () => {
    ({ api } = await openAnalyzedSeed());
  });

  it('opens the sample article read-only, in the Source Document language, and analyses it', async () => {
    await activateSourceLens();
    await vscode.commands.executeCommand('sourcelens.openSample');
    const editor = await eventually('the sample to open', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.scheme === 'sourcelens-sample' && active.document.languageId === 'source-document' ? active : undefined;
    });
    const state = await api.whenAnalyzed(editor.document.uri, 20_000);
    assert.strictEqual(state?.kind, 'analyzed');
    const analysis = api.analysisFor(editor.document.uri);
    assert.ok(analysis && analysis.actors.some((actor) => actor.name === 'Dmitry Peskov'), 'the sample is the seed article');
    assert.ok(analysis.claims.length > 0);
    // Nothing can write it back: no file system serves the scheme (the UI scenario shows the editor refusing to type).
    assert.notStrictEqual(vscode.workspace.fs.isWritableFileSystem(editor.document.uri.scheme), true);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(editor.document.uri, new TextEncoder().encode('x'))));
    assert.ok(!editor.document.isDirty);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('binds Next and Previous Claim only where no default binding of the same keys applies', async () => {
    const bindings = await defaultKeybindings();
    const own = bindings.filter((binding) => binding.command === 'sourcelens.nextClaim' || binding.command === 'sourcelens.previousClaim');
    assert.strictEqual(own.length, 2, `both Source Lens bindings are in force: ${JSON.stringify(own)}`);
    let compared = 0;
    for (const binding of own) {
      const others = bindings.filter((other) => other.key === binding.key && !other.command.startsWith('sourcelens.') && !other.command.startsWith('-'));
      for (const other of others) {
        compared += 1;
        const overlap = bothHold(binding.when ?? '', other.when ?? '');
        assert.strictEqual(overlap, undefined, `${binding.key}: ${binding.command} (${binding.when}) and ${other.command} (${other.when}) both apply when ${JSON.stringify(overlap)}`);
      }
    }
    // VS Code binds Alt+[ / Alt+] to its inline suggestions and accessible view: the check compared against them.
    assert.ok(compared >= 2, `found ${compared} default bindings sharing Source Lens's keys`);
  });

  it('reads the views\' rows to a screen reader as sentences: name, kind and counts', async () => {
    const actors = flatten(api.actorsTreeItems());
    const peskov = actors.find((node) => node.kind === 'actor' && node.label === 'Dmitry Peskov');
    assert.ok(peskov, 'Dmitry Peskov is listed');
    assert.match(peskov.accessibilityLabel, /^Dmitry Peskov, person, \d+ mentions?, \d+ claims?$/);
    const organization = actors.find((node) => node.kind === 'actor' && /, organization, /.test(node.accessibilityLabel));
    assert.ok(organization, 'an organization says so');
    const claims = flatten(api.claimsTreeItems()).filter((node) => node.kind === 'claim');
    assert.ok(claims.length > 0);
    // After the line come what the review and the engine add: a verdict, a correction, low confidence.
    const marks = /(?: · (?:verified|disputed|false|needs source|corrected|low confidence \d(?:\.\d+)?))*$/i;
    const sentence = new RegExp(`: .+, line \\d+${marks.source}`, 'i');
    for (const claim of claims) assert.match(claim.accessibilityLabel, sentence, claim.accessibilityLabel);
  });
});
