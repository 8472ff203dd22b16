import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/config/types.js';
import { lintText, PHASE, type LintOptions, type LintResult } from '../core/lint/lint.js';
import { PHASES } from '../core/lint/timeout.js';
import { relatedDocument, type RelatedDocument } from '../core/related/document.js';

/**
 * The per-file watchdog. JavaScript cannot interrupt synchronous code, so
 * documents are analysed in worker threads while the CLI waits for them with
 * a time limit (Atomics.wait). A document that runs past the limit gets one
 * `analysis-timeout` message; its worker is terminated and replaced, and the
 * others go on. Several workers analyse files at the same time; the caller
 * gets each outcome with the file's index, so the output order does not change.
 */

/** How long a new worker may take to load before the CLI analyses in its own thread instead. */
const STARTUP_LIMIT_MS = 30_000;

/** Slots of a worker's own Int32Array. */
const READY = 0;
const STAGE = 1;

/**
 * One counter for all workers, bumped when a worker is ready and after each
 * reply: the main thread waits on it for whichever worker finishes first.
 */
const signal = new Int32Array(new SharedArrayBuffer(4));

export interface AnalysisJob {
  text: string;
  options: Omit<LintOptions, 'onPhase' | 'config'> & { config: ResolvedConfig };
  /** Set when the run needs the document's searchable summary (for action-item-repeated), under this identity. */
  relatedUri?: string;
}

/** What the CLI uses of a LintResult: the model stays in the worker, which saves copying it back. */
export type FileResult = Pick<LintResult, 'messages' | 'skipped' | 'internalErrors'> & { document?: RelatedDocument };

export type AnalysisOutcome = { kind: 'done'; result: FileResult } | { kind: 'timeout'; stage: string } | { kind: 'error'; message: string };

/** A job and its time limit; see Watchdog.analyzeAll. */
export interface TimedJob {
  job: AnalysisJob;
  timeoutMs: number;
}

/** Test hooks, set only by tests through CliIO (never from arguments, files or the environment). */
export interface WatchdogTestHooks {
  /** A document containing this text makes the worker spin forever, as a stand-in for a pathological input. */
  spinOnText?: string;
  /** A document containing this text makes the analysis throw, as a stand-in for a bug. */
  throwOnText?: string;
}

interface WorkerInit {
  postmortemAnalysisWorker: true;
  port: MessagePort;
  shared: SharedArrayBuffer;
  signal: SharedArrayBuffer;
  hooks: WatchdogTestHooks;
}

/**
 * The run's other postmortems (for action-item-repeated) go to a worker once, with an id that later
 * jobs name: sent with every job, a thousand documents were copied a thousand times, and the worker
 * indexed them again for each.
 */
type RelatedRef = { documentsId: number; uri?: string };
type Request = {
  config?: { id: number; value: ResolvedConfig };
  configId: number;
  documents?: { id: number; value: readonly RelatedDocument[] };
  job: Omit<AnalysisJob, 'options'> & { options: Omit<AnalysisJob['options'], 'config' | 'related'> & { related?: RelatedRef } };
};
type Reply = { result: FileResult } | { error: string };

/** The worker's side: analyse each request and say so through shared memory. */
export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInit> | null)?.postmortemAnalysisWorker === true;
}

export function startAnalysisWorker(): void {
  const { port, shared, hooks } = workerData as WorkerInit;
  const flags = new Int32Array(shared);
  const finished = new Int32Array((workerData as WorkerInit).signal);
  const bump = () => {
    Atomics.add(finished, 0, 1);
    Atomics.notify(finished, 0);
  };
  const configs = new Map<number, ResolvedConfig>();
  // Only the latest set is kept: a run sends one, and the next run's replaces it.
  let documents: { id: number; value: readonly RelatedDocument[] } | undefined;
  port.on('message', (request: Request) => {
    let reply: Reply;
    try {
      if (request.config) configs.set(request.config.id, request.config.value);
      if (request.documents) documents = request.documents;
      const { text, options: sent } = request.job;
      const { related: ref, ...rest } = sent;
      const options = ref ? { ...rest, related: { documents: ref.documentsId === documents?.id ? documents.value : [], ...(ref.uri ? { uri: ref.uri } : {}) } } : rest;
      Atomics.store(flags, STAGE, 0);
      const onPhase = (phase: string) => void Atomics.store(flags, STAGE, Math.max(0, PHASES.indexOf(phase)));
      if (hooks.spinOnText && text.includes(hooks.spinOnText)) {
        onPhase(PHASE.parse);
        for (;;) {
          // Never returns: only terminate() ends it.
        }
      }
      if (hooks.throwOnText && text.includes(hooks.throwOnText)) throw new Error('test hook: analysis failed');
      reply = { result: fileResult(lintText(text, { ...options, config: configs.get(request.configId), onPhase }), text, request.job.relatedUri) };
    } catch (error) {
      reply = { error: (error as Error).stack ?? String(error) };
    }
    port.postMessage(reply);
    bump();
  });
  Atomics.store(flags, READY, 1);
  bump();
}

