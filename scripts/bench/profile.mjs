// Profiles the full analysis on a 10,000-line document. Run with
//   node --cpu-prof --cpu-prof-dir=test-results/profile scripts/bench/profile.mjs [--corpus] [--parse]
// then summarise with scripts/bench/profile-summary.mjs. The core is bundled unminified
// into test-results/profile so the profile's line numbers map back to source files.

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundledCore } from './build-core.mjs';
import { LINT_OPTIONS } from './contenders.mjs';
import { corpusDocument } from './corpus.mjs';
import { generatePostmortem } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(ROOT, 'test-results', 'profile');
mkdirSync(out, { recursive: true });
const core = await loadBundledCore(ROOT, { minify: false, keepDir: out });
const text = process.argv.includes('--corpus') ? corpusDocument(ROOT, 10_000) : generatePostmortem(10_000, 20260314);
const run = process.argv.includes('--parse') ? () => core.parseMarkdown(text) : () => core.lintText(text, LINT_OPTIONS);
const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 6);
run();
const t0 = performance.now();
for (let i = 0; i < runs; i++) run();
console.log(`${runs} runs, ${((performance.now() - t0) / runs).toFixed(1)} ms each`);
