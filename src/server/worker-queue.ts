import type { Worker } from 'node:worker_threads';
import { spawnServerWorker } from './worker-spawn.js';

/** A job for a worker: its reply settles it, or its time limit does. */
export interface QueuedJob<R> {
  id: number;
  timeoutMs: number;
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

/**
 * What a server worker posts back: ready once loaded, then one reply per job,
 * which may follow an `early` part: what the job's caller waits for, sent
 * while the worker finishes the rest of the job.
 */
export type WorkerReply<R> = { id: number; result: R } | { id: number; error: string } | { id: number; early: unknown } | { ready: true };

/**
 * Jobs run one at a time, in order, in a worker thread of the server's that is
 * started when a job comes. A job past its time limit is stopped by
 * terminating the worker (synchronous code cannot be interrupted otherwise);
 * a fresh worker takes the next job. With `idleMs`, the worker also goes when
 * no job has come for that long, and its memory with it.
 */
export abstract class WorkerQueue<J extends QueuedJob<R>, R> {
  private worker: Worker | undefined;
  private ready = false;
  private readonly queue: J[] = [];
  private running: { job: J; timer: ReturnType<typeof setTimeout> } | undefined;
  private idle: ReturnType<typeof setTimeout> | undefined;
  protected nextId = 1;
  /** Workers started, the first included: a test reads it to see a stopped worker replaced. */
  started = 0;

  constructor(protected readonly log: (message: string) => void, private readonly label: string, private readonly idleMs?: number) {}

  get alive(): boolean {
    return this.worker !== undefined;
  }

  /** The `workerData` of a new worker (called once per worker started). */
  protected abstract workerData(): object;
  /** Posts a job to the worker. */
  protected abstract send(worker: Worker, job: J): void;
  /** Settles a job stopped at its time limit; the worker is already gone. */
  protected abstract expired(job: J): void;

  /** The early part of the running job's reply (see WorkerReply); the job runs on. */
  protected early(_job: J, _part: unknown): void {}

  /** The next job to run; a subclass may settle and skip some first. */
  protected next(queue: J[]): J | undefined {
    return queue.shift();
  }

  protected enqueue(job: J): void {
    this.queue.push(job);
    this.pump();
  }

  /** Tells the running worker something outside any job. */
  protected tell(message: unknown): void {
    this.worker?.postMessage(message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnServerWorker(this.workerData(), this.log, this.label);
    this.started++;
    this.ready = false;
    worker.on('message', (reply: WorkerReply<R>) => this.finish(reply));
    worker.on('error', (error) => this.crashed(worker, error));
    worker.on('exit', (code) => this.crashed(worker, new Error(`the ${this.label} exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    clearTimeout(this.idle);
    if (this.running) return;
    if (!this.queue.length) {
      if (this.idleMs !== undefined && this.worker) this.idle = setTimeout(() => this.stop(), this.idleMs);
      return;
    }
    const worker = this.ensureWorker();
    if (!this.ready) return;
    const job = this.next(this.queue);
    if (!job) return this.pump();
    // The budget counts from here: loading the worker is not the job's fault.
    const timer = setTimeout(() => this.timedOut(), job.timeoutMs);
    this.running = { job, timer };
    this.send(worker, job);
  }

  private finish(reply: WorkerReply<R>) {
    if ('ready' in reply) {
      this.ready = true;
      return this.pump();
    }
    const running = this.running;
    if (!running || running.job.id !== reply.id) return;
    if ('early' in reply) return this.early(running.job, reply.early);
    clearTimeout(running.timer);
    this.running = undefined;
    if ('error' in reply) running.job.reject(new Error(reply.error));
    else running.job.resolve(reply.result);
    this.pump();
  }

  private timedOut() {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    this.expired(running.job);
    this.stop();
    this.pump();
  }

  private crashed(worker: Worker, error: Error) {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.ready = false;
    const running = this.running;
    this.running = undefined;
    if (running) {
      clearTimeout(running.timer);
      running.job.reject(error);
    }
    this.pump();
  }

  protected stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = false;
    void worker?.terminate();
  }

  dispose(): void {
    clearTimeout(this.idle);
    this.stop();
    for (const job of this.queue.splice(0)) job.reject(new Error('the server is shutting down'));
  }
}