/**
 * A new worker: the bundle itself (dist/cli.js) is its entry; from source
 * (tests, `node --import tsx src/cli/main.ts`) a small script registers the
 * TypeScript loader in the worker first, which workers do not inherit.
 */
function newWorker(init: WorkerInit): Worker {
  const options = { workerData: init, transferList: [init.port], stdout: false, stderr: false };
  if (!__filename.endsWith('.ts')) return new Worker(__filename, options);
  const entry = join(__dirname, 'analysis-worker.ts');
  return new Worker(`require(${JSON.stringify(createRequire(__filename).resolve('tsx/cjs'))}); require(${JSON.stringify(entry)});`, { ...options, eval: true });
}

interface Running {
  worker: Worker;
  port: MessagePort;
  flags: Int32Array;
  /** Config ids this worker already holds. */
  configs: Set<number>;
  /** The id of the set of related documents this worker holds. */
  documentsId?: number;
  startedAt: number;
  ready: boolean;
}

/** A job a worker is analysing. */
interface Busy {
  index: number;
  timed: TimedJob;
  /** Set once the worker is ready: a worker's loading time is not the document's. */
  deadline?: number;
}

/**
 * The workers, reused from file to file and from run to run (tests call the
 * CLI many times); one is replaced only after a timeout or a crash, and all
 * when different test hooks are asked for. They are unref'd: they never keep
 * the process alive.
 */
const pool: Running[] = [];
let poolHooks = '{}';
let failedToStart = false;
const configIds = new WeakMap<ResolvedConfig, number>();
let nextConfigId = 1;
const documentsIds = new WeakMap<readonly RelatedDocument[], number>();
let nextDocumentsId = 1;
let documentsSent = 0;

function stop(running: Running): void {
  void running.worker.terminate();
  running.port.close();
  pool.splice(pool.indexOf(running), 1);
}

/** A new worker, not waited for: requests queue until it is ready. */
function start(hooks: WatchdogTestHooks): Running | undefined {
  const shared = new SharedArrayBuffer(2 * 4);
  const flags = new Int32Array(shared);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = newWorker({ postmortemAnalysisWorker: true, port: port2, shared, signal: signal.buffer as SharedArrayBuffer, hooks });
  } catch {
    failedToStart = true;
    return undefined;
  }
  worker.unref();
  port1.unref();
  // Errors after a terminate() are expected; others surface as a missing reply.
  worker.on('error', () => undefined);
  const running: Running = { worker, port: port1, flags, configs: new Set(), startedAt: performance.now(), ready: false };
  pool.push(running);
  return running;
}

function send(running: Running, job: AnalysisJob): void {
  const { config, related, ...options } = job.options;
  let configId = configIds.get(config);
  if (configId === undefined) configIds.set(config, (configId = nextConfigId++));
  let ref: RelatedRef | undefined;
  let documents: Request['documents'];
  if (related) {
    let documentsId = documentsIds.get(related.documents);
    if (documentsId === undefined) documentsIds.set(related.documents, (documentsId = nextDocumentsId++));
    ref = { documentsId, ...(related.uri ? { uri: related.uri } : {}) };
    if (running.documentsId !== documentsId) {
      documents = { id: documentsId, value: related.documents };
      running.documentsId = documentsId;
      documentsSent++;
    }
  }
  const request: Request = { configId, job: { text: job.text, options: ref ? { ...options, related: ref } : options, ...(job.relatedUri ? { relatedUri: job.relatedUri } : {}) } };
  if (documents) request.documents = documents;
  if (!running.configs.has(configId)) {
    request.config = { id: configId, value: config };
    running.configs.add(configId);
  }
  running.port.postMessage(request);
}

