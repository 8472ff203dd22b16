/** The extension's entry on Node (package.json `main`): the server runs as a child process. */
import type * as vscode from 'vscode';
import { activateWith, type PostmortemApi } from './activate.js';
import { createNodeClient } from './node-client.js';

export type { PostmortemApi } from './activate.js';

export function activate(context: vscode.ExtensionContext): PostmortemApi {
  const started = performance.now();
  return activateWith(context, (options) => createNodeClient(context, options), started);
}

export function deactivate(): void {}
