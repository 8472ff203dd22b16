import { join, relative, sep } from 'node:path';
import { IGNORE_FILE_NAME, isIgnored, parseIgnoreFile } from '../core/config/ignores.js';
import type { Target } from './files.js';
import { readRegularFile } from './read.js';

const MAX_IGNORE_BYTES = 1_000_000;

/**
 * Drops the targets `.postmortemignore` in the working folder names, as
 * markdownlint-cli2 does with its ignores; a file named on the command line
 * and ignored gets a note. An unreadable ignore file is a note, not a failure.
 */
export function applyIgnoreFile(targets: Target[], cwd: string, note: (text: string) => void): Target[] {
  const read = readRegularFile(join(cwd, IGNORE_FILE_NAME), MAX_IGNORE_BYTES, { refuseLarger: true });
  if (read.kind === 'missing') return targets;
  if (read.kind === 'error') {
    note(`postmortem-lint: ${IGNORE_FILE_NAME}: ${read.message}; nothing is ignored`);
    return targets;
  }
  const patterns = parseIgnoreFile(new TextDecoder().decode(read.bytes));
  return targets.filter((t) => {
    const ignored = isIgnored(patterns, relative(cwd, t.path).split(sep).join('/'));
    if (ignored && t.explicit) note(`${relative(cwd, t.path)}: ignored by ${IGNORE_FILE_NAME}`);
    return !ignored;
  });
}
