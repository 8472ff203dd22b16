import ignore, { type Ignore } from 'ignore';
import { BoundedMemo } from '../bounded-memo.js';

export { IGNORE_FILE_NAME } from './names.js';

const matchers = new BoundedMemo<string, Ignore>(64);

/**
 * Whether a path (relative, with `/`) is ignored by gitignore-style patterns,
 * as in `.gitignore`, `.markdownlintignore` or ESLint's `ignores`: `drafts/`,
 * `**\/templates/*.md`, `!keep.md`. A path outside the patterns' folder
 * (absolute, or starting with `..`) is never ignored.
 */
export function isIgnored(patterns: readonly string[], path: string | undefined): boolean {
  if (!path || !patterns.length) return false;
  const relative = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (!relative || relative.startsWith('/') || relative.startsWith('../') || /^[A-Za-z]:/.test(relative)) return false;
  const key = patterns.join('\n');
  const m = matchers.get(key, () => ignore({ allowRelativePaths: true }).add(patterns as string[]));
  try {
    return m.ignores(relative);
  } catch {
    return false;
  }
}

/** The patterns of an ignore file's text: one per line, blank lines and `#` comments left out. */
export function parseIgnoreFile(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((l) => l.trim() && !l.startsWith('#'));
}
