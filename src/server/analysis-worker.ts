/**
 * The language server's analyses in a worker thread (Node), so that one that
 * runs past its budget (`analysisTimeoutMs`) can be stopped: JavaScript cannot
 * interrupt synchronous code, but a worker can be terminated. The worker
 * keeps each document's incremental cache; the stage it is in sits in shared
 * memory, so a stopped analysis is reported with the construct it was on.
 */
import { isMainThread, parentPort, type Worker, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/config/types.js';
import type { RelatedDocument } from '../core/related/document.js';
import { AnalysisCache } from '../core/lint/analysis-cache.js';
import { PHASES } from '../core/lint/timeout.js';
import type { LintResult } from '../core/lint/lint.js';
import type { RelatedReading } from '../core/related/reading.js';
import { analyseInParts, type AnalysisRunner, type LintMessages, type RunOptions, type RunOutcome } from './runner.js';
import { WorkerQueue, type QueuedJob, type WorkerReply } from './worker-queue.js';

interface WorkerInit {
  postmortemServerWorker: true;
  stage: SharedArrayBuffer;
}

/**
 * The other postmortems travel once per change of the workspace's set (`related`),
 * not with every keystroke's job: a job only names its own uri among them.
 */
type Request = { id: number; uri: string; text: string; options: Omit<RunOptions, 'related'>; relatedUri?: string } | { forget: string } | { related: readonly RelatedDocument[] };
/**
 * A job's reply, in two parts: the messages early, so that diagnostics need
 * not wait for the model to be copied between threads, then the rest of the
 * result with the document's reading for the related index (null when not
 * asked for).
 */
type Rest = Omit<LintResult, 'messages' | 'skipped'> & { reading: RelatedReading | null };
type Reply = WorkerReply<Rest>;

export function isServerAnalysisWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInit> | null)?.postmortemServerWorker === true;
}

/** The worker's side: one analysis at a time, in the order asked. */
export function startServerAnalysisWorker(): void {
  const stage = new Int32Array((workerData as WorkerInit).stage);
  const caches = new Map<string, AnalysisCache>();
  let documents: readonly RelatedDocument[] = [];
  parentPort!.on('message', (request: Request) => {
    if ('forget' in request) return void caches.delete(request.forget);
    if ('related' in request) return void (documents = request.related);
    let cache = caches.get(request.uri);
    if (!cache) caches.set(request.uri, (cache = new AnalysisCache()));
    let reply: Reply;
    try {
      Atomics.store(stage, 0, 0);
      const onPhase = (phase: string) => void Atomics.store(stage, 0, Math.max(0, PHASES.indexOf(phase)));
      const related = request.relatedUri !== undefined ? { related: { documents, uri: request.relatedUri } } : {};
      const early = (messages: LintMessages) => parentPort!.postMessage({ id: request.id, early: messages } satisfies Reply);
      const { result, reading } = analyseInParts(request.uri, request.text, { ...request.options, ...related, onPhase }, cache, early);
      const { messages: _messages, skipped: _skipped, ...rest } = result;
      reply = { id: request.id, result: { ...rest, reading: reading ?? null } };
    } catch (error) {
      caches.delete(request.uri);
      reply = { id: request.id, error: (error as Error).stack ?? String(error) };
    }
    parentPort!.postMessage(reply);
  });
  // The budget counts from here: loading the worker is not the document's fault.
  parentPort!.postMessage({ ready: true } satisfies Reply);
}

interface Job extends QueuedJob<Rest> {
  uri: string;
  text: string;
  options: RunOptions;
  current?: () => boolean;
  /** Settles the job with an outcome other than a result: stale, or stopped at its time limit. */
  settle: (o: RunOutcome) => void;
  /** The messages, posted before the rest of the result. */
  early: (messages: LintMessages) => void;
}

/**
 * Runs analyses in a worker with a time limit per analysis. One past its
 * budget is stopped: the worker is terminated (its caches go with it), the
 * document gets an `analysis-timeout` outcome, and a fresh worker takes the
 * next job, so one pathological document never stops the others.
 */
export class WorkerRunner extends WorkerQueue<Job, Rest> implements AnalysisRunner {
  private stage = new Int32Array(new SharedArrayBuffer(4));
  /** The set of other postmortems the current worker holds. */
  private sentRelated: readonly RelatedDocument[] | undefined;

  constructor(log: (message: string) => void) {
    super(log, 'analysis worker');
  }

  lint(uri: string, text: string, options: RunOptions, current?: () => boolean, early?: (messages: LintMessages) => void): Promise<RunOutcome> {
    return new Promise((resolve, reject) => {
      let messages: LintMessages = { messages: [], skipped: null };
      const job: Job = {
        id: this.nextId++,
        timeoutMs: options.config.analysisTimeoutMs,
        uri,
        text,
        options,
        current,
        settle: resolve,
        early: (m) => ((messages = m), early?.(m)),
        resolve: ({ reading, ...rest }) => resolve({ kind: 'done', result: { ...messages, ...rest }, ...(reading ? { reading } : {}) }),
        reject,
      };
      this.enqueue(job);
    });
  }

  forget(uri: string): void {
    this.tell({ forget: uri } satisfies Request);
  }

  protected override early(job: Job, part: unknown): void {
    job.early(part as LintMessages);
  }

  protected workerData(): WorkerInit {
    this.stage = new Int32Array(new SharedArrayBuffer(4));
    this.sentRelated = undefined;
    return { postmortemServerWorker: true, stage: this.stage.buffer as SharedArrayBuffer };
  }

  /** Versions typed over while they waited are not analysed at all. */
  protected override next(queue: Job[]): Job | undefined {
    let job = queue.shift();
    while (job?.current && !job.current()) {
      job.settle({ kind: 'stale' });
      job = queue.shift();
    }
    return job;
  }

  protected send(worker: Worker, job: Job): void {
    const { related, ...options } = job.options;
    if (related && related.documents !== this.sentRelated) {
      worker.postMessage({ related: related.documents } satisfies Request);
      this.sentRelated = related.documents;
    }
    worker.postMessage({ id: job.id, uri: job.uri, text: job.text, options, ...(related ? { relatedUri: related.uri ?? job.uri } : {}) } satisfies Request);
  }

  protected expired(job: Job): void {
    const stage = PHASES[Atomics.load(this.stage, 0)] ?? '';
    this.log(`analysis of ${job.uri} stopped after ${job.timeoutMs} ms in ${stage || 'the document'}`);
    job.settle({ kind: 'timeout', stage, timeoutMs: job.timeoutMs });
  }
}
