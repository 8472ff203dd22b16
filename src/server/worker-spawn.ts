import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * A worker thread running this server's own entry (dist/server.js, or node.ts
 * from source with the TypeScript loader first), told by `workerData` what it
 * is for. Its stdout is its own, drained: on --stdio the parent's stdout is the
 * protocol, which a stray write would corrupt; its stderr goes to the log.
 */
export function spawnServerWorker(workerData: object, log: (message: string) => void, label: string): Worker {
  const options = { workerData, stdout: true, stderr: true };
  const worker = __filename.endsWith('.ts')
    ? new Worker(`require(${JSON.stringify(createRequire(__filename).resolve('tsx/cjs'))}); require(${JSON.stringify(join(__dirname, 'node.ts'))});`, { ...options, eval: true })
    : new Worker(__filename, options);
  worker.stdout.resume();
  worker.stderr.on('data', (chunk: Buffer) => log(`[${label}] ${String(chunk).trimEnd()}`));
  worker.unref();
  return worker;
}
