// Extraction measured on a second set of real documents that were not used to tune the vocabulary
// when they were annotated (test/fixtures/unseen2, see its MANIFEST.tsv): twelve postmortems (seven
// Korean, five English) and two Korean look-alikes that are not postmortems (an incident-reproduction
// lab write-up and an architecture decision record). The floors sit at what the model reaches on them.
// scripts/unseen-report.ts prints the same figures, with every miss.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headingKinds, loadCorpus, ratio, score } from '../support/corpus.js';

const cases = loadCorpus('unseen2');

describe('extraction on a second set of unseen real documents', () => {
  it('loads the fourteen annotated documents: twelve postmortems, seven of them Korean, and two look-alikes', () => {
    assert.equal(cases.length, 14);
    assert.equal(cases.filter((c) => c.expected.isPostmortem).length, 12);
    assert.equal(cases.filter((c) => c.expected.isPostmortem && c.expected.language === 'ko').length, 7);
  });

  it('tells each postmortem from the documents that are not one, and reads its language', () => {
    for (const c of cases) {
      assert.equal(c.model.isPostmortem, c.expected.isPostmortem, c.name);
      assert.equal(c.model.language, c.expected.language, c.name);
    }
  });

  it('finds the sections present or absent as annotated (at least 68 of 70 judgements, none present reported missing)', () => {
    const wrong: string[] = [];
    const missing: string[] = [];
    let total = 0;
    for (const c of cases) {
      for (const [kind, present] of Object.entries(c.expected.sections)) {
        total++;
        const has = c.model.sections.some((s) => s.kind === kind || s.alsoKinds?.includes(kind as never));
        if (has !== present) wrong.push(`${c.name}: ${kind}`);
        if (present && !has) missing.push(`${c.name}: ${kind}`);
      }
    }
    assert.ok(total === 70 && wrong.length <= 2, wrong.join('\n'));
    assert.deepEqual(missing, []);
  });

  it('names the kinds of at least 90% of the headings as annotated', () => {
    let right = 0;
    let total = 0;
    for (const c of cases) {
      const got = headingKinds(c);
      for (const h of c.expected.headings ?? []) {
        total++;
        if ([...(got.get(h.line) ?? ['other'])].sort().join() === [...h.kinds].sort().join()) right++;
      }
    }
    assert.ok(total >= 180 && right / total >= 0.9, `${right}/${total}`);
  });

  it('extracts the timeline (recall ≥ 98%, precision 100%) and the action items (recall ≥ 93%, precision ≥ 89%) with their done state (≥ 97%)', () => {
    const sum = (pick: (c: (typeof cases)[number]) => { expected: number[]; found: number[] }) => {
      let expected = 0;
      let found = 0;
      let matched = 0;
      for (const c of cases) {
        const s = score(pick(c).expected, pick(c).found);
        expected += s.expected;
        found += s.found;
        matched += s.matched;
      }
      return { recall: ratio(matched, expected), precision: ratio(matched, found) };
    };
    const tl = sum((c) => ({ expected: c.expected.timeline.map((e) => e.line), found: c.model.timeline.map((e) => e.line) }));
    assert.ok(tl.recall >= 0.98 && tl.precision >= 1, JSON.stringify(tl));
    const ai = sum((c) => ({ expected: c.expected.actionItems.map((e) => e.line), found: c.model.actionItems.map((e) => e.line) }));
    assert.ok(ai.recall >= 0.93 && ai.precision >= 0.89, JSON.stringify(ai));
    let right = 0;
    let matched = 0;
    const wrong: string[] = [];
    for (const c of cases) {
      for (const e of c.expected.actionItems) {
        const m = c.model.actionItems.find((x) => x.line === e.line);
        if (!m) continue;
        matched++;
        if (m.done === e.done) right++;
        else wrong.push(`${c.name}:${e.line}`);
      }
    }
    assert.ok(matched >= 40 && right / matched >= 0.97, `${right}/${matched}\n${wrong.join('\n')}`);
  });
});
