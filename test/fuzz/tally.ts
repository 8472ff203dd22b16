/**
 * Bookkeeping for one property: how many cases ran, the slowest one, and the
 * failures already reported.
 *
 * The time bound is a hang detector, not a performance assertion: a case
 * fails only when it takes longer than HANG_MS, long enough that nothing but
 * runaway work (a catastrophic regular expression, an endless loop) explains it.
 */
import { performance } from 'node:perf_hooks';

export const HANG_MS = Number(process.env.FUZZ_HANG_MS ?? 5000);

/** A failure's kind: the first line of its message with numbers blanked, so repeats group together. */
export function signature(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.replace(/\d+/g, 'N').slice(0, 160);
}

/** Byte arrays are shown by their length only. */
function bytesAsLength(_key: string, v: unknown): unknown {
  if (v instanceof Uint8Array) return `<${v.length} bytes>`;
  const b = v as { type?: unknown; data?: unknown };
  return b && b.type === 'Buffer' && Array.isArray(b.data) ? `<${b.data.length} bytes>` : v;
}

function describe(input: unknown): string {
  const s = typeof input === 'string' ? input : JSON.stringify(input, bytesAsLength);
  return JSON.stringify(s.length > 160 ? s.slice(0, 160) + '…' : s) + ` (${s.length} chars)`;
}

export class Tally {
  cases = 0;
  slowestMs = 0;
  slowestSample = '';
  /**
   * Kinds of failure already reported. A long run lets further cases that
   * fail the same way pass (and counts them), so it can go on to find new kinds.
   */
  readonly known = new Set<string>();
  readonly repeats = new Map<string, number>();
  /** The first few inputs of each repeated kind: one "hang" may have several causes. */
  readonly examples = new Map<string, string[]>();

  /** Runs one case's checks: each runs even when an earlier one failed; the first new failure is thrown. */
  check(input: unknown, steps: Array<() => void>): void {
    const start = performance.now();
    const errors: unknown[] = [];
    for (const step of steps) {
      try {
        step();
      } catch (error) {
        errors.push(error);
      }
    }
    const ms = performance.now() - start;
    this.cases++;
    if (ms > this.slowestMs) {
      this.slowestMs = ms;
      this.slowestSample = describe(input);
    }
    if (ms > HANG_MS) errors.unshift(new Error(`hang: a single case took ${Math.round(ms)} ms (bound ${HANG_MS} ms)`));
    for (const error of errors) {
      const kind = signature(error);
      if (!this.known.has(kind)) throw error;
      this.repeats.set(kind, (this.repeats.get(kind) ?? 0) + 1);
      const seen = this.examples.get(kind) ?? [];
      if (seen.length < 3) this.examples.set(kind, [...seen, `${Math.round(ms)} ms: ${describe(input)}`]);
    }
  }

  summary(name: string): string {
    return `${name}: ${this.cases} cases, slowest ${this.slowestMs.toFixed(1)} ms on ${this.slowestSample || '-'}`;
  }
}
