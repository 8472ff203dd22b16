import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES } from '../core/config/names.js';
import type { ReadFileParams, ReadFileResult } from '../protocol.js';

const notFound = (error: unknown) => error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A file's text through the editor's file system (local, remote or virtual).
 * Only a regular file (or a symlink to one) of at most `maxBytes` is read: a
 * FIFO would block and a device never ends. A folder counts as nothing there.
 */
export async function readRegularFile(uri: vscode.Uri, maxBytes: number): Promise<ReadFileResult> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (error) {
    return notFound(error) ? { missing: true } : { error: reason(error) };
  }
  if (stat.type & vscode.FileType.Directory) return { missing: true };
  if ((stat.type & vscode.FileType.File) === 0) return { error: 'it is not a regular file' };
  const tooLarge = { error: `it is larger than ${maxBytes.toLocaleString('en')} bytes` };
  if (stat.size > maxBytes) return tooLarge;
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    // It may have grown since the stat.
    return bytes.byteLength > maxBytes ? tooLarge : { text: new TextDecoder('utf-8').decode(bytes) };
  } catch (error) {
    return notFound(error) ? { missing: true } : { error: reason(error) };
  }
}

/** What a server may read through the client: config files, and the workspace's Markdown files (for its index and Lint All Postmortems). */
function serverMayRead(uri: vscode.Uri): boolean {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  if (CONFIG_FILE_NAMES.includes(name)) return true;
  return /\.(md|markdown)$/i.test(name) && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

/**
 * Answers the server's `postmortem/readFile` (see serverMayRead), whatever
 * else a server might ask for.
 */
export async function readForServer(params: ReadFileParams): Promise<ReadFileResult> {
  if (typeof params?.uri !== 'string' || !(params.maxBytes >= 0)) return { error: 'a malformed request' };
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(params.uri, true);
  } catch {
    return { error: 'a malformed URI' };
  }
  if (!serverMayRead(uri)) return { error: 'only config files and the workspace\'s Markdown files are read for the server' };
  return readRegularFile(uri, params.maxBytes);
}
