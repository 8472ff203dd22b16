import type { ConfigProblem } from '../core/config/types.js';
import { displayPath } from './paths.js';

/** `path:line: message`, the form editors and terminals turn into links. */
export function formatConfigProblem(problem: ConfigProblem, cwd: string): string {
  const where = displayPath(problem.source, cwd) + (problem.line ? `:${problem.line}` : '');
  return `${where}: ${problem.message}`;
}

const README = /(^|[\\/])readme(\.[^\\/]*)?$/i;

/** Why a file named on the command line was not linted, and the ways to opt in. */
export function skipNote(display: string, reason: string, configDisplay: string | undefined): string {
  const ways = ['pass --force', 'add `type: postmortem` to its front matter'];
  // The README exclusion comes before the globs, so only the first two ways work for it.
  if (!README.test(display)) ways.push(`add a glob matching it to \`postmortemGlobs\` in ${configDisplay ?? 'a .postmortemrc.json'}`);
  const last = ways.pop();
  return `${display}: skipped, not a postmortem: ${reason}.\n  To lint it, ${ways.join(', ')}${ways.length > 1 ? ',' : ''} or ${last}.`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The summary's count of Markdown files found in folders that are not postmortems. */
export function skippedSummary(n: number): string {
  return n === 1 ? '1 file skipped: not a postmortem; use --force to lint it' : `${n} files skipped: not postmortems; use --force to lint them`;
}
