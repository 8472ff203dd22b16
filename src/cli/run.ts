import { availableParallelism } from 'node:os';
import type { ConfigProblem } from '../core/config/types.js';
import { HELP, parseCliArgs, UsageError } from './args.js';
import { changedFiles, keepChanged } from './changed-since.js';
import { ConfigCache, ConfigReadError } from './config-cache.js';
import { expandArguments } from './files.js';
import { Fixer } from './fix.js';
import { applyIgnoreFile } from './ignore-file.js';
import { formatGithub } from './formatters/github.js';
import { formatJson } from './formatters/json.js';
import { formatJunit } from './formatters/junit.js';
import { formatSarif } from './formatters/sarif.js';
import { formatText } from './formatters/text.js';
import { wantsColor, type CliIO } from './io.js';
import { lintFiles } from './lint-files.js';
import { formatConfigProblem, skippedSummary } from './messages.js';
import { printModel } from './model.js';
import { ProgressLine } from './progress.js';
import { runActionItems } from './action-items.js';
import { runRelated } from './related.js';
import { packageVersion } from './version.js';
import { runReport } from './report.js';
import { Watchdog } from './watchdog.js';

export type { CliIO } from './io.js';

/** Exit codes, as documented in --help. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/**
 * Runs the CLI with the given arguments (without `node` and the script) and
 * returns the exit code. Never throws: any failure becomes a message on
 * stderr and exit code 2.
 */
export function run(argv: string[], io: CliIO): number {
  const progress = new ProgressLine(io.stderr, io.now);
  const note = (line: string) => {
    progress.clear();
    io.stderr.write(line + '\n');
  };
  try {
    return runChecked(argv, io, note, progress);
  } catch (error) {
    note(`postmortem-lint: internal error: ${(error as Error).stack ?? String(error)}`);
    return EXIT.usage;
  }
}

function runChecked(argv: string[], io: CliIO, note: (line: string) => void, progress: ProgressLine): number {
  if (argv[0] === 'report') return runReport(argv.slice(1), io);
  if (argv[0] === 'related') return runRelated(argv.slice(1), io);
  if (argv[0] === 'action-items') return runActionItems(argv.slice(1), io);
  let options;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    note(`postmortem-lint: ${error.message}\nRun \`postmortem-lint --help\` for usage.`);
    return EXIT.usage;
  }
  if (options.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (options.version) {
    io.stdout.write(packageVersion() + '\n');
    return EXIT.ok;
  }

  const configProblems: ConfigProblem[] = [];
  let configs: ConfigCache;
  try {
    configs = new ConfigCache(
      (problem) => {
        configProblems.push(problem);
        note(formatConfigProblem(problem, io.cwd));
      },
      options.config,
      io.cwd,
    );
  } catch (error) {
    if (!(error instanceof ConfigReadError)) throw error;
    note(`postmortem-lint: ${error.message}`);
    return EXIT.usage;
  }

  if (options.model !== undefined) return printModel(options.model, options, configs, io);

  // Asked before the files are searched, so a git problem is the one reported.
  const changed = options.changedSince === undefined ? undefined : changedFiles(options.changedSince, io.cwd);
  if (changed?.kind === 'error') {
    note(`postmortem-lint: ${changed.message}`);
    return EXIT.usage;
  }

  const expansion = expandArguments(options.patterns, io.cwd);
  for (const warning of expansion.warnings) note(`postmortem-lint: ${warning}`);
  if (expansion.errors.length) {
    for (const error of expansion.errors) note(`postmortem-lint: ${error}`);
    return EXIT.usage;
  }

  let targets = applyIgnoreFile(expansion.targets, io.cwd, note);
  if (changed) targets = keepChanged(targets, changed.files);
  const fixer = options.fix || options.fixDryRun ? new Fixer({ dryRun: options.fixDryRun, types: options.fixTypes }, note, io.writeHooks) : undefined;
  const result = lintFiles(targets, configs, { ...options, fixer }, io.cwd, note, new Watchdog(io.testHooks, options.jobs ?? availableParallelism()), progress.update);
  progress.clear();
  if (expansion.unreadable.length || fixer?.failed) result.failed = true;
  if (changed && result.summary.linted === 0 && !result.failed && configProblems.length === 0) {
    // A change that touches no postmortem is a success, not "no files found".
    note(`postmortem-lint: no changed postmortems since ${options.changedSince}`);
    if (options.format === 'text') return EXIT.ok;
  }

  if (fixer?.options.dryRun) {
    // stdout holds the patch alone, for `git apply` or `patch -p1`; the problems that would remain go to stderr.
    io.stdout.write(fixer.diffs.join(''));
    io.stderr.write(formatText(result.reports, result.summary, { color: false, configProblems: configProblems.length }));
  } else if (options.format === 'text') {
    io.stdout.write(formatText(result.reports, result.summary, { color: wantsColor(io), configProblems: configProblems.length }));
  } else {
    // stdout carries the document alone; the skip count goes to stderr.
    if (result.summary.skipped) note(skippedSummary(result.summary.skipped));
    io.stdout.write(
      options.format === 'json'
        ? formatJson(result.reports, configProblems, io.cwd)
        : options.format === 'github'
          ? formatGithub(result.reports, configProblems, io.cwd)
          : options.format === 'junit'
            ? formatJunit(result.reports, configProblems, io.cwd)
            : formatSarif(result.reports, { version: packageVersion(), cwd: io.cwd, configProblems, executionSuccessful: !result.failed }),
    );
  }

  if (result.failed) return EXIT.usage;
  // A broken configuration fails the run: linting went on with defaults, which is not what was configured.
  if (result.errors > 0 || configProblems.length > 0) return EXIT.problems;
  if (options.maxWarnings !== undefined && result.warnings > options.maxWarnings) {
    note(`postmortem-lint found too many warnings (${result.warnings}; maximum: ${options.maxWarnings}).`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
