import type { ResolvedConfig } from '../core/config/types.js';
import { AnalysisCache } from '../core/lint/analysis-cache.js';
import { lintText, modelOf, type LintRelated, type LintResult } from '../core/lint/lint.js';
import type { PostmortemModel } from '../core/model/types.js';

export interface RunOptions {
  path: string | undefined;
  config: ResolvedConfig;
  today: string;
  /** The other postmortems of the workspace, for action-item-repeated. */
  related?: LintRelated;
}

/** An analysis that finished, or one a watchdog stopped at a stage (see core/lint/timeout.ts). */
export type RunOutcome = { kind: 'done'; result: LintResult } | { kind: 'timeout'; stage: string; timeoutMs: number } | { kind: 'stale' };

/**
 * Where the server's analyses run. Each open document keeps its own
 * incremental cache (the parse of each chunk, the reading of each sentence)
 * wherever that is, so an edit re-reads only what it touched.
 */
export interface AnalysisRunner {
  /** `current` says whether the text is still the document's: a job that waited behind others is dropped once it is not. */
  lint(uri: string, text: string, options: RunOptions, current?: () => boolean): Promise<RunOutcome>;
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

  async lint(uri: string, text: string, options: RunOptions, current?: () => boolean): Promise<RunOutcome> {
    if (current && !current()) return { kind: 'stale' };
    let cache = this.caches.get(uri);
    if (!cache) this.caches.set(uri, (cache = new AnalysisCache()));
    try {
      return { kind: 'done', result: lintText(text, { ...options, cache }) };
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

/** Where closed files are modelled for the workspace index (the model only, no rules). */
export interface FileModeller {
  model(text: string, options: { path: string | undefined; config: ResolvedConfig }): Promise<PostmortemModel>;
  dispose(): void;
}

/** Closed files modelled on the server's own thread (in a browser Worker, where the server already is off the editor's thread). */
export const inProcessModeller: FileModeller = {
  model: async (text, options) => modelOf(text, options),
  dispose: () => undefined,
};
