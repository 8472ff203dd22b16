/**
 * The extension's entry in a browser (package.json `browser`: vscode.dev,
 * github.dev): the same features, with the server in a Web Worker.
 */
import type * as vscode from 'vscode';
import { activateWith, type PostmortemApi } from './activate.js';
import { browserClients } from './browser-client.js';

export async function activate(context: vscode.ExtensionContext): Promise<PostmortemApi> {
  const started = performance.now();
  return activateWith(context, await browserClients(context), started);
}

export function deactivate(): void {}
