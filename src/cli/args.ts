import { parseArgs } from 'node:util';
import { isCalendarDate } from '../core/clock.js';
import { FIX_ARG_OPTIONS, fixOptions, type FixCliOptions } from './fix-args.js';

export type Format = 'text' | 'json' | 'sarif' | 'github' | 'junit';
export const FORMATS: Format[] = ['text', 'json', 'sarif', 'github', 'junit'];

export interface CliOptions extends FixCliOptions {
  patterns: string[];
  format: Format;
  config?: string;
  model?: string;
  force: boolean;
  today?: string;
  quiet: boolean;
  /** Undefined when no limit was asked for. */
  maxWarnings?: number;
  /** Per-file analysis budget in milliseconds; undefined: the config's `analysisTimeoutMs`. */
  timeoutMs?: number;
  /** A git ref: lint only the files that differ from it. */
  changedSince?: string;
  /** How many files are analysed at the same time; undefined: one per core. */
  jobs?: number;
  help: boolean;
  version: boolean;
}

/** A mistake on the command line; reported with exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: postmortem-lint [options] [files, folders or globs...]
       postmortem-lint report [files, folders or globs...] [--html FILE] [-f json]
       postmortem-lint related FILE [files, folders or globs...]   (earlier
       postmortems like FILE; see \`postmortem-lint related --help\`)
       postmortem-lint action-items [files, folders or globs...] [-f csv|json]
       (open action items for a tracker's import)

Lints blameless incident postmortems written in Markdown (English and Korean).
Folders are searched recursively for *.md and *.markdown files, skipping
node_modules and folders whose names start with a dot. With no arguments the
current folder is linted. Markdown files that do not look like postmortems
(README.md, notes...) are skipped.

Options:
  -f, --format <format>           Output format: text (default), json, sarif
                                  (code scanning), github (GitHub Actions
                                  annotations) or junit (JUnit XML)
  -c, --config <file>             Use this config file instead of searching for
                                  .postmortemrc.json/.yaml/.yml/.postmortemrc
      --model <file>              Print the postmortem model of one Markdown file
                                  as JSON (what the linter extracted) and exit
      --force                     Lint files even when they do not look like
                                  postmortems
      --today <YYYY-MM-DD>        Date used for overdue checks (default: today)
      --changed-since <ref>       Lint only the postmortems that differ from the
                                  git ref (committed, staged, unstaged or new
                                  and not ignored), such as origin/main
  -q, --quiet                     Report errors only
      --max-warnings <n>          Exit with code 1 when there are more than n
                                  warnings (-1: no limit)
      --timeout-ms <n>            Stop analysing a file after n milliseconds and
                                  report it as analysis-timeout (default: the
                                  config's analysisTimeoutMs, else 10000)
      --fix                       Apply the fixes in place (linting and fixing
                                  again, up to 10 times), then report what is left
      --fix-dry-run               Print the changes --fix would make as a unified
                                  diff on stdout and write nothing; the problems
                                  --fix would leave go to stderr as text (no
                                  --format), and set the exit code
      --fix-type <types>          Fixes to apply, comma-separated or repeated:
                                  safe (default; adds missing sections, keeps
                                  every word), wording (rewrites blaming or
                                  counterfactual sentences, which changes what
                                  they say: review the result). Only the types
                                  named are applied. Suggestion fixes (owner, due
                                  date, time zone) are never applied here: they
                                  insert placeholders only you can fill in
  -j, --jobs <n>                  Analyse up to n files at the same time
                                  (default: the number of cores; 1: one by one)
  -h, --help                      Show this help
  -v, --version                   Show the version

Exit codes:
  0  no errors (and no more warnings than --max-warnings)
  1  at least one error (including a broken configuration file), or too many
     warnings
  2  bad usage, no files found, a file that cannot be read, an unreadable
     --config file, output that cannot be written, a file --fix could not
     write (it is left unchanged), or --changed-since outside a git
     repository, with an unknown ref or without git

A file is treated as a postmortem when its front matter says
\`type: postmortem\`, its path matches \`postmortemGlobs\` (by default folders
such as postmortems/ or incidents/, or a name containing "postmortem"), or it
has the sections of one (timeline, impact, analysis, action items...).
`;

/** Options whose value may be a negative number, which the parser would otherwise take for an option. */
const NUMERIC_OPTIONS = new Set(['--max-warnings', '--timeout-ms']);

