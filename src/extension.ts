// Entry point: builds the container on activation and returns the extension's API; deactivation disposes it.
import type * as vscode from 'vscode';
import type { SourceLensApi } from './api';
import { Container } from './container';

export function activate(context: vscode.ExtensionContext): SourceLensApi {
  const started = performance.now();
  const container = new Container(context);
  context.subscriptions.push(container);
  container.logActivation(performance.now() - started);
  return container.api;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
