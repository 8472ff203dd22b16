import { parseMarkdown } from '/work/main/src/core/parse.ts';
import { buildModel } from '/work/main/src/core/model/build.ts';
import { findWording } from '/work/main/src/core/blame/find-wording.ts';
import { extractBlocks } from '/work/main/src/core/blame/extract-blocks.ts';
import { tokenize } from '/work/main/src/core/blame/tokenize.ts';
import { lintText } from '/work/main/src/core/lint/lint.ts';
import { corpusDocument } from '/work/main/scripts/bench/corpus.mjs';
import { generatePostmortem } from '/work/main/scripts/bench/generate.mjs';
const which = process.argv[2] ?? 'corpus';
const text = which === 'corpus' ? corpusDocument('/work/main', 10000) : generatePostmortem(Number(which), 20260314);
const times: Record<string, number[]> = {};
const time = <T,>(name: string, fn: () => T): T => { (globalThis as any).gc?.(); const t0 = performance.now(); const r = fn(); (times[name] ??= []).push(performance.now() - t0); return r; };
for (let i = 0; i < 4; i++) {
  const tree = time('parse', () => parseMarkdown(text));
  const { model, lines } = time('model', () => buildModel(tree, text, { path: 'postmortems/x.md' }));
  const blocks = time('extractBlocks', () => extractBlocks(tree, text));
  time('tokenize', () => blocks.map((b) => tokenize(b.text)));
  time('blame', () => findWording({ tree, text, lines, model, language: model.language }, 'blame'));
  time('counterfactual', () => findWording({ tree, text, lines, model, language: model.language }, 'counterfactual'));
  time('lintText', () => lintText(text, { path: 'postmortems/x.md', today: '2026-06-01' }));
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const [k, v] of Object.entries(times)) console.log(k.padEnd(16), med(v).toFixed(0), v.map((x) => x.toFixed(0)).join(' '));
