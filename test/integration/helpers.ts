import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../src/extension/extension.js';

export const EXTENSION_ID = 'postmortem-tools.postmortem-assistant';

export async function api(): Promise<PostmortemApi> {
  const ext = vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export async function open(...parts: string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(...parts));
  return vscode.window.showTextDocument(doc);
}

/** A scratch copy of a file (or new text) under workspace/tmp, removed by `cleanTemp`. */
export function writeTemp(name: string, text: string): vscode.Uri {
  const uri = workspaceUri('tmp', name);
  fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
  fs.writeFileSync(uri.fsPath, text);
  return uri;
}

export async function cleanTemp(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  fs.rmSync(workspaceUri('tmp').fsPath, { recursive: true, force: true });
}

/** Resolves when `check` passes for the document's diagnostics; waits on change events, never a fixed sleep. */
export function waitForDiagnostics(uri: vscode.Uri, check: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => {
    const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'postmortem');
    return check(d) ? d : undefined;
  }, timeoutMs, `diagnostics of ${uri.path}`);
}

/** Waits until `probe` returns a value, re-checking whenever `event` fires. */
export function waitFor<T, E>(event: vscode.Event<E>, probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const first = probe();
    if (first !== undefined) return resolve(first);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const sub = event(() => {
      const value = probe();
      if (value === undefined) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    });
  });
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}
