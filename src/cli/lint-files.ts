import { dirname } from 'node:path';
import type { ConfigCache } from './config-cache.js';
import type { Target } from './files.js';
import type { FileReport, RunSummary } from './formatters/types.js';
import { skipNote } from './messages.js';
import { detectionPath, displayPath, toPosix } from './paths.js';
import { readDocument } from './read.js';
import { timeoutMessage } from '../core/lint/timeout.js';
import { relatedDocument, type RelatedDocument } from '../core/related/document.js';
import { promisedBefore } from '../core/related/promised.js';
import type { AnalysisOutcome, Watchdog } from './watchdog.js';

export interface LintRunOptions {
  force: boolean;
  today?: string;
  quiet: boolean;
  /** Overrides each config's `analysisTimeoutMs`. */
  timeoutMs?: number;
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
  const analysed: Array<{ target: Target; display: string; text: string; analyse: (related?: readonly RelatedDocument[]) => AnalysisOutcome; outcome: AnalysisOutcome; timeoutMs: number }> = [];
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
    const analyse = (related?: readonly RelatedDocument[]) =>
      watchdog.analyze(
        {
          text: read.text,
          options: {
            path: detectionPath(target.path, cwd, applied.path && dirname(applied.path)),
            config: applied.config,
            today: options.today,
            force: options.force,
            ...(related ? { related: { documents: related, uri: target.path } } : {}),
          },
        },
        timeoutMs,
      );
    analysed.push({ target, display, text: read.text, analyse, outcome: analyse(), timeoutMs });
  }

  // The other postmortems of the run, for action-item-repeated: a file with an item that matches
  // an earlier file's item is analysed again with them (most files have none, so most are analysed once).
  const documents = analysed.flatMap((a) =>
    a.outcome.kind === 'done' && a.outcome.result.skipped === null && a.outcome.result.model.isPostmortem
      ? [relatedDocument({ uri: a.target.path, text: a.text, model: a.outcome.result.model })]
      : [],
  );
  if (documents.length > 1) {
    const context = { documents };
    for (const a of analysed) {
      const own = documents.find((d) => d.uri === a.target.path);
      if (!own || !own.items.some((item) => promisedBefore(item, context, { uri: own.uri, date: own.date }))) continue;
      a.outcome = a.analyse(documents);
    }
  }

  for (const { target, display, outcome, timeoutMs } of analysed) {
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
      const applied = configs.forDocument(target.path);
      if (target.explicit) note(skipNote(display, result.skipped, applied.path && displayPath(applied.path, cwd)));
      else run.summary.skipped++;
      continue;
    }

    run.summary.linted++;
    for (const m of result.messages) {
      if (m.severity === 'error') run.errors++;
      else if (m.severity === 'warning') run.warnings++;
    }
    // A place in another file is named as the file is shown (relative to the working folder).
    for (const m of result.messages) for (const r of m.related ?? []) if (r.uri) r.uri = toPosix(displayPath(r.uri, cwd));
    const messages = options.quiet ? result.messages.filter((m) => m.severity === 'error') : result.messages;
    run.summary.hidden += result.messages.length - messages.length;
    run.reports.push({ path: target.path, display, posix: toPosix(display), messages });
  }
  return run;
}
