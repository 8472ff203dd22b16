// Before/after on one machine state: times parse and full analysis of an earlier src/core
// (by default the committed one) and of the working tree, interleaved sample by sample,
// so background load affects both alike.
//   node --expose-gc scripts/bench/ab.mjs [--core <dir holding src/core>] [--runs N] [--corpus]

import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundledCore } from './build-core.mjs';
import { LINT_OPTIONS } from './contenders.mjs';
import { corpusDocument } from './corpus.mjs';
import { generatePostmortem } from './generate.mjs';
import { measure, median } from './measure.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const runs = Number(option('--runs') ?? 7);
const tmp = mkdtempSync(join(tmpdir(), 'postmortem-ab-'));
try {
  let coreRoot = option('--core');
  if (!coreRoot) {
    coreRoot = tmp;
    execSync(`git archive HEAD src/core | tar -x -C "${tmp}"`, { cwd: ROOT });
  }
  const before = await loadBundledCore(ROOT, { coreRoot });
  const after = await loadBundledCore(ROOT);
  const fns = [
    { id: 'parse before', run: (t) => before.parseMarkdown(t) },
    { id: 'parse after', run: (t) => after.parseMarkdown(t) },
    { id: 'full before', run: (t) => before.lintText(t, LINT_OPTIONS) },
    { id: 'full after', run: (t) => after.lintText(t, LINT_OPTIONS) },
  ];
  const docs = [
    ['generated 1,000', generatePostmortem(1_000, 20260314)],
    ['generated 10,000', generatePostmortem(10_000, 20260314)],
    ...(process.argv.includes('--corpus') ? [['corpus 10,000', corpusDocument(ROOT, 10_000)]] : []),
  ];
  for (const [name, text] of docs) {
    const s = measure(fns, text, { warmup: 1, minRuns: runs, maxRuns: runs, budgetMs: 0 });
    const wall = Object.fromEntries(fns.map((f) => [f.id, median(s[f.id].wallMs)]));
    const cpu = Object.fromEntries(fns.map((f) => [f.id, median(s[f.id].cpuMs)]));
    const least = Object.fromEntries(fns.map((f) => [f.id, Math.min(...s[f.id].wallMs)]));
    console.log(`\n${name} (${runs} runs; median wall ms, cpu ms, fastest wall ms)`);
    for (const f of fns) console.log(`  ${f.id.padEnd(13)} ${wall[f.id].toFixed(0).padStart(6)} ${cpu[f.id].toFixed(0).padStart(6)} ${least[f.id].toFixed(0).padStart(6)}`);
    const r = (a, b, m) => (m[a] / m[b]).toFixed(2);
    console.log(`  full/parse    before ${r('full before', 'parse before', wall)} (cpu ${r('full before', 'parse before', cpu)}, fastest ${r('full before', 'parse before', least)})   after ${r('full after', 'parse after', wall)} (cpu ${r('full after', 'parse after', cpu)}, fastest ${r('full after', 'parse after', least)})`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
