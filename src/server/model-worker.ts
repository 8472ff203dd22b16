/**
 * Closed files modelled for the workspace index in a worker thread of their
 * own (Node). The server's thread stays free for the open documents while a
 * folder of postmortems is read, a file past its time limit is stopped, and
 * the worker goes when the files stop coming: the garbage of parsing a
 * thousand files goes with it instead of staying in the server.
 */
import { isMainThread, parentPort, type Worker, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/config/types.js';
import { modelOf } from '../core/lint/lint.js';
import type { PostmortemModel } from '../core/model/types.js';
import type { FileModeller } from './runner.js';
import { WorkerQueue, type QueuedJob, type WorkerReply } from './worker-queue.js';

interface ModelInit {
  postmortemModelWorker: true;
}

type Request = { id: number; text: string; path: string | undefined; config: ResolvedConfig };
type Reply = WorkerReply<PostmortemModel>;

/** How long the worker stays once the last file is modelled: the index sends its batches back to back. */
const IDLE_MS = 2_000;

export function isServerModelWorker(): boolean {
  return !isMainThread && (workerData as Partial<ModelInit> | null)?.postmortemModelWorker === true;
}

export function startServerModelWorker(): void {
  parentPort!.on('message', ({ id, text, path, config }: Request) => {
    let reply: Reply;
    try {
      reply = { id, result: modelOf(text, { path, config }) };
    } catch (error) {
      reply = { id, error: (error as Error).message };
    }
    parentPort!.postMessage(reply);
  });
  parentPort!.postMessage({ ready: true } satisfies Reply);
}

interface Job extends QueuedJob<PostmortemModel> {
  text: string;
  path: string | undefined;
  config: ResolvedConfig;
}

export class WorkerModeller extends WorkerQueue<Job, PostmortemModel> implements FileModeller {
  constructor(log: (message: string) => void, idleMs = IDLE_MS) {
    super(log, 'index worker', idleMs);
  }

  model(text: string, options: { path: string | undefined; config: ResolvedConfig }): Promise<PostmortemModel> {
    return new Promise((resolve, reject) => {
      this.enqueue({ id: this.nextId++, timeoutMs: options.config.analysisTimeoutMs, text, path: options.path, config: options.config, resolve, reject });
    });
  }

  protected workerData(): ModelInit {
    return { postmortemModelWorker: true };
  }

  protected send(worker: Worker, { id, text, path, config }: Job): void {
    worker.postMessage({ id, text, path, config } satisfies Request);
  }

  protected expired(job: Job): void {
    job.reject(new Error(`modelling stopped after ${job.timeoutMs} ms`));
  }
}
