// Checks the wording rules' shortcuts against brute force: on every block of the Markdown
// fixtures and of seeded random text (trigger words in odd casing, Greek capitals, dotted
// capital I, curly apostrophes, markup), a matcher that finds anything must be one the
// trigger index marks, and a block it marks must pass the text prefilter.
//   node --import tsx scripts/bench/check-triggers.ts [random documents, default 3000]

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { documentBlocks } from '../../src/core/blame/document-blocks.js';
import { builtinTerms, type TermMatcher } from '../../src/core/blame/term-set.js';
import { TriggerIndex } from '../../src/core/blame/trigger-index.js';
import { compileUserTerm } from '../../src/core/blame/user-terms.js';
import { parseMarkdown } from '../../src/core/parse.js';

const ROOT = join(__dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? markdownFiles(p) : n.endsWith('.md') ? [p] : [];
  });
}

/** mulberry32 */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const { classes, matchers: builtin } = builtinTerms();
const user = ['sloppy work', '네 탓', 'on-call', 'ΣΊΣΥΦΟΣ', 'İnfra team'].map((t, i) => compileUserTerm(t, `extraTerms[${i}]`, 'user-term', classes));
const plans = [
  builtin.filter((m) => m.category !== 'counterfactual'),
  builtin.filter((m) => m.category === 'counterfactual'),
  [...builtin, ...user.flatMap((u) => ('matcher' in u ? [u.matcher] : []))],
];

const vocabulary = [
  ...new Set(builtin.flatMap((m) => (m.triggers ?? []).map((t) => t.value))),
  ...['the', 'engineer', 'Kim', 'we', 'should', 'have', 'been', '김', '대리님이', '실수로', '했어야', '했다', 'Σ', 'ΟΔΟΣ', 'İ', 'K', 'ß', 'ﬁ'],
];
const glue = [' ', ' ', ' ', ', ', '. ', '’s ', "'s ", '-', '/', ' *', '* ', ' **', '** ', ' `x` ', ' "', '" ', ' (', ') ', '\n', '  \n', ' — '];

function randomDocument(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const word = (): string => {
    const w = pick(vocabulary);
    const r = next();
    return r < 0.2 ? w.toUpperCase() : r < 0.35 ? w[0]!.toUpperCase() + w.slice(1) : w;
  };
  const paragraph = (): string => Array.from({ length: 3 + Math.floor(next() * 14) }, () => word() + pick(glue)).join('');
  return Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(['', '# ', '- ', '| a | b |\n| - | - |\n| ']) + paragraph()).join('\n\n');
}

function check(text: string, where: string, problems: string[]): number {
  const tree = parseMarkdown(text);
  const doc = documentBlocks(tree, text);
  let checked = 0;
  for (const matchers of plans) {
    const index = new TriggerIndex(matchers.map((m: TermMatcher) => m.triggers));
    const marks = new Uint8Array(matchers.length);
    doc.blocks.forEach((block, b) => {
      const tokens = doc.tokens(b);
      const marked = index.mark(tokens, marks);
      if (marked > 0 && !index.mayTrigger(block.text)) problems.push(`${where}: prefilter rejects a marked block: ${JSON.stringify(block.text)}`);
      matchers.forEach((m, i) => {
        checked++;
        if (!marks[i] && m.find(block, tokens).length > 0) problems.push(`${where}: ${m.id} finds a match in an unmarked block: ${JSON.stringify(block.text)}`);
      });
    });
  }
  return checked;
}

const problems: string[] = [];
let checks = 0;
for (const file of [...markdownFiles(join(ROOT, 'test', 'fixtures')), ...markdownFiles(join(ROOT, 'examples'))]) {
  checks += check(readFileSync(file, 'utf8'), file.slice(ROOT.length + 1), problems);
}
const next = random(42);
const count = Number(process.argv[2] ?? 3000);
for (let i = 0; i < count; i++) checks += check(randomDocument(next), `random #${i}`, problems);
console.log(`${checks} matcher-block checks: ${problems.length ? problems.length + ' problems' : 'no problems'}`);
for (const p of problems.slice(0, 20)) console.log('  ' + p);
process.exitCode = problems.length ? 1 : 0;
