import type { FixType } from '../core/rules/define.js';

export interface FixCliOptions {
  fix: boolean;
  fixDryRun: boolean;
  /** The fix types --fix and --fix-dry-run apply. */
  fixTypes: FixType[];
}

/** The parseArgs declarations of the fix options. */
export const FIX_ARG_OPTIONS = {
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'fix-type': { type: 'string', multiple: true },
} as const;

const APPLIED: FixType[] = ['safe', 'wording'];

/**
 * Reads and checks the fix options against the rest of the command line;
 * returns the options, or the usage problem to report.
 */
export function fixOptions(
  values: { fix?: boolean; 'fix-dry-run'?: boolean; 'fix-type'?: string[] },
  context: { model?: string; format: string; positionals: string[] },
): FixCliOptions | { usage: string } {
  const fix = values.fix ?? false;
  const fixDryRun = values['fix-dry-run'] ?? false;
  if (fix && fixDryRun) return { usage: '--fix and --fix-dry-run cannot be used together (--fix-dry-run shows what --fix would write)' };
  if (values['fix-type'] && !fix && !fixDryRun) return { usage: '--fix-type needs --fix or --fix-dry-run' };
  const fixTypes: FixType[] = [];
  for (const raw of (values['fix-type'] ?? ['safe']).flatMap((v) => v.split(','))) {
    const type = raw.trim().toLowerCase();
    if (type === 'suggestion') {
      return {
        usage:
          '--fix-type suggestion is not supported: suggestion fixes insert placeholders (an owner, a due date, a time zone) that only you can fill in; apply them one at a time in the editor',
      };
    }
    if (!(APPLIED as string[]).includes(type)) return { usage: `unknown fix type "${raw.trim()}" (use safe or wording, or both: safe,wording)` };
    if (!fixTypes.includes(type as FixType)) fixTypes.push(type as FixType);
  }
  const option = fix ? '--fix' : '--fix-dry-run';
  if ((fix || fixDryRun) && context.model !== undefined) return { usage: `--model prints one file's model and fixes nothing; do not combine it with ${option}` };
  // A device or a /proc link (standard input among them) is no file to rewrite in place.
  const device = context.positionals.find((p) => p === '-' || /^\/(?:dev|proc)\//.test(p));
  if ((fix || fixDryRun) && device !== undefined) return { usage: `${option} rewrites files in place and cannot fix ${device === '-' ? 'standard input' : device}` };
  if (fixDryRun && context.format !== 'text') return { usage: `--fix-dry-run prints a diff on stdout and what would remain on stderr as text; it takes no --format ${context.format}` };
  return { fix, fixDryRun, fixTypes };
}
