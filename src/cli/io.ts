import type { WatchdogTestHooks } from './watchdog.js';
import type { WriteTestHooks } from './write-atomic.js';

/** Where the CLI writes and from where it resolves relative paths; process streams in production, buffers in tests. */
export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  /** Environment for NO_COLOR / FORCE_COLOR; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** For tests only; the command line (main.ts) never sets it. */
  testHooks?: WatchdogTestHooks;
  /** For tests only, as testHooks: --fix's writes. */
  writeHooks?: WriteTestHooks;
  /** Milliseconds for the progress line; defaults to performance.now(). For tests only. */
  now?: () => number;
}

/** Colors only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(io: CliIO): boolean {
  const env = io.env ?? process.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return io.stdout.isTTY === true;
}