/** How long the last worker took to load (ms); what starting another one is expected to cost. */
let loadMs = 0;

/**
 * Jobs a worker holds at once: the one it analyses and the next, so it never
 * waits for this thread between two files.
 */
const QUEUE_DEPTH = 2;

/** While files wait and more workers are allowed, how often to reconsider starting one. */
const RECONSIDER_MS = 25;

export class Watchdog {
  /** Analysis time of the files done so far, from the worker being ready to its reply. */
  private finishedMs = 0;
  private finishedCount = 0;

  /**
   * @param jobs how many workers may analyse at the same time; they are
   *   started lazily, at most one per file still waiting for one.
   */
  constructor(
    private readonly hooks: WatchdogTestHooks = {},
    private readonly jobs = 1,
  ) {}

  /** Analyses one document within `timeoutMs`; in this thread, without a limit, if no worker can start. */
  analyze(job: AnalysisJob, timeoutMs: number): AnalysisOutcome {
    let outcome: AnalysisOutcome | undefined;
    this.analyzeAll(1, () => ({ job, timeoutMs }), (_, o) => (outcome = o));
    return outcome!;
  }

  /**
   * Analyses `count` documents, each within its own time limit. `prepare(i)`
   * is called in index order when a worker can take document i (undefined:
   * nothing to analyse); `done(i, outcome)` as each finishes, in any order.
   */
  analyzeAll(count: number, prepare: (index: number) => TimedJob | undefined, done: (index: number, outcome: AnalysisOutcome) => void): void {
    const key = JSON.stringify(this.hooks);
    if (key !== poolHooks) {
      while (pool.length) stop(pool[0]!);
      poolHooks = key;
    }
    // Per worker, the jobs sent to it in order: the first is being analysed, the next waits in its port.
    const queues = new Map<Running, Busy[]>();
    // Jobs that waited behind a stopped worker's file, to send again.
    const again: Array<{ index: number; timed: TimedJob }> = [];
    let next = 0;
    const waiting = () => again.length + count - next;
    for (;;) {
      while (waiting() > 0) {
        const worker = this.take(queues, waiting());
        if (worker === 'wait') break;
        let job = again.shift();
        if (!job) {
          const index = next++;
          const timed = prepare(index);
          if (!timed) continue;
          job = { index, timed };
        }
        if (worker === 'here') {
          done(job.index, analyzeHere(job.timed.job));
          continue;
        }
        send(worker, job.timed.job);
        const queue = queues.get(worker) ?? [];
        // A job starts when the worker is ready and the jobs before it are done.
        queue.push({ ...job, deadline: worker.ready && queue.length === 0 ? performance.now() + job.timed.timeoutMs : undefined });
        queues.set(worker, queue);
      }
      if (queues.size === 0) {
        if (waiting() === 0) return;
        continue;
      }
      // Read before looking at the workers: a reply that lands in between changes it, and the wait returns at once.
      const seen = Atomics.load(signal, 0);
      let waitMs = Infinity;
      let progressed = false;
      const release = (worker: Running) => {
        const queue = queues.get(worker)!;
        queues.delete(worker);
        return queue;
      };
      for (const [worker, queue] of queues) {
        let reply: Reply | undefined;
        while (queue.length && (reply = receiveMessageOnPort(worker.port)?.message as Reply | undefined)) {
          const job = queue.shift()!;
          progressed = true;
          const now = performance.now();
          if (job.deadline !== undefined) {
            this.finishedMs += now - (job.deadline - job.timed.timeoutMs);
            this.finishedCount++;
          }
          // The worker went on to the next job as it replied.
          if (queue.length) queue[0]!.deadline = now + queue[0]!.timed.timeoutMs;
          done(job.index, 'result' in reply ? { kind: 'done', result: reply.result } : { kind: 'error', message: reply.error });
        }
        if (queue.length === 0) {
          queues.delete(worker);
          continue;
        }
        const job = queue[0]!;
        const now = performance.now();
        if (!worker.ready && Atomics.load(worker.flags, READY) === 1) {
          worker.ready = true;
          loadMs = now - worker.startedAt;
          job.deadline = now + job.timed.timeoutMs;
        }
        if (job.deadline !== undefined) {
          if (now >= job.deadline) {
            const stage = PHASES[Atomics.load(worker.flags, STAGE)] ?? '';
            stop(worker);
            const [, ...behind] = release(worker);
            again.unshift(...behind);
            progressed = true;
            done(job.index, { kind: 'timeout', stage });
            continue;
          }
          waitMs = Math.min(waitMs, job.deadline - now);
        } else {
          if (now - worker.startedAt >= STARTUP_LIMIT_MS) {
            // Workers cannot load here: the rest of the run analyses in this thread.
            failedToStart = true;
            stop(worker);
            progressed = true;
            for (const stranded of release(worker)) done(stranded.index, analyzeHere(stranded.timed.job));
            continue;
          }
          waitMs = Math.min(waitMs, worker.startedAt + STARTUP_LIMIT_MS - now);
        }
      }
      // Files still waiting: look again soon whether another worker would help.
      if (waiting() > 0 && queues.size < this.jobs) waitMs = Math.min(waitMs, RECONSIDER_MS);
      if (!progressed) Atomics.wait(signal, 0, seen, Math.max(1, Math.ceil(waitMs)));
    }
  }

