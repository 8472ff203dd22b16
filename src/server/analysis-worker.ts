/**
 * The language server's analyses in a worker thread (Node), so that one that
 * runs past its budget (`analysisTimeoutMs`) can be stopped: JavaScript cannot
 * interrupt synchronous code, but a worker can be terminated. The worker
 * keeps each document's incremental cache; the stage it is in sits in shared
 * memory, so a stopped analysis is reported with the construct it was on.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/config/types.js';
import type { RelatedDocument } from '../core/related/document.js';
import { AnalysisCache } from '../core/lint/analysis-cache.js';
import { lintText, type LintResult } from '../core/lint/lint.js';
import { PHASES } from '../core/lint/timeout.js';
import type { AnalysisRunner, RunOptions, RunOutcome } from './runner.js';

interface WorkerInit {
  postmortemServerWorker: true;
  stage: SharedArrayBuffer;
}

/**
 * The other postmortems travel once per change of the workspace's set (`related`),
 * not with every keystroke's job: a job only names its own uri among them.
 */
type Request = { id: number; uri: string; text: string; options: Omit<RunOptions, 'related'>; relatedUri?: string } | { forget: string } | { related: readonly RelatedDocument[] };
type Reply = { id: number; result: LintResult } | { id: number; error: string } | { ready: true };

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
      reply = { id: request.id, result: lintText(request.text, { ...request.options, ...related, cache, onPhase }) };
    } catch (error) {
      caches.delete(request.uri);
      reply = { id: request.id, error: (error as Error).stack ?? String(error) };
    }
    parentPort!.postMessage(reply);
  });
  // The budget counts from here: loading the worker is not the document's fault.
  parentPort!.postMessage({ ready: true } satisfies Reply);
}

interface Job {
  id: number;
  uri: string;
  text: string;
  options: RunOptions;
  current?: () => boolean;
  resolve: (o: RunOutcome) => void;
  reject: (e: Error) => void;
}

/**
 * Runs analyses in a worker with a time limit per analysis. One past its
 * budget is stopped: the worker is terminated (its caches go with it), the
 * document gets an `analysis-timeout` outcome, and a fresh worker takes the
 * next job, so one pathological document never stops the others.
 */
export class WorkerRunner implements AnalysisRunner {
  private worker: Worker | undefined;
  private ready = false;
  private stage = new Int32Array(new SharedArrayBuffer(4));
  private readonly queue: Job[] = [];
  private running: { job: Job; timer: ReturnType<typeof setTimeout> } | undefined;
  private nextId = 1;
  /** The set of other postmortems the current worker holds. */
  private sentRelated: readonly RelatedDocument[] | undefined;
  /** Workers started, the first included: a test reads it to see a stopped worker replaced. */
  started = 0;

  constructor(private readonly log: (message: string) => void) {}

  lint(uri: string, text: string, options: RunOptions, current?: () => boolean): Promise<RunOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, uri, text, options, current, resolve, reject });
      this.pump();
    });
  }

  forget(uri: string): void {
    this.worker?.postMessage({ forget: uri } satisfies Request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    this.stage = new Int32Array(new SharedArrayBuffer(4));
    const init: WorkerInit = { postmortemServerWorker: true, stage: this.stage.buffer as SharedArrayBuffer };
    // Its own stdout, drained: on --stdio the parent's stdout is the protocol, which a stray write would corrupt.
    const options = { workerData: init, stdout: true, stderr: true };
    // From the bundle (dist/server.js) the worker is the bundle itself; from source, the TypeScript loader comes first.
    const worker = __filename.endsWith('.ts')
      ? new Worker(`require(${JSON.stringify(createRequire(__filename).resolve('tsx/cjs'))}); require(${JSON.stringify(join(__dirname, 'node.ts'))});`, { ...options, eval: true })
      : new Worker(__filename, options);
    this.started++;
    this.ready = false;
    this.sentRelated = undefined;
    worker.stdout.resume();
    worker.stderr.on('data', (chunk: Buffer) => this.log(`[analysis worker] ${String(chunk).trimEnd()}`));
    worker.on('message', (reply: Reply) => this.finish(reply));
    worker.on('error', (error) => this.crashed(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.crashed(new Error(`the analysis worker exited with code ${code}`));
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private pump() {
    if (this.running || !this.queue.length) return;
    const worker = this.ensureWorker();
    if (!this.ready) return;
    // Versions typed over while they waited are not analysed at all.
    let job = this.queue.shift()!;
    while (job.current && !job.current()) {
      job.resolve({ kind: 'stale' });
      const next = this.queue.shift();
      if (!next) return;
      job = next;
    }
    const timer = setTimeout(() => this.timedOut(), job.options.config.analysisTimeoutMs);
    this.running = { job, timer };
    const { related, ...options } = job.options;
    if (related && related.documents !== this.sentRelated) {
      worker.postMessage({ related: related.documents } satisfies Request);
      this.sentRelated = related.documents;
    }
    worker.postMessage({ id: job.id, uri: job.uri, text: job.text, options, ...(related ? { relatedUri: related.uri ?? job.uri } : {}) } satisfies Request);
  }

  private finish(reply: Reply) {
    if ('ready' in reply) {
      this.ready = true;
      return this.pump();
    }
    const running = this.running;
    if (!running || running.job.id !== reply.id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    if ('error' in reply) running.job.reject(new Error(reply.error));
    else running.job.resolve({ kind: 'done', result: reply.result });
    this.pump();
  }

  private timedOut() {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    const stage = PHASES[Atomics.load(this.stage, 0)] ?? '';
    this.log(`analysis of ${running.job.uri} stopped after ${running.job.options.config.analysisTimeoutMs} ms in ${stage || 'the document'}`);
    this.stopWorker();
    running.job.resolve({ kind: 'timeout', stage, timeoutMs: running.job.options.config.analysisTimeoutMs });
    this.pump();
  }

  private crashed(error: Error) {
    const running = this.running;
    this.running = undefined;
    this.worker = undefined;
    this.ready = false;
    if (running) {
      clearTimeout(running.timer);
      running.job.reject(error);
    }
    this.pump();
  }

  private stopWorker() {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = false;
    void worker?.terminate();
  }

  dispose(): void {
    this.stopWorker();
    for (const job of this.queue.splice(0)) job.reject(new Error('the server is shutting down'));
  }
}
