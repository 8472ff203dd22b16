import { dirname } from 'node:path';
import type { ConfigCache } from './config-cache.js';
import type { Target } from './files.js';
import type { FileReport, RunSummary } from './formatters/types.js';
import { skipNote } from './messages.js';
import { detectionPath, displayPath, toPosix } from './paths.js';
import { readDocument } from './read.js';
import { timeoutMessage } from '../core/lint/timeout.js';
import type { Watchdog } from './watchdog.js';
import type { Fixer } from './fix.js';

export interface LintRunOptions {
  force: boolean;
  today?: string;
  quiet: boolean;
  /** Overrides each config's `analysisTimeoutMs`. */
  timeoutMs?: number;
  /** --fix or --fix-dry-run. */
  fixer?: Fixer;
}

export interface LintRun {
  reports: FileReport[];
  summary: RunSummary;
  /** Counted before --quiet hides anything, so --max-warnings still applies. */
  errors: number;
  warnings: number;
  /** Some file could not be read or linted. */
  failed: boolean;
}

/** Lints each file with its own configuration; notes about files go to `note` (stderr). */
export function lintFiles(targets: Target[], configs: ConfigCache, options: LintRunOptions, cwd: string, note: (line: string) => void, watchdog: Watchdog): LintRun {
  const run: LintRun = { reports: [], summary: { linted: 0, skipped: 0, hidden: 0 }, errors: 0, warnings: 0, failed: false };
  for (const target of targets) {
    const display = displayPath(target.path, cwd);
    const applied = configs.forDocument(target.path);
    const read = readDocument(target.path, { maxChars: applied.config.maxFileSize, force: options.force });
    if (read.kind === 'error') {
      note(`${display}: ${read.message}`);
      run.failed = true;
      continue;
    }
    if (read.kind === 'binary') {
      note(`${display}: skipped: this looks like a binary file (it contains NUL bytes), not Markdown`);
      continue;
    }
    if (read.warning) note(`${display}: ${read.warning}`);

    const timeoutMs = options.timeoutMs ?? applied.config.analysisTimeoutMs;
    const analysis = { path: detectionPath(target.path, cwd, applied.path && dirname(applied.path)), config: applied.config, today: options.today, force: options.force };
    const outcome = watchdog.analyze({ text: read.text, options: analysis }, timeoutMs);
    if (outcome.kind === 'error') {
      // A bug in a rule must not hide the results for the other files.
      note(`${display}: internal error while linting: ${outcome.message}`);
      run.failed = true;
      continue;
    }
    // A document stopped by the watchdog is reported on its own file, and the run goes on.
    const result = outcome.kind === 'done' ? outcome.result : { skipped: null, messages: [timeoutMessage(outcome.stage, timeoutMs)] };
    // A rule that threw: its stack on stderr, exit code 2; the other rules' messages still print.
    for (const e of (outcome.kind === 'done' && outcome.result.internalErrors) || []) {
      note(`${display}: internal error in rule ${e.ruleId}: ${e.stack}`);
      run.failed = true;
    }
    if (result.skipped !== null) {
      if (target.explicit) note(skipNote(display, result.skipped, applied.path && displayPath(applied.path, cwd)));
      else run.summary.skipped++;
      continue;
    }

    run.summary.linted++;
    // The messages left once the fixes are applied (the fixer re-lints the fixed text the same way).
    if (options.fixer && outcome.kind === 'done') result.messages = options.fixer.fixFile(target.path, display, read.text, result.messages, (text) => watchdog.analyze({ text, options: analysis }, timeoutMs));
    for (const m of result.messages) {
      if (m.severity === 'error') run.errors++;
      else if (m.severity === 'warning') run.warnings++;
    }
    const messages = options.quiet ? result.messages.filter((m) => m.severity === 'error') : result.messages;
    run.summary.hidden += result.messages.length - messages.length;
    run.reports.push({ path: target.path, display, posix: toPosix(display), messages });
  }
  return run;
}
