// Times several functions on one text: warm-up first, then rounds in which every
// function runs once (rotating the order, collecting garbage before each sample when
// node runs with --expose-gc), until both a minimum count and a time budget are reached.

import { performance } from 'node:perf_hooks';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * @param {Array<{id: string, run: (text: string) => unknown}>} fns
 * @returns {Record<string, {wallMs: number[], cpuMs: number[]}>}
 */
export function measure(fns, text, { warmup, minRuns, maxRuns, budgetMs }) {
  const gc = globalThis.gc ?? (() => {});
  for (let i = 0; i < warmup; i++) for (const f of fns) f.run(text);
  const samples = Object.fromEntries(fns.map((f) => [f.id, { wallMs: [], cpuMs: [] }]));
  const started = performance.now();
  for (let round = 0; round < maxRuns; round++) {
    if (round >= minRuns && performance.now() - started > budgetMs) break;
    for (let k = 0; k < fns.length; k++) {
      const f = fns[(round + k) % fns.length];
      gc();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      f.run(text);
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      samples[f.id].wallMs.push(wall);
      samples[f.id].cpuMs.push((cpu.user + cpu.system) / 1000);
    }
  }
  return samples;
}
