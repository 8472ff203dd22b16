// Precision and recall of blame-language and counterfactual-language on the
// labelled sentences in test/fixtures/wording, per language.
//   node --import tsx scripts/wording-eval.ts [--split dev|dev2|dev3|dev4|dev5|dev6|test|test2|test3|test4|test5] [--errors]
import { HELD_OUT, loadSentences, score, SPLITS, type Split } from '../test/support/wording-eval.js';

const args = process.argv.slice(2);
const asked = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'dev';
if (!SPLITS.includes(asked as Split)) {
  console.error(`unknown split: ${asked} (expected ${SPLITS.join(', ')})`);
  process.exit(2);
}
const split = asked as Split;
// The held-out splits are reported as figures only, so they are never tuned on.
if (HELD_OUT.includes(split) && args.includes('--errors')) {
  console.error(`--errors is not available for the held-out split ${split}`);
  process.exit(2);
}
const sentences = loadSentences(split);
const pct = (x: number): string => (x * 100).toFixed(1) + '%';
console.log(`split: ${split}`);
console.log('| lang | n | blame P | blame R | clean flagged | counterfactual R | counterfactual P |');
console.log('| --- | --: | --: | --: | --: | --: | --: |');
for (const lang of ['en', 'ko'] as const) {
  const s = score(sentences.filter((x) => x.lang === lang));
  console.log(`| ${lang} | ${s.n} | ${pct(s.blame.precision)} | ${pct(s.blame.recall)} | ${pct(s.cleanFlagged)} | ${pct(s.counterfactualRecall)} | ${pct(s.counterfactualPrecision)} |`);
  if (args.includes('--errors')) for (const e of s.errors) console.log(`  ${e.s.label} -> ${e.got}: ${e.s.text}  [${e.s.id}]`);
}
