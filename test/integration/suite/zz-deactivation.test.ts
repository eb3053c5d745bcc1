// Deactivation releases everything: runs last (files load in name order) because Source Lens is gone afterwards.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { extensionId, openAnalyzedSeed } from './helpers';

interface ExtensionModule {
  deactivate(): void;
}

function isExtensionModule(value: unknown): value is ExtensionModule {
  return typeof value === 'object' && value !== null && typeof (value as { deactivate?: unknown }).deactivate === 'function';
}

describe('Source Lens deactivation', () => {
  it('disposes every listener, timer, worker and decoration type it created', async () => {
    const { api: exported } = await openAnalyzedSeed();

    const before = exported.resourceCounts();
    assert.ok(before.disposables > 0, `an active extension holds disposables (${JSON.stringify(before)})`);
    assert.ok(before.decorationTypes > 0, `an active extension holds decoration types (${JSON.stringify(before)})`);
    assert.ok(before.workers > 0, `the seed was analysed in a worker (${JSON.stringify(before)})`);

    // The extension host loaded the bundle through Node's module cache: requiring it again gives the same module.
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is installed`);
    const main = path.join(extension.extensionPath, 'dist', 'extension.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded: unknown = require(main);
    assert.ok(isExtensionModule(loaded), `${main} exports deactivate()`);
    loaded.deactivate();

    assert.deepStrictEqual(exported.resourceCounts(), { disposables: 0, timers: 0, workers: 0, decorationTypes: 0 });
  });
});
