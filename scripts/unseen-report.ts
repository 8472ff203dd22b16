// Prints the figures measured on the unseen annotated sets, as the unseen extraction tests count them:
// postmortem detection, language, section presence (and false "missing"), heading kinds,
// timeline and action-item recall/precision, and done state. Lists every miss with --verbose.
// Run: node --import tsx scripts/unseen-report.ts [--verbose] [unseen2 unseen ...]
import { headingKinds, loadCorpus, ratio, score } from '../test/support/corpus.js';

type Case = ReturnType<typeof loadCorpus>[number];

export interface Figures {
  documents: number;
  postmortems: { right: number; total: number };
  language: { right: number; total: number };
  sections: { right: number; total: number; falseMissing: number; falsePresent: number };
  headings: { right: number; total: number };
  timeline: { expected: number; found: number; matched: number };
  actions: { expected: number; found: number; matched: number };
  done: { right: number; total: number };
  misses: string[];
}

export function measure(cases: Case[]): Figures {
  const f: Figures = {
    documents: cases.length,
    postmortems: { right: 0, total: 0 },
    language: { right: 0, total: 0 },
    sections: { right: 0, total: 0, falseMissing: 0, falsePresent: 0 },
    headings: { right: 0, total: 0 },
    timeline: { expected: 0, found: 0, matched: 0 },
    actions: { expected: 0, found: 0, matched: 0 },
    done: { right: 0, total: 0 },
    misses: [],
  };
  for (const c of cases) {
    const miss = (what: string) => f.misses.push(`${c.name}: ${what}`);
    f.postmortems.total++;
    if (c.model.isPostmortem === c.expected.isPostmortem) f.postmortems.right++;
    else miss(`isPostmortem expected ${c.expected.isPostmortem} (${c.model.reason})`);
    if (c.expected.language) {
      f.language.total++;
      if (c.model.language === c.expected.language) f.language.right++;
      else miss(`language expected ${c.expected.language}, got ${c.model.language}`);
    }
    for (const [kind, present] of Object.entries(c.expected.sections)) {
      f.sections.total++;
      const has = c.model.sections.some((s) => s.kind === kind || s.alsoKinds?.includes(kind as never));
      if (has === present) f.sections.right++;
      else if (present) {
        f.sections.falseMissing++;
        miss(`section ${kind} present but not found`);
      } else {
        f.sections.falsePresent++;
        miss(`section ${kind} absent but found`);
      }
    }
    const got = headingKinds(c);
    for (const h of c.expected.headings ?? []) {
      f.headings.total++;
      const seen = [...(got.get(h.line) ?? ['other'])].sort().join();
      if (seen === [...h.kinds].sort().join()) f.headings.right++;
      else miss(`heading ${h.line} '${h.text}' expected ${[...h.kinds].sort().join('+')}, read as ${seen}${got.has(h.line) ? '' : ' (not a section)'}`);
    }
    const tl = score(c.expected.timeline.map((e) => e.line), c.model.timeline.map((e) => e.line));
    f.timeline.expected += tl.expected;
    f.timeline.found += tl.found;
    f.timeline.matched += tl.matched;
    if (tl.missing.length) miss(`timeline entries missed at ${tl.missing.join(', ')}`);
    if (tl.extra.length) miss(`timeline entries extra at ${tl.extra.join(', ')}`);
    const ai = score(c.expected.actionItems.map((e) => e.line), c.model.actionItems.map((e) => e.line));
    f.actions.expected += ai.expected;
    f.actions.found += ai.found;
    f.actions.matched += ai.matched;
    if (ai.missing.length) miss(`action items missed at ${ai.missing.join(', ')}`);
    if (ai.extra.length) miss(`action items extra at ${ai.extra.join(', ')}`);
    for (const e of c.expected.actionItems) {
      const m = c.model.actionItems.find((x) => x.line === e.line);
      if (!m) continue;
      f.done.total++;
      if (m.done === e.done) f.done.right++;
      else miss(`action item ${e.line} done expected ${e.done}, got ${m.done}`);
    }
  }
  return f;
}

const pct = (a: number, b: number) => `${a}/${b} (${(100 * ratio(a, b)).toFixed(1)}%)`;

export function render(title: string, f: Figures): string {
  return [
    `${title}: ${f.documents} documents`,
    `  postmortem detection right  ${pct(f.postmortems.right, f.postmortems.total)}`,
    `  language right              ${pct(f.language.right, f.language.total)}`,
    `  section presence right      ${pct(f.sections.right, f.sections.total)}; false "missing" ${f.sections.falseMissing}, false "present" ${f.sections.falsePresent}`,
    `  heading kinds right         ${pct(f.headings.right, f.headings.total)}`,
    `  timeline recall             ${pct(f.timeline.matched, f.timeline.expected)}, precision ${pct(f.timeline.matched, f.timeline.found)}`,
    `  action-item recall          ${pct(f.actions.matched, f.actions.expected)}, precision ${pct(f.actions.matched, f.actions.found)}`,
    `  done state right            ${pct(f.done.right, f.done.total)} (of matched action items)`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('unseen-report.ts')) {
  const verbose = process.argv.includes('--verbose');
  const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const dirs = named.length ? named : ['unseen2', 'unseen'];
  const all: Case[] = [];
  for (const dir of dirs) {
    const cases = loadCorpus(dir);
    all.push(...cases);
    const f = measure(cases);
    console.log(render(dir, f));
    if (verbose) for (const m of f.misses) console.log(`    - ${m}`);
  }
  if (dirs.length > 1) console.log(render(dirs.join(' + '), measure(all)));
}
