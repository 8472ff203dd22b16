// npm run bench: times remark-parse, our parser, our full analysis, markdownlint and
// remark-lint on generated postmortems of about 100, 1,000 and 10,000 lines, then the
// language server's edit-to-diagnostics time on the 10,000-line one (scripts/bench/server.mjs),
// related-incidents queries and server memory over 1,000 real postmortems
// (scripts/bench/related.mjs), then the CLI against markdownlint-cli2 on 1,000 real postmortems and on the 10,000-line
// one (scripts/bench/cli.mjs).
//   --corpus   also time a 10,000-line document made of the real corpus
//   --quick    fewer samples (a smoke test of the harness, not numbers to quote)
//   --core <dir>  time the src/core held in <dir> instead (e.g. an earlier version)
//   --out <file>  write the JSON there instead of test-results/bench.json
//   --no-cli   leave out the CLI comparison

import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundledCore } from './build-core.mjs';
import { contenders, LINT_OPTIONS } from './contenders.mjs';
import { corpusDocument } from './corpus.mjs';
import { generatePostmortem } from './generate.mjs';
import { measure, median } from './measure.mjs';
import { benchClis } from './cli.mjs';
import { benchServer } from './server.mjs';
import { benchRelated } from './related.mjs';
import { growth, ratios, table, targets } from './report.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const quick = process.argv.includes('--quick');
const withCorpus = process.argv.includes('--corpus');
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const coreRoot = option('--core');
const outFile = option('--out') ?? join(ROOT, 'test-results', 'bench.json');
const SEED = 20260314;

/** Samples per size: warm-up rounds, then at least minRuns and at most maxRuns rounds within budgetMs. */
const PLANS = [
  { name: '100', lines: 100, warmup: 20, minRuns: 20, maxRuns: 500, budgetMs: 6_000 },
  { name: '1,000', lines: 1_000, warmup: 5, minRuns: 10, maxRuns: 200, budgetMs: 15_000 },
  { name: '10,000', lines: 10_000, warmup: 1, minRuns: 5, maxRuns: 60, budgetMs: 45_000 },
];
const CORPUS_PLAN = { name: 'corpus 10k', lines: 10_000, warmup: 1, minRuns: 5, maxRuns: 40, budgetMs: 40_000, corpus: true };

const core = await loadBundledCore(ROOT, { coreRoot: coreRoot ?? ROOT });
const fns = contenders(core);
if (!globalThis.gc) console.warn('(run with node --expose-gc for steadier numbers)');

const rows = [];
for (const plan of withCorpus ? [...PLANS, CORPUS_PLAN] : PLANS) {
  const text = plan.corpus ? corpusDocument(ROOT, plan.lines) : generatePostmortem(plan.lines, SEED);
  const outputs = Object.fromEntries(fns.map((f) => [f.id, f.run(text)]));
  const result = core.lintText(text, LINT_OPTIONS);
  const messagesSha1 = createHash('sha1').update(JSON.stringify(result.messages)).digest('hex');
  const settings = quick ? { ...plan, warmup: 1, minRuns: 3, maxRuns: 3 } : plan;
  const samples = measure(fns, text, settings);
  const medianMs = Object.fromEntries(fns.map((f) => [f.id, median(samples[f.id].wallMs)]));
  const medianCpuMs = Object.fromEntries(fns.map((f) => [f.id, median(samples[f.id].cpuMs)]));
  const row = {
    name: plan.name,
    lines: text.split('\n').length,
    chars: text.length,
    runs: samples.full.wallMs.length,
    medianMs,
    medianCpuMs,
    ratios: ratios(medianMs),
    cpuRatios: ratios(medianCpuMs),
    outputs,
    skipped: result.skipped,
    messagesSha1,
  };
  rows.push(row);
  console.error(`${plan.name}: ${row.runs} runs, ${(Object.values(medianMs).reduce((a, b) => a + b, 0) / 1000).toFixed(2)} s per round`);
}

const ids = fns.map((f) => f.id);
const small = rows.find((r) => r.name === '1,000');
const large = rows.find((r) => r.name === '10,000');
const grow = growth(small, large, ids);
const cpuGrow = Object.fromEntries(ids.map((id) => [id, Math.round((large.medianCpuMs[id] / small.medianCpuMs[id]) * 100) / 100]));
const checks = targets(large, grow, large.chars / small.chars);

