/**
 * Closed files modelled for the workspace index in a worker thread of their
 * own (Node). The server's thread stays free for the open documents while a
 * folder of postmortems is read, a file past its time limit is stopped, and
 * the worker goes when the files stop coming: the garbage of parsing a
 * thousand files goes with it instead of staying in the server.
 */
import { isMainThread, parentPort, type Worker, workerData } from 'node:worker_threads';
import { modelFile, type FileModeller, type ModelledFile, type ModelOptions } from './runner.js';
import { WorkerQueue, type QueuedJob, type WorkerReply } from './worker-queue.js';

interface ModelInit {
  postmortemModelWorker: true;
}

type Request = { id: number; text: string; options: ModelOptions };
type Reply = WorkerReply<ModelledFile>;

/** How long the worker stays once the last file is modelled: the index sends its batches back to back. */
const IDLE_MS = 2_000;

export function isServerModelWorker(): boolean {
  return !isMainThread && (workerData as Partial<ModelInit> | null)?.postmortemModelWorker === true;
}

export function startServerModelWorker(): void {
  parentPort!.on('message', ({ id, text, options }: Request) => {
    let reply: Reply;
    try {
      reply = { id, result: modelFile(text, options) };
    } catch (error) {
      reply = { id, error: (error as Error).message };
    }
    parentPort!.postMessage(reply);
  });
  parentPort!.postMessage({ ready: true } satisfies Reply);
}

interface Job extends QueuedJob<ModelledFile> {
  text: string;
  options: ModelOptions;
}

export class WorkerModeller extends WorkerQueue<Job, ModelledFile> implements FileModeller {
  constructor(log: (message: string) => void, idleMs = IDLE_MS) {
    super(log, 'index worker', idleMs);
  }

  model(text: string, options: ModelOptions): Promise<ModelledFile> {
    return new Promise((resolve, reject) => {
      this.enqueue({ id: this.nextId++, timeoutMs: options.config.analysisTimeoutMs, text, options, resolve, reject });
    });
  }

  protected workerData(): ModelInit {
    return { postmortemModelWorker: true };
  }

  protected send(worker: Worker, { id, text, options }: Job): void {
    worker.postMessage({ id, text, options } satisfies Request);
  }

  protected expired(job: Job): void {
    job.reject(new Error(`modelling stopped after ${job.timeoutMs} ms`));
  }
}
