// Entry point: builds the container on activation and returns the extension's API; deactivation disposes it.
import type * as vscode from 'vscode';
import type { SourceLensApi } from './api';
import { Container } from './container';

/** The one running container, so `deactivate()` (and a test calling it) can dispose it; VS Code disposes it too through the context. */
let running: Container | undefined;

export function activate(context: vscode.ExtensionContext): SourceLensApi {
  const started = performance.now();
  const container = new Container(context);
  running = container;
  context.subscriptions.push(container);
  container.logActivation(performance.now() - started);
  return container.api;
}

export function deactivate(): void {
  // Disposing twice is harmless: the container empties its list the first time.
  running?.dispose();
  running = undefined;
}
