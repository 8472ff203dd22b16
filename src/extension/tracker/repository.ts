import * as vscode from 'vscode';
import { parseRemote, type Remote } from '../../core/tracker/issue-link.js';

export interface IssueRepository {
  remote: Remote;
  /** The folder paths in links are relative to. */
  root: vscode.Uri;
}

/** The slice of the built-in Git extension's API used here (extensions/git/src/api/git.d.ts). */
interface GitApi {
  getRepository(uri: vscode.Uri): { rootUri: vscode.Uri; state: { remotes: Array<{ name: string; fetchUrl?: string; pushUrl?: string }> } } | null;
}

function gitApi(): GitApi | undefined {
  const git = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  try {
    return git?.isActive ? git.exports.getAPI(1) : undefined;
  } catch {
    // The Git extension is disabled or not ready: links need the setting then.
    return undefined;
  }
}

/**
 * The repository new-issue links go to: the `postmortem.issueRepository`
 * setting (paths from the workspace folder), else the Git extension's
 * repository of the file and its `origin` remote (else the first one).
 */
export function issueRepository(uri: vscode.Uri): IssueRepository | null {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const setting = vscode.workspace.getConfiguration('postmortem', uri).get<string>('issueRepository', '').trim();
  if (setting) {
    const remote = parseRemote(setting);
    return remote && folder ? { remote, root: folder.uri } : null;
  }
  const repository = gitApi()?.getRepository(uri);
  if (!repository) return null;
  const remotes = repository.state.remotes;
  const chosen = remotes.find((r) => r.name === 'origin') ?? remotes[0];
  const remote = chosen ? parseRemote(chosen.fetchUrl ?? chosen.pushUrl ?? '') : null;
  return remote ? { remote, root: repository.rootUri } : null;
}

/** The file's path under the root, with `/`; null when it lies elsewhere. */
export function pathUnder(root: vscode.Uri, uri: vscode.Uri): string | null {
  const base = root.path.endsWith('/') ? root.path : root.path + '/';
  return uri.scheme === root.scheme && uri.authority === root.authority && uri.path.startsWith(base) ? uri.path.slice(base.length) : null;
}
