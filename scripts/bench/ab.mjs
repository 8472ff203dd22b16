// Before/after on one machine state: times parse and full analysis of an earlier src/core
// (by default the committed one) and of the working tree, interleaved sample by sample,
// so background load affects both alike.
//   node --expose-gc scripts/bench/ab.mjs [--core <dir holding src/core>] [--runs N] [--corpus] [--docs [dir]] [--parse-only]
// --docs times each real postmortem on its own instead (those in `dir`, by default
// ../shared/corpus/postmortems next to the repository, else test/fixtures/corpus) and
// reports milliseconds per document: the size the CLI and the editor parse.

import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
    // The core, with what it and the bench entry import from outside src/core.
    execSync(`git archive HEAD src/core snippets scripts/bench/wording-only.ts | tar -x -C "${tmp}"`, { cwd: ROOT });
  }
  const before = await loadBundledCore(ROOT, { coreRoot });
  const after = await loadBundledCore(ROOT);
  const fns = [
    { id: 'parse before', run: (t) => before.parseMarkdown(t) },
    { id: 'parse after', run: (t) => after.parseMarkdown(t) },
    { id: 'full before', run: (t) => before.lintText(t, LINT_OPTIONS) },
    { id: 'full after', run: (t) => after.lintText(t, LINT_OPTIONS) },
  ].slice(0, process.argv.includes('--parse-only') ? 2 : 4);
  const docs = process.argv.includes('--docs') ? [] : [
    ['generated 1,000', generatePostmortem(1_000, 20260314)],
    ['generated 10,000', generatePostmortem(10_000, 20260314)],
    ...(process.argv.includes('--corpus') ? [['corpus 10,000', corpusDocument(ROOT, 10_000)]] : []),
  ];
  if (process.argv.includes('--docs')) timeDocuments(fns, documentsDir());
  for (const [name, text] of docs) {
    const s = measure(fns, text, { warmup: 1, minRuns: runs, maxRuns: runs, budgetMs: 0 });
    const wall = Object.fromEntries(fns.map((f) => [f.id, median(s[f.id].wallMs)]));
    const cpu = Object.fromEntries(fns.map((f) => [f.id, median(s[f.id].cpuMs)]));
    const least = Object.fromEntries(fns.map((f) => [f.id, Math.min(...s[f.id].wallMs)]));
    console.log(`\n${name} (${runs} runs; median wall ms, cpu ms, fastest wall ms)`);
    for (const f of fns) console.log(`  ${f.id.padEnd(13)} ${wall[f.id].toFixed(0).padStart(6)} ${cpu[f.id].toFixed(0).padStart(6)} ${least[f.id].toFixed(0).padStart(6)}`);
    const r = (a, b, m) => (m[a] / m[b]).toFixed(2);
    if (fns.length === 4) console.log(`  full/parse    before ${r('full before', 'parse before', wall)} (cpu ${r('full before', 'parse before', cpu)}, fastest ${r('full before', 'parse before', least)})   after ${r('full after', 'parse after', wall)} (cpu ${r('full after', 'parse after', cpu)}, fastest ${r('full after', 'parse after', least)})`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

function documentsDir() {
  const given = option('--docs');
  if (given && !given.startsWith('--')) return given;
  const shared = join(ROOT, '..', 'shared', 'corpus', 'postmortems');
  return existsSync(shared) ? shared : join(ROOT, 'test', 'fixtures', 'corpus');
}

/** Each function over every document in `dir`, one sample per pass; reports ms per document. */
function timeDocuments(fns, dir) {
  const texts = readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => readFileSync(join(dir, n), 'utf8'));
  const kb = texts.reduce((sum, t) => sum + t.length, 0) / texts.length / 1024;
  const all = fns.map((f) => ({ id: f.id, run: () => texts.forEach((t) => f.run(t)) }));
  const s = measure(all, '', { warmup: 2, minRuns: runs, maxRuns: runs, budgetMs: 0 });
  console.log(`\n${texts.length} documents in ${dir} (mean ${kb.toFixed(1)} KB; ${runs} runs; ms per document: median wall, median cpu, fastest wall)`);
  for (const f of fns) {
    const per = (ms) => (ms / texts.length).toFixed(2).padStart(7);
    console.log(`  ${f.id.padEnd(13)} ${per(median(s[f.id].wallMs))} ${per(median(s[f.id].cpuMs))} ${per(Math.min(...s[f.id].wallMs))}`);
  }
}