  /**
   * A worker for the next file: an idle one, a new one, else one that is
   * analysing a file and has none waiting (so it goes straight on to this one
   * when it replies); 'wait' for one to finish, or 'here' when none can start.
   */
  private take(queues: Map<Running, Busy[]>, pending: number): Running | 'wait' | 'here' {
    if (queues.size < Math.max(1, this.jobs)) {
      const idle = pool.find((w) => !queues.has(w));
      if (idle) return idle;
      if (!failedToStart && (pool.length === 0 || this.worthAnotherWorker(queues, pending))) {
        const started = start(this.hooks);
        if (started) return started;
      }
    }
    const free = pool.find((w) => w.ready && queues.has(w) && queues.get(w)!.length < QUEUE_DEPTH);
    if (free) return free;
    return queues.size ? 'wait' : 'here';
  }

  /**
   * Whether the files still waiting would take the busy workers longer than
   * loading one more worker takes: a few small files are done before another
   * worker could help. Not while a worker is still loading: it takes the next
   * file as soon as it is ready.
   */
  private worthAnotherWorker(queues: Map<Running, Busy[]>, pending: number): boolean {
    if (failedToStart || pool.some((w) => !w.ready)) return false;
    const now = performance.now();
    let perFile = this.finishedCount ? this.finishedMs / this.finishedCount : 0;
    // A file still being analysed has taken at least this long.
    for (const queue of queues.values()) {
      const job = queue[0];
      if (job?.deadline !== undefined) perFile = Math.max(perFile, now - (job.deadline - job.timed.timeoutMs));
    }
    return (pending * perFile) / Math.max(1, queues.size) > loadMs;
  }
}

/** The analysis in the calling thread: no time limit. */
export function analyzeHere(job: AnalysisJob): AnalysisOutcome {
  try {
    return { kind: 'done', result: fileResult(lintText(job.text, job.options), job.text, job.relatedUri) };
  } catch (error) {
    return { kind: 'error', message: (error as Error).stack ?? String(error) };
  }
}

function fileResult({ messages, skipped, internalErrors, model }: LintResult, text: string, relatedUri?: string): FileResult {
  const result: FileResult = internalErrors ? { messages, skipped, internalErrors } : { messages, skipped };
  if (relatedUri && skipped === null && model.isPostmortem) result.document = relatedDocument({ uri: relatedUri, text, model });
  return result;
}

/** How many workers are running; for tests of the lazy start. */
export function runningWorkers(): number {
  return pool.length;
}

/** How many times a set of related documents went to a worker; for tests that it goes once per worker. */
export function relatedSetsSent(): number {
  return documentsSent;
}
