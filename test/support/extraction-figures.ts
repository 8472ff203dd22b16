// The extraction figures of an annotated set, as the unseen extraction tests check them and
// scripts/unseen-report.ts prints them: postmortem detection, language, section presence (and false
// "missing"), heading kinds, timeline and action-item recall/precision, done state, and every miss.
import { headingKinds, ratio, score, type CorpusCase } from './corpus.js';

type Case = CorpusCase;

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
    const tally = (into: Figures['timeline'], what: string, expected: number[], found: number[]) => {
      const r = score(expected, found);
      into.expected += r.expected;
      into.found += r.found;
      into.matched += r.matched;
      if (r.missing.length) miss(`${what} missed at ${r.missing.join(', ')}`);
      if (r.extra.length) miss(`${what} extra at ${r.extra.join(', ')}`);
    };
    tally(f.timeline, 'timeline entries', c.expected.timeline.map((e) => e.line), c.model.timeline.map((e) => e.line));
    tally(f.actions, 'action items', c.expected.actionItems.map((e) => e.line), c.model.actionItems.map((e) => e.line));
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
