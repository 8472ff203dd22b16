import { readdirSync, statSync, type Dirent } from 'node:fs';
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
  /** Folders that could not be read; reported, not fatal. */
  warnings: string[];
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
    warnings.push(`cannot read folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipFolder(entry.name)) walk(path, out, warnings);
    } else if (MARKDOWN_EXTENSIONS.test(entry.name)) {
      if (entry.isFile()) out.push(path);
      // Symlinked files are followed; symlinked folders are not, which rules out cycles.
      else if (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile()) out.push(path);
    }
  }
}

/** Turns the command line's files, folders and globs into the files to lint, each once. */
export function expandArguments(patterns: string[], cwd: string): Expansion {
  const seen = new Map<string, Target>();
  const errors: string[] = [];
  const warnings: string[] = [];
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
      errors.push(`cannot read ${pattern}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
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
      const found = tinyglobby.globSync(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**'], dot: false })
        .map((p) => resolve(p))
        .filter((p) => MARKDOWN_EXTENSIONS.test(p))
        .sort();
      if (found.length === 0) errors.push(`no Markdown files match the pattern ${pattern}`);
      for (const f of found) add(f, false);
    } else {
      errors.push(`no such file or folder: ${pattern}`);
    }
  }
  return { targets: [...seen.values()], errors, warnings };
}