console.log(table(rows, fns, grow));
console.log('\nTargets at 10,000 lines (wall-clock medians):');
for (const [name, t] of Object.entries(checks)) {
  const verdict = t.informational ? '(info) ' : t.met ? 'met    ' : 'NOT met';
  console.log(`  ${verdict}  ${name}: ${t.value}${t.expected ? ` (linear ≈ ${t.expected})` : ''}`);
}
// The language server over stdio, on the same 10,000-line document: edit to published diagnostics.
const serverRun = await benchServer(ROOT, generatePostmortem(10_000, SEED), { edits: quick ? 5 : 30 });
const editShare = Math.round((serverRun.editMs / large.medianMs.full) * 1000) / 1000;
checks.serverEditAtMost10PercentOfFull = { value: editShare, met: editShare <= 0.1 };
checks.serverEditAtMost100Ms = { value: Math.round(serverRun.editMs), met: serverRun.editMs <= 100 };
console.log(`  ${checks.serverEditAtMost10PercentOfFull.met ? 'met    ' : 'NOT met'}  serverEditAtMost10PercentOfFull: ${editShare} (median edit ${serverRun.editMs.toFixed(0)} ms over ${serverRun.edits} edits, ${serverRun.unchangedEdits} of them leaving the diagnostics unchanged, max ${serverRun.editMaxMs.toFixed(0)} ms; full analysis ${large.medianMs.full.toFixed(0)} ms)`);
console.log(`  ${checks.serverEditAtMost100Ms.met ? 'met    ' : 'NOT met'}  serverEditAtMost100Ms: ${serverRun.editMs.toFixed(0)} ms (open to first diagnostics: ${serverRun.openMs.toFixed(0)} ms)`);
const cpu = large.cpuRatios;
console.log(`  (CPU-time ratios: full/remark-parse ${cpu.fullOverRemarkParse}, full/our parse ${cpu.fullOverParse}, full/markdownlint ${cpu.fullOverMarkdownlint}, growth ×${cpuGrow.full})`);

// Related incidents over 1,000 real postmortems in the language server: query times and memory.
const relatedRun = await benchRelated(ROOT, { files: 1000, queries: quick ? 5 : 20 });
checks.relatedQueryUnder50Ms = { value: Math.max(relatedRun.firstQueryMs, relatedRun.queryMaxMs, relatedRun.afterEditQueryMs), met: Math.max(relatedRun.firstQueryMs, relatedRun.queryMaxMs, relatedRun.afterEditQueryMs) < 50 };
checks.serverMemoryWith1000Under200Mb = { value: relatedRun.serverMemoryMb, met: relatedRun.serverMemoryMb !== null && relatedRun.serverMemoryMb < 200 };
console.log(`  ${checks.relatedQueryUnder50Ms.met ? 'met    ' : 'NOT met'}  relatedQueryUnder50Ms: first ${relatedRun.firstQueryMs} ms, median ${relatedRun.queryMedianMs} ms, max ${relatedRun.queryMaxMs} ms, after an edit ${relatedRun.afterEditQueryMs} ms (1,000 postmortems modelled in ${relatedRun.indexMs} ms)`);
console.log(`  ${checks.serverMemoryWith1000Under200Mb.met ? 'met    ' : 'NOT met'}  serverMemoryWith1000Under200Mb: ${relatedRun.serverMemoryMb} MB resident once idle (${relatedRun.serverMemoryQuietAfterS} s), one postmortem open and its analysis worker included; ${relatedRun.serverMemoryAfterLastBatchMb} MB right after the last batch, peak ${relatedRun.serverPeakMemoryMb} MB`);

// The command-line tools side by side, each a fresh process on the same files.
let cli;
if (!process.argv.includes('--no-cli')) {
  cli = benchClis({ root: ROOT, rounds: quick ? 1 : 7, files: 1000 });
  for (const [name, t] of Object.entries(cli.targets)) console.log(`  ${t.met ? 'met    ' : 'NOT met'}  ${name}: ${t.value} (CLI wall time / markdownlint-cli2's, median of ${cli.manyFiles.rounds} rounds)`);
  checks.cliManyFilesAtMost0_8xMarkdownlintCli2 = cli.targets.manyFilesAtMost0_8xMarkdownlintCli2;
  checks.cliOneLargeAtMostMarkdownlintCli2 = cli.targets.oneLargeAtMostMarkdownlintCli2;
}

const report = {
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  gcExposed: Boolean(globalThis.gc),
  core: coreRoot ?? 'src/core',
  quick,
  seed: SEED,
  contenders: fns.map((f) => ({ id: f.id, label: f.label })),
  sizes: rows,
  growth1kTo10k: grow,
  cpuGrowth1kTo10k: cpuGrow,
  targets: checks,
  server: serverRun,
  related: relatedRun,
  cli,
};
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(report, null, 2) + '\n');
console.log('\nWrote ' + outFile);
