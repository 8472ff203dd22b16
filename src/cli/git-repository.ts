import { execFileSync } from 'node:child_process';
import { parseRemote, type Remote } from '../core/tracker/issue-link.js';

export interface Repository {
  /** The working tree's top folder. */
  root: string;
  /** The `origin` remote (else the first one), when it is on GitHub or GitLab. */
  remote: Remote | null;
}

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true, timeout: 10_000 }).trim();
  } catch {
    // Not a repository, no remote, or no git: the export goes on without links.
    return null;
  }
}

/** The git repository `cwd` is in, or null outside one (or without git). */
export function repositoryOf(cwd: string): Repository | null {
  const root = git(['rev-parse', '--show-toplevel'], cwd);
  if (!root) return null;
  const names = (git(['remote'], cwd) ?? '').split('\n').filter(Boolean);
  const name = names.includes('origin') ? 'origin' : names[0];
  const url = name ? git(['remote', 'get-url', name], cwd) : null;
  return { root, remote: url ? parseRemote(url) : null };
}
