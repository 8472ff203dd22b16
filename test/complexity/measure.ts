/**
 * Complexity checks: the time for an input of size n and of size 4n. Linear
 * work grows about 4 times, quadratic work 16 times; a ratio under LIMIT
 * (6.25, a growth exponent of 1.32) passes. Four times the size rather than
 * two leaves room for a loaded machine: linear work may look 1.5 times slower
 * at the large size and still pass. Times are CPU time of this process (less disturbed by other
 * processes than the wall clock), the minimum of a few runs, each after a full
 * garbage collection, after a warm-up.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const FACTOR = 4;
export const LIMIT = 6.25;

// A full collection before each timed run, so one run does not pay for the garbage of the one before.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export interface Family {
  name: string;
  /** Size used in `npm run test:unit`: a run of the quadratic version would fail, the suite stays quick. */
  short: number;
  /** Size used in `npm run fuzz` (up to about 10 times the short one; at FACTOR times it the input stays under the default maxFileSize). */
  full: number;
  /** Builds the input of size n outside the timing; the returned function is what is timed. */
  prepare(n: number): () => unknown;
}

export interface Measure {
  name: string;
  n: number;
  ms: number;
  /** Time at FACTOR times n. */
  ms2: number;
  ratio: number;
}

function cpuMs(run: () => unknown): number {
  collect();
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The ratio of the times at n and FACTOR times n: the smallest of up to three tries (a try being the minimum of `reps` runs or more). */
export function measure(family: Family, n: number, reps = 3): Measure {
  const warm = family.prepare(Math.max(1, Math.floor(n / 4)));
  warm();
  warm();
  const once = (reps: number): Measure => {
    const small = family.prepare(n);
    const large = family.prepare(FACTOR * n);
    let ms = Infinity;
    let ms2 = Infinity;
    for (let r = 0; r < reps; r++) {
      ms = Math.min(ms, cpuMs(small));
      ms2 = Math.min(ms2, cpuMs(large));
    }
    // Under 1 ms the clock's resolution dominates: count such a pair as linear.
    return { name: family.name, n, ms, ms2, ratio: ms2 < 1 ? 1 : ms2 / Math.max(ms, 0.5) };
  };
  // Up to two more, longer tries damp a burst of load from another process (a quadratic input fails them all).
  let best = once(reps);
  for (let extra = 2; best.ratio >= LIMIT && extra <= 4; extra += 2) {
    const next = once(reps + extra);
    if (next.ratio < best.ratio) best = next;
  }
  return best;
}

export function table(rows: Measure[]): string {
  const lines = [`| family | n | time at n | time at ${FACTOR}n | ratio |`, '| --- | --: | --: | --: | --: |'];
  for (const r of rows) lines.push(`| ${r.name} | ${r.n.toLocaleString('en')} | ${r.ms.toFixed(0)} ms | ${r.ms2.toFixed(0)} ms | ${r.ratio.toFixed(2)} |`);
  return lines.join('\n');
}
