import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/config/types.js';
import { lintText, PHASE, type LintOptions, type LintResult } from '../core/lint/lint.js';
import { PHASES } from '../core/lint/timeout.js';

/**
 * The per-file watchdog. JavaScript cannot interrupt synchronous code, so each
 * document is analysed in a worker thread while the CLI waits for it with a
 * time limit (Atomics.wait). A document that runs past the limit gets one
 * `analysis-timeout` message; the worker is terminated and a fresh one
 * analyses the next file. Files are still handled one after the other, so the
 * output order does not change.
 */

/** How long a new worker may take to load before the CLI analyses in its own thread instead. */
const STARTUP_LIMIT_MS = 30_000;

/** Slots of the shared Int32Array. */
const READY = 0;
const DONE = 1;
const STAGE = 2;

export interface AnalysisJob {
  text: string;
  options: Omit<LintOptions, 'onPhase' | 'config'> & { config: ResolvedConfig };
}

export type AnalysisOutcome = { kind: 'done'; result: LintResult } | { kind: 'timeout'; stage: string } | { kind: 'error'; message: string };

/** Test hooks, set only by tests through CliIO (never from arguments, files or the environment). */
export interface WatchdogTestHooks {
  /** A document containing this text makes the worker spin forever, as a stand-in for a pathological input. */
  spinOnText?: string;
}

interface WorkerInit {
  postmortemAnalysisWorker: true;
  port: MessagePort;
  shared: SharedArrayBuffer;
  hooks: WatchdogTestHooks;
}

type Request = { config?: { id: number; value: ResolvedConfig }; configId: number; job: Omit<AnalysisJob, 'options'> & { options: Omit<AnalysisJob['options'], 'config'> } };
type Reply = { result: LintResult } | { error: string };

/** The worker's side: analyse each request and say so through shared memory. */
export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInit> | null)?.postmortemAnalysisWorker === true;
}

export function startAnalysisWorker(): void {
  const { port, shared, hooks } = workerData as WorkerInit;
  const flags = new Int32Array(shared);
  const configs = new Map<number, ResolvedConfig>();
  port.on('message', (request: Request) => {
    let reply: Reply;
    try {
      if (request.config) configs.set(request.config.id, request.config.value);
      const { text, options } = request.job;
      Atomics.store(flags, STAGE, 0);
      const onPhase = (phase: string) => void Atomics.store(flags, STAGE, Math.max(0, PHASES.indexOf(phase)));
      if (hooks.spinOnText && text.includes(hooks.spinOnText)) {
        onPhase(PHASE.parse);
        for (;;) {
          // Never returns: only terminate() ends it.
        }
      }
      reply = { result: lintText(text, { ...options, config: configs.get(request.configId), onPhase }) };
    } catch (error) {
      reply = { error: (error as Error).stack ?? String(error) };
    }
    port.postMessage(reply);
    Atomics.store(flags, DONE, 1);
    Atomics.notify(flags, DONE);
  });
  Atomics.store(flags, READY, 1);
  Atomics.notify(flags, READY);
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
  /** The test hooks it was started with. */
  hooks: string;
}

/**
 * One worker per process, reused from file to file and from run to run (tests
 * call the CLI many times); replaced only after a timeout, a crash, or when
 * different test hooks are asked for. It is unref'd: it never keeps the
 * process alive.
 */
let running: Running | undefined;
let failedToStart = false;
const configIds = new WeakMap<ResolvedConfig, number>();
let nextConfigId = 1;

function stop(): void {
  if (!running) return;
  void running.worker.terminate();
  running.port.close();
  running = undefined;
}

function start(hooks: WatchdogTestHooks): Running | undefined {
  const key = JSON.stringify(hooks);
  if (running && running.hooks === key) return running;
  stop();
  if (failedToStart) return undefined;
  const shared = new SharedArrayBuffer(4 * 4);
  const flags = new Int32Array(shared);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = newWorker({ postmortemAnalysisWorker: true, port: port2, shared, hooks });
  } catch {
    failedToStart = true;
    return undefined;
  }
  worker.unref();
  port1.unref();
  // Errors after a terminate() are expected; others surface as a missing reply.
  worker.on('error', () => undefined);
  if (Atomics.wait(flags, READY, 0, STARTUP_LIMIT_MS) === 'timed-out') {
    void worker.terminate();
    failedToStart = true;
    return undefined;
  }
  running = { worker, port: port1, flags, configs: new Set(), hooks: key };
  return running;
}

export class Watchdog {
  constructor(private readonly hooks: WatchdogTestHooks = {}) {}

  /** Analyses one document within `timeoutMs`; in this thread, without a limit, if no worker can start. */
  analyze(job: AnalysisJob, timeoutMs: number): AnalysisOutcome {
    const worker = start(this.hooks);
    if (!worker) return analyzeHere(job);
    const { config, ...options } = job.options;
    let configId = configIds.get(config);
    if (configId === undefined) configIds.set(config, (configId = nextConfigId++));
    const request: Request = { configId, job: { text: job.text, options } };
    if (!worker.configs.has(configId)) {
      request.config = { id: configId, value: config };
      worker.configs.add(configId);
    }
    Atomics.store(worker.flags, DONE, 0);
    worker.port.postMessage(request);
    if (Atomics.wait(worker.flags, DONE, 0, timeoutMs) === 'timed-out') {
      const stage = PHASES[Atomics.load(worker.flags, STAGE)] ?? '';
      stop();
      return { kind: 'timeout', stage };
    }
    const reply = receiveMessageOnPort(worker.port)?.message as Reply | undefined;
    if (!reply) {
      stop();
      return { kind: 'error', message: 'the analysis worker stopped without an answer' };
    }
    return 'result' in reply ? { kind: 'done', result: reply.result } : { kind: 'error', message: reply.error };
  }
}

/** The analysis in the calling thread: no time limit. */
export function analyzeHere(job: AnalysisJob): AnalysisOutcome {
  try {
    return { kind: 'done', result: lintText(job.text, job.options) };
  } catch (error) {
    return { kind: 'error', message: (error as Error).stack ?? String(error) };
  }
}