/** `--max-warnings -1` as `--max-warnings=-1`; nothing after `--` is touched. */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return out.concat(argv.slice(i));
    if (NUMERIC_OPTIONS.has(argv[i]) && i + 1 < argv.length && /^-\d+$/.test(argv[i + 1])) {
      out.push(`${argv[i]}=${argv[i + 1]}`);
      i++;
    } else out.push(argv[i]);
  }
  return out;
}

/** A parseArgs message, which already names the option, without its hint about `--` (rarely what the user meant). */
export function parseArgsMessage(error: unknown): string {
  return String((error as Error).message).replace(/\. To specify a positional argument.*$/s, '');
}

/** Parses and validates the command line; throws UsageError on any mistake. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        model: { type: 'string' },
        force: { type: 'boolean' },
        today: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'max-warnings': { type: 'string' },
        'timeout-ms': { type: 'string' },
        'changed-since': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        ...FIX_ARG_OPTIONS,
      },
    });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error));
  }
  const v = parsed.values;

  const format = (v.format ?? 'text').toLowerCase();
  if (!(FORMATS as string[]).includes(format)) {
    throw new UsageError(`unknown format "${v.format}" (use one of: ${FORMATS.join(', ')})`);
  }
  if (v.today !== undefined && !isCalendarDate(v.today)) {
    throw new UsageError(`--today must be a date written YYYY-MM-DD, such as 2026-11-25 (got "${v.today}")`);
  }
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    const raw = v['max-warnings'].trim();
    // -1 means "no limit", as in eslint, so scripts can pass it unconditionally.
    if (!/^-?\d+$/.test(raw) || Number(raw) < -1) {
      throw new UsageError(`--max-warnings must be a whole number, 0 or more (got "${v['max-warnings']}")`);
    }
    maxWarnings = Number(raw) === -1 ? undefined : Number(raw);
  }
  let timeoutMs: number | undefined;
  if (v['timeout-ms'] !== undefined) {
    const raw = v['timeout-ms'].trim();
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 2 ** 31 - 1) {
      throw new UsageError(`--timeout-ms must be a whole number of milliseconds, 1 or more (got "${v['timeout-ms']}")`);
    }
    timeoutMs = Number(raw);
  }
  let jobs: number | undefined;
  if (v.jobs !== undefined) {
    const raw = v.jobs.trim();
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 1024) {
      throw new UsageError(`--jobs must be a whole number from 1 to 1024 (got "${v.jobs}")`);
    }
    jobs = Number(raw);
  }
  for (const [name, value] of [['config', v.config], ['model', v.model]] as const) {
    if (value !== undefined && value.trim() === '') throw new UsageError(`--${name} needs a file name`);
  }
  const changedSince = v['changed-since'];
  // A ref starting with "-" would be read by git as an option.
  if (changedSince !== undefined && (changedSince.trim() === '' || changedSince.startsWith('-'))) {
    throw new UsageError(`--changed-since needs a git ref such as origin/main or HEAD~1 (got "${changedSince}")`);
  }
  if (changedSince !== undefined && v.model !== undefined) throw new UsageError('--changed-since cannot be used with --model');
  if (v.model !== undefined && parsed.positionals.length > 0) {
    throw new UsageError('--model takes exactly one file; do not pass other files with it');
  }
  const fix = fixOptions(v, { model: v.model, format, positionals: parsed.positionals });
  if ('usage' in fix) throw new UsageError(fix.usage);
  return {
    ...fix,
    patterns: parsed.positionals,
    format: format as Format,
    config: v.config,
    model: v.model,
    force: v.force ?? false,
    today: v.today,
    quiet: v.quiet ?? false,
    maxWarnings,
    timeoutMs,
    changedSince,
    jobs,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}
