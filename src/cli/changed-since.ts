import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Target } from './files.js';

/** The files that differ from a git ref, as absolute real paths; or why they cannot be known. */
export type ChangedFiles = { kind: 'ok'; files: Set<string> } | { kind: 'error'; message: string };

export interface GitOptions {
  /** The git executable; tests point it at a missing one. */
  git?: string;
}

class GitError extends Error {}

/** Listings of a large repository can run past execFileSync's 1 MB default. */
const MAX_BUFFER = 512 * 1024 * 1024;

function git(args: string[], cwd: string, options: GitOptions): Buffer {
  try {
    return execFileSync(options.git ?? 'git', args, { cwd, maxBuffer: MAX_BUFFER, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { status?: number | null; stderr?: Buffer };
    if (e.code === 'ENOENT') throw new GitError('--changed-since needs git, which was not found on the PATH');
    const stderr = e.stderr?.toString('utf8').trim();
    throw new GitError(stderr || e.message);
  }
}

/** NUL-separated names (`-z`): no quoting of spaces or non-ASCII, whatever `core.quotepath` says. */
function names(output: Buffer): string[] {
  return output.toString('utf8').split('\0').filter((name) => name !== '');
}

/** A path with its folder's symbolic links resolved, as git reports paths from the real top-level folder. */
export function realPathOf(path: string): string {
  try {
    return join(realpathSync.native(dirname(path)), basename(path));
  } catch {
    return path;
  }
}

/**
 * Files that differ from `ref` in the working tree (committed since, staged or
 * not) plus untracked files that are not ignored. Deleted files are left out;
 * a renamed file counts under its new name.
 */
export function changedFiles(ref: string, cwd: string, options: GitOptions = {}): ChangedFiles {
  try {
    let top: string;
    try {
      top = git(['rev-parse', '--show-toplevel'], cwd, options).toString('utf8').replace(/\r?\n$/, '');
    } catch (error) {
      if (!(error instanceof GitError) || /needs git/.test(error.message)) throw error;
      throw new GitError(`--changed-since works only in a git repository, and ${cwd} is not in one (${error.message})`);
    }
    if (top === '') throw new GitError(`--changed-since works only in a git repository's working tree, and ${cwd} is not in one`);
    let commit: string;
    try {
      // Resolved first, so a ref that also names a path cannot be read as one.
      commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top, options).toString('utf8').trim();
    } catch {
      throw new GitError(`unknown git ref "${ref}" for --changed-since (is it fetched? in CI, check out with enough history, e.g. fetch-depth: 0)`);
    }
    // --no-renames: a rename is its new name added and its old one deleted, whatever diff.renames says.
    const diff = names(git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', commit, '--'], top, options));
    const untracked = names(git(['ls-files', '--others', '--exclude-standard', '-z'], top, options));
    return { kind: 'ok', files: new Set([...diff, ...untracked].map((name) => resolve(top, name))) };
  } catch (error) {
    if (error instanceof GitError) return { kind: 'error', message: error.message };
    throw error;
  }
}

/** The targets git lists as changed. */
export function keepChanged(targets: Target[], changed: Set<string>): Target[] {
  return targets.filter((t) => changed.has(realPathOf(t.path)));
}
