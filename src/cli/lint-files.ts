import { dirname } from 'node:path';
import type { AppliedConfig, ConfigCache } from './config-cache.js';
import type { Target } from './files.js';
import type { FileReport, RunSummary } from './formatters/types.js';
import { skipNote } from './messages.js';
import { detectionPath, displayPath, toPosix } from './paths.js';
import { readDocument, type ReadResult } from './read.js';
import { timeoutMessage } from '../core/lint/timeout.js';
import type { RelatedDocument } from '../core/related/document.js';
import { promisedBefore } from '../core/related/promised.js';
import type { AnalysisJob, AnalysisOutcome, Watchdog } from './watchdog.js';
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

/** How far a run has got, for a progress line: `done` of `total` files analysed. */
export type ProgressListener = (done: number, total: number) => void;

type Prepared = { display: string; applied: AppliedConfig; read: ReadResult; timeoutMs: number; analysis: AnalysisJob['options'] };

/**
 * Lints each file with its own configuration; notes about files go to `note`
 * (stderr). Files are read here, in order, as workers become free; the
 * analyses may finish in any order, but notes and reports follow the order of
 * `targets`.
 */
export function lintFiles(targets: Target[], configs: ConfigCache, options: LintRunOptions, cwd: string, note: (line: string) => void, watchdog: Watchdog, onProgress?: ProgressListener): LintRun {
  const run: LintRun = { reports: [], summary: { linted: 0, skipped: 0, hidden: 0 }, errors: 0, warnings: 0, failed: false };
  const prepared: Prepared[] = [];
  const outcomes: AnalysisOutcome[] = [];
  let finished = 0;
  const progress = () => onProgress?.(++finished, targets.length);
  // action-item-repeated needs the other postmortems: each worker sends back its document's searchable summary.
  const several = targets.length > 1;
  watchdog.analyzeAll(
    targets.length,
    (i) => {
      const target = targets[i]!;
      const applied = configs.forDocument(target.path);
      const read = readDocument(target.path, { maxChars: applied.config.maxFileSize, force: options.force });
      const timeoutMs = options.timeoutMs ?? applied.config.analysisTimeoutMs;
      const analysis = { path: detectionPath(target.path, cwd, applied.path && dirname(applied.path)), config: applied.config, today: options.today, force: options.force };
      // The text goes to the worker; afterwards only the read's warning is needed, and the text itself
      // only to fix it or to analyse it again with the other postmortems of the run.
      const kept = read.kind === 'text' ? { kind: 'text' as const, text: options.fixer || several ? read.text : '', ...(read.warning ? { warning: read.warning } : {}) } : read;
      prepared[i] = { display: displayPath(target.path, cwd), applied, read: kept, timeoutMs, analysis };
      if (read.kind !== 'text') {
        progress();
        return undefined;
      }
      return { job: { text: read.text, options: analysis, ...(several ? { relatedUri: target.path } : {}) }, timeoutMs };
    },
    (i, outcome) => {
      outcomes[i] = outcome;
      progress();
    },
  );

  if (several) againWithOthers(targets, prepared, outcomes, watchdog);

  targets.forEach((target, i) => {
    const { display, applied, read, timeoutMs, analysis } = prepared[i]!;
    if (read.kind === 'error') {
      note(`${display}: ${read.message}`);
      run.failed = true;
      return;
    }
    if (read.kind === 'binary') {
      note(`${display}: skipped: this looks like a binary file (it contains NUL bytes), not Markdown`);
      return;
    }
    if (read.warning) note(`${display}: ${read.warning}`);

    const outcome = outcomes[i]!;
    if (outcome.kind === 'error') {
      // A bug in a rule must not hide the results for the other files.
      note(`${display}: internal error while linting: ${outcome.message}`);
      run.failed = true;
      return;
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
      return;
    }

    run.summary.linted++;
    // A place in another file is named as the file is shown (relative to the working folder).
    for (const m of result.messages) for (const r of m.related ?? []) if (r.uri) r.uri = toPosix(displayPath(r.uri, cwd));
    // The messages left once the fixes are applied (the fixer re-lints the fixed text the same way).
    if (options.fixer && outcome.kind === 'done') result.messages = options.fixer.fixFile(target.path, display, read.text, result.messages, (text) => watchdog.analyze({ text, options: analysis }, timeoutMs));
    for (const m of result.messages) {
      if (m.severity === 'error') run.errors++;
      else if (m.severity === 'warning') run.warnings++;
    }
    // A place in another file is named as the file is shown (relative to the working folder).
    for (const m of result.messages) for (const r of m.related ?? []) if (r.uri) r.uri = toPosix(displayPath(r.uri, cwd));
    const messages = options.quiet ? result.messages.filter((m) => m.severity === 'error') : result.messages;
    run.summary.hidden += result.messages.length - messages.length;
    run.reports.push({ path: target.path, display, posix: toPosix(display), messages });
  });
  return run;
}

/**
 * The other postmortems of the run, for action-item-repeated: a file with an
 * item that matches an earlier file's item is analysed again with them (most
 * files have none, so most are analysed once).
 */
function againWithOthers(targets: Target[], prepared: Prepared[], outcomes: AnalysisOutcome[], watchdog: Watchdog): void {
  const documents: RelatedDocument[] = outcomes.flatMap((o) => (o?.kind === 'done' && o.result.document ? [o.result.document] : []));
  if (documents.length < 2) return;
  const context = { documents };
  const byUri = new Map(documents.map((d) => [d.uri, d]));
  const again = targets.flatMap((target, i) => {
    const own = byUri.get(target.path);
    const { read } = prepared[i]!;
    return own && read.kind === 'text' && own.items.some((item) => promisedBefore(item, context, { uri: own.uri, date: own.date })) ? [i] : [];
  });
  // On every worker at once, as the first pass.
  watchdog.analyzeAll(
    again.length,
    (k) => {
      const i = again[k]!;
      const { read, analysis, timeoutMs } = prepared[i]!;
      if (read.kind !== 'text') return undefined;
      return { job: { text: read.text, options: { ...analysis, related: { documents, uri: targets[i]!.path } } }, timeoutMs };
    },
    (k, outcome) => {
      outcomes[again[k]!] = outcome;
    },
  );
}
