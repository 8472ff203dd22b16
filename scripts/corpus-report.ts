// Prints extraction recall and precision on the annotated real postmortems.
// Run: node --import tsx scripts/corpus-report.ts [--verbose]
import { loadCorpus, ratio, score } from '../test/support/corpus.js';
import type { SectionKind } from '../src/core/model/types.js';

const verbose = process.argv.includes('--verbose');
const totals: Record<string, { expected: number; found: number; matched: number }> = {};
const add = (k: string, s: { expected: number; found: number; matched: number }) => {
  const t = (totals[k] ??= { expected: 0, found: 0, matched: 0 });
  t.expected += s.expected;
  t.found += s.found;
  t.matched += s.matched;
};
let sectionWrong = 0;
let sectionChecks = 0;
let detected = 0;
let detectionRight = 0;
let detectionChecks = 0;
// `--dir PATH` measures another annotated folder (absolute path) instead.
const dirArg = process.argv.indexOf('--dir');
const dirs = dirArg > 0 ? [process.argv[dirArg + 1]] : process.argv.includes('--templates') ? ['corpus', 'corpus-templates'] : ['corpus'];
let languageRight = 0;
let languageChecks = 0;
let headingRight = 0;
let headingChecks = 0;
for (const dir of dirs) {
  for (const c of loadCorpus(dir)) {
    if (c.model.isPostmortem) detected++;
    detectionChecks++;
    if (c.model.isPostmortem === c.expected.isPostmortem) detectionRight++;
    else if (verbose) console.log(`${c.name}: not detected (${c.model.reason})`);
    const problems: string[] = [];
    if (c.expected.isPostmortem !== c.model.isPostmortem) problems.push(`isPostmortem: expected ${c.expected.isPostmortem} (${c.model.reason})`);
    if (c.expected.language) {
      languageChecks++;
      if (c.expected.language === c.model.language) languageRight++;
      else problems.push(`language: expected ${c.expected.language}, got ${c.model.language}`);
    }
    // A heading (or bold label) that names no kind holds the kind of the section around it, as a reader sees it.
    const effective = new Map<number, string[]>();
    const stack: Array<{ depth: number; kinds: string[] }> = [];
    for (const x of c.model.sections) {
      while (stack.length && stack[stack.length - 1].depth >= x.depth) stack.pop();
      const own = [x.kind, ...(x.alsoKinds ?? [])];
      // An appendix or runbook, and what is under it, holds no kind of the postmortem's.
      const kinds = x.aside ? ['other'] : x.kind === 'other' && stack.length && x.depth > 1 ? stack[stack.length - 1].kinds : own;
      if (x.line !== c.model.sections[0]?.line || x.depth > 1) effective.set(x.line, kinds);
      stack.push({ depth: x.depth, kinds: x.depth === 1 && x.kind === 'other' ? ['other'] : kinds });
    }
    for (const h of c.expected.headings ?? []) {
      headingChecks++;
      const got = effective.get(h.line) ?? ['other'];
      if ([...got].sort().join() === [...h.kinds].sort().join()) headingRight++;
      else problems.push(`heading ${h.line} "${h.text.slice(0, 50)}": expected ${h.kinds.join('+')}, got ${got.join('+')}`);
    }
    for (const [kind, present] of Object.entries(c.expected.sections)) {
      sectionChecks++;
      const has = c.model.sections.some((s) => s.kind === (kind as SectionKind) || s.alsoKinds?.includes(kind as SectionKind));
      if (has !== present) {
        sectionWrong++;
        problems.push(`section ${kind}: expected ${present}, got ${has}`);
      }
    }
    const tl = score(c.expected.timeline.map((e) => e.line), c.model.timeline.map((e) => e.line));
    add('timeline', tl);
    let timesRight = 0;
    for (const e of c.expected.timeline) {
      const m = c.model.timeline.find((x) => x.line === e.line && x.time === e.time);
      if (m) timesRight++;
      else if (verbose && c.model.timeline.some((x) => x.line === e.line)) problems.push(`time at ${e.line}: expected ${e.time}, got ${c.model.timeline.filter((x) => x.line === e.line).map((x) => x.time).join(',')}`);
    }
    add('timeline times', { expected: c.expected.timeline.length, found: c.model.timeline.length, matched: timesRight });
    const wy = score(c.expected.whys.map((e) => e.line), c.model.whys.map((e) => e.line));
    add('whys', wy);
    const ai = score(c.expected.actionItems.map((e) => e.line), c.model.actionItems.map((e) => e.line));
    add('action items', ai);
    let doneRight = 0;
    for (const e of c.expected.actionItems) {
      const m = c.model.actionItems.find((x) => x.line === e.line);
      if (m && m.done === e.done) doneRight++;
      else if (m && verbose) problems.push(`done at ${e.line}: expected ${e.done}`);
    }
    add('action item done', { expected: ai.matched, found: ai.matched, matched: doneRight });
    if (tl.missing.length || tl.extra.length) problems.push(`timeline missing ${tl.missing.join(',')} extra ${tl.extra.join(',')}`);
    if (wy.missing.length || wy.extra.length) problems.push(`whys missing ${wy.missing.join(',')} extra ${wy.extra.join(',')}`);
    if (ai.missing.length || ai.extra.length) problems.push(`actions missing ${ai.missing.join(',')} extra ${ai.extra.join(',')}`);
    if (verbose && problems.length) console.log(`${dir}/${c.name}\n  ${problems.join('\n  ')}`);
  }
}
const pct = (x: number) => (100 * x).toFixed(1) + '%';
console.log(`postmortems detected: ${detected} (postmortem or not: ${detectionRight}/${detectionChecks} right)`);
console.log(`sections: ${sectionChecks - sectionWrong}/${sectionChecks} presence judgements right`);
if (languageChecks) console.log(`language: ${languageRight}/${languageChecks} right`);
if (headingChecks) console.log(`heading kinds: ${headingRight}/${headingChecks} right`);
for (const [k, t] of Object.entries(totals)) {
  console.log(`${k}: expected ${t.expected}, found ${t.found}, matched ${t.matched}; recall ${pct(ratio(t.matched, t.expected))}, precision ${pct(ratio(t.matched, t.found))}`);
}
