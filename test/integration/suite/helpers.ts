// Shared steps of the extension-host suites: find the workspace's seed, open it, wait for Source Lens to have analysed it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Analysis } from '../../../src/analysis/types';
import type { SourceLensApi } from '../../../src/api';

export const extensionId = 'source-lens.source-lens';
export const seedFileName = '000_3f34881810dbdd74.txt';

/** Polls `probe` until it returns a value that is not undefined, or fails with `what` after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Thenable<T | undefined> | T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new assert.AssertionError({ message: `timed out after ${timeoutMs} ms waiting for ${what}${reason}` });
}

export function seedUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run must open the sample workspace folder');
  return vscode.Uri.joinPath(folder.uri, seedFileName);
}

/**
 * Opens the seed and returns its editor once Source Lens has given it the Source Document language (it carries a
 * date header). The switch closes and reopens the document, so objects taken before it would be stale.
 */
export async function openSeed(): Promise<vscode.TextEditor> {
  const uri = seedUri();
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  const switched = await eventually('the seed to switch to the Source Document language', () => {
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    return document?.languageId === 'source-document' ? document : undefined;
  });
  return vscode.window.showTextDocument(switched, { preview: false });
}

/** The position of the `occurrence`-th (0-based) `needle` on 1-based `line`, plus `offset` characters into it. */
export function positionOf(document: vscode.TextDocument, line: number, needle: string, occurrence = 0, offset = 1): vscode.Position {
  const text = document.lineAt(line - 1).text;
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `"${needle}" (occurrence ${occurrence}) not found on line ${line}: ${text.slice(0, 120)}`);
  }
  return new vscode.Position(line - 1, index + offset);
}

/** Flattens hover contents (MarkdownString or strings) into one text. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

/** Document symbols of the seed, once the analysis produced some (it runs after a debounce, possibly in a worker). */
export async function seedSymbols(uri: vscode.Uri = seedUri(), minimum = 1): Promise<vscode.DocumentSymbol[]> {
  return eventually('document symbols of the seed', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
    return symbols && symbols.length >= minimum ? symbols : undefined;
  });
}

export async function activateSourceLens(): Promise<unknown> {
  const extension = vscode.extensions.getExtension(extensionId);
  assert.ok(extension, `${extensionId} is not installed in this VS Code`);
  return extension.activate();
}

/** Sets a `sourcelens.*` user setting for the duration of `body`, restoring the previous value after. */
export async function withSetting<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const configuration = vscode.workspace.getConfiguration('sourcelens');
  const previous = configuration.inspect(key)?.globalValue;
  await configuration.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await body();
  } finally {
    await vscode.workspace.getConfiguration('sourcelens').update(key, previous, vscode.ConfigurationTarget.Global);
  }
}

function isSourceLensApi(value: unknown): value is SourceLensApi {
  return typeof value === 'object' && value !== null && (value as { apiVersion?: unknown }).apiVersion === 1;
}

/** Opens the seed, activates Source Lens and waits until the seed is analysed; returns its API, the editor and the analysis. */
export async function openAnalyzedSeed(): Promise<{ api: SourceLensApi; editor: vscode.TextEditor; analysis: Analysis }> {
  const editor = await openSeed();
  const exported = await activateSourceLens();
  assert.ok(isSourceLensApi(exported), 'activate() returns the Source Lens API (apiVersion 1)');
  const state = await exported.whenAnalyzed(editor.document.uri, 20_000);
  assert.strictEqual(state?.kind, 'analyzed', `the seed is analysed; state: ${JSON.stringify(state?.kind)}`);
  const analysis = exported.analysisFor(editor.document.uri);
  assert.ok(analysis, 'the analysed seed has an analysis');
  return { api: exported, editor, analysis };
}
