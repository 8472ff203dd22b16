import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
// `require` form on purpose: the bundler then picks tinyglobby's CommonJS
// build. Its ESM build pulls in fdir's, which calls createRequire(import.meta.url),
// and import.meta is empty in the CommonJS bundle (dist/cli.js), so that crashes at start-up.
import tinyglobby = require('tinyglobby');

export const MARKDOWN_EXTENSIONS = /\.(md|markdown)$/i;

export interface Target {
  /** Absolute path. */
  path: string;
  /**
   * Named on the command line. A named file that is not a postmortem gets a
   * note saying why it was skipped; files found in folders or by globs are
   * only counted, so a README does not make noise on every run.
   */
  explicit: boolean;
}

export interface Expansion {
  targets: Target[];
  /** Arguments that found nothing: usage errors (exit code 2). */
  errors: string[];
  /** Folders and entries that could not be read, and Markdown names that are not regular files; reported, not fatal. */
  warnings: string[];
  /** Named arguments that exist but cannot be examined: the run goes on, and exits 2 as for an unreadable file. */
  unreadable: string[];
}

function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'too many levels of symbolic links (a symlink loop)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (error as Error).message;
}

/** What a path leads to, following symlinks; an error text instead when that cannot be known. */
function statOf(path: string): Stats | undefined | string {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    return codeOf(error);
  }
}

/**
 * A Markdown name found in a folder or by a glob: a regular file (or a
 * symlink to one) is linted; anything else (a FIFO, a device, a socket, a
 * broken or looping symlink) is named in a warning and left out, since
 * reading it could block or never end.
 */
function markdownEntry(path: string, out: string[], warnings: string[]): void {
  const stat = statOf(path);
  if (typeof stat === 'string') warnings.push(`cannot read ${path}: ${stat}; it is skipped`);
  else if (!stat) warnings.push(`cannot read ${path}: it is a broken symbolic link; it is skipped`);
  else if (stat.isFile()) out.push(path);
  else if (!stat.isDirectory()) warnings.push(`skipped ${path}: not a regular file`);
}

/** Folders never searched: dependencies, and hidden ones such as .git. */
function skipFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

function walk(dir: string, out: string[], warnings: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    warnings.push(`cannot read folder ${dir}: ${codeOf(error)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipFolder(entry.name)) walk(path, out, warnings);
    } else if (MARKDOWN_EXTENSIONS.test(entry.name)) {
      // Symlinked files are followed; symlinked folders are not, which rules out cycles.
      if (entry.isFile()) out.push(path);
      else markdownEntry(path, out, warnings);
    }
  }
}

/** Turns the command line's files, folders and globs into the files to lint, each once. */
export function expandArguments(patterns: string[], cwd: string): Expansion {
  const seen = new Map<string, Target>();
  const errors: string[] = [];
  const warnings: string[] = [];
  const unreadable: string[] = [];
  const add = (path: string, explicit: boolean) => {
    const existing = seen.get(path);
    if (existing) existing.explicit ||= explicit;
    else seen.set(path, { path, explicit });
  };

  for (const pattern of patterns.length ? patterns : ['.']) {
    const abs = resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(abs, { throwIfNoEntry: false });
    } catch (error) {
      // A named path that cannot even be examined (a symlink loop, a folder without
      // permission) is reported like an unreadable file; the other arguments still run.
      warnings.push(`cannot read ${pattern}: ${codeOf(error)}`);
      unreadable.push(pattern);
      continue;
    }
    // An existing path wins over glob syntax, so files named "notes[1].md" work.
    if (stat?.isDirectory()) {
      const found: string[] = [];
      walk(abs, found, warnings);
      if (found.length === 0) errors.push(`no Markdown files (*.md, *.markdown) in folder ${pattern}`);
      for (const f of found) add(f, false);
    } else if (stat) {
      add(abs, true);
    } else if (tinyglobby.isDynamicPattern(pattern)) {
      // expandDirectories off: `*.md` must not also match the files inside a folder named `x.md`.
      const matched = tinyglobby.globSync(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**'], dot: false, expandDirectories: false })
        .map((p) => resolve(p))
        .filter((p) => MARKDOWN_EXTENSIONS.test(p))
        .sort();
      const found: string[] = [];
      for (const p of matched) markdownEntry(p, found, warnings);
      if (matched.length === 0) errors.push(`no Markdown files match the pattern ${pattern}`);
      for (const f of found) add(f, false);
    } else {
      errors.push(`no such file or folder: ${pattern}`);
    }
  }
  return { targets: [...seen.values()], errors, warnings, unreadable };
}
