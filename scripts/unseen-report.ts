// Prints the figures measured on the unseen annotated sets, as the unseen extraction tests count them
// (test/support/extraction-figures.ts). Lists every miss with --verbose.
// Run: node --import tsx scripts/unseen-report.ts [--verbose] [unseen2 unseen ...]
import { loadCorpus, type CorpusCase } from '../test/support/corpus.js';
import { measure, render } from '../test/support/extraction-figures.js';

if (process.argv[1]?.endsWith('unseen-report.ts')) {
  const verbose = process.argv.includes('--verbose');
  const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const dirs = named.length ? named : ['unseen2', 'unseen'];
  const all: CorpusCase[] = [];
  for (const dir of dirs) {
    const cases = loadCorpus(dir);
    all.push(...cases);
    const f = measure(cases);
    console.log(render(dir, f));
    if (verbose) for (const m of f.misses) console.log(`    - ${m}`);
  }
  if (dirs.length > 1) console.log(render(dirs.join(' + '), measure(all)));
}
