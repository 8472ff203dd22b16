import type { ResolvedConfig } from '../core/config/types.js';
import { AnalysisCache } from '../core/lint/analysis-cache.js';
import { lintText, modelOf, type LintOptions, type LintRelated, type LintResult } from '../core/lint/lint.js';
import type { PostmortemModel } from '../core/model/types.js';
import { relatedReading, type RelatedReading } from '../core/related/reading.js';

export interface RunOptions {
  path: string | undefined;
  config: ResolvedConfig;
  today: string;
  /** The other postmortems of the workspace, for action-item-repeated. */
  related?: LintRelated;
  /** Also read the document for the workspace's related index, where it is analysed. */
  read?: boolean;
}

/**
 * An analysis that finished, or one a watchdog stopped at a stage (see
 * core/lint/timeout.ts). With `read`, the document's reading for the related
 * index comes with the result.
 */
export type RunOutcome = { kind: 'done'; result: LintResult; reading?: RelatedReading } | { kind: 'timeout'; stage: string; timeoutMs: number } | { kind: 'stale' };

/** What diagnostics need of an analysis, handed over before the model: a long document's model takes a while to pass between threads. */
export type LintMessages = Pick<LintResult, 'messages' | 'skipped'>;

/** One analysis, wherever a runner runs it: the messages go to `early` first, then the result comes with the reading when asked for. */
export function analyseInParts(
  uri: string,
  text: string,
  { read, ...options }: RunOptions & Pick<LintOptions, 'onPhase'>,
  cache: AnalysisCache,
  early?: (messages: LintMessages) => void,
): { result: LintResult; reading?: RelatedReading } {
  const result = lintText(text, { ...options, cache });
  early?.({ messages: result.messages, skipped: result.skipped });
  return { result, ...(read ? { reading: relatedReading(uri, text, result.model) } : {}) };
}

/**
 * Where the server's analyses run. Each open document keeps its own
 * incremental cache (the parse of each chunk, the reading of each sentence)
 * wherever that is, so an edit re-reads only what it touched.
 */
export interface AnalysisRunner {
  /**
   * `current` says whether the text is still the document's: a job that waited behind others is dropped once it is not.
   * `early` hears the messages as soon as they are known, before the outcome with the model.
   */
  lint(uri: string, text: string, options: RunOptions, current?: () => boolean, early?: (messages: LintMessages) => void): Promise<RunOutcome>;
  /** The document closed, or its cache must not be trusted: drop what is kept for it. */
  forget(uri: string): void;
  dispose(): void;
}

/**
 * Analyses on the server's own thread: in a browser Worker, where the server
 * is already off the editor's thread, and where no worker thread can start.
 * Nothing can stop a synchronous analysis here.
 */
export class InProcessRunner implements AnalysisRunner {
  private readonly caches = new Map<string, AnalysisCache>();

  async lint(uri: string, text: string, options: RunOptions, current?: () => boolean, early?: (messages: LintMessages) => void): Promise<RunOutcome> {
    if (current && !current()) return { kind: 'stale' };
    let cache = this.caches.get(uri);
    if (!cache) this.caches.set(uri, (cache = new AnalysisCache()));
    try {
      return { kind: 'done', ...analyseInParts(uri, text, options, cache, early) };
    } catch (error) {
      // A cache left half-updated by the failure must not feed the next version.
      this.caches.delete(uri);
      throw error;
    }
  }

  forget(uri: string): void {
    this.caches.delete(uri);
  }

  dispose(): void {
    this.caches.clear();
  }
}

/** A closed file modelled for the workspace index, and read for its related search. */
export interface ModelledFile {
  model: PostmortemModel;
  reading: RelatedReading;
}

export interface ModelOptions {
  uri: string;
  path: string | undefined;
  config: ResolvedConfig;
}

/** A closed file's model (no rules) and reading. */
export function modelFile(text: string, { uri, path, config }: ModelOptions): ModelledFile {
  const model = modelOf(text, { path, config });
  return { model, reading: relatedReading(uri, text, model) };
}

/** Where closed files are modelled for the workspace index (the model only, no rules). */
export interface FileModeller {
  model(text: string, options: ModelOptions): Promise<ModelledFile>;
  dispose(): void;
}

/** Closed files modelled on the server's own thread (in a browser Worker, where the server already is off the editor's thread). */
export const inProcessModeller: FileModeller = {
  model: async (text, options) => modelFile(text, options),
  dispose: () => undefined,
};
