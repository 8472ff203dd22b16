// Extraction measured on real documents that were not used to tune the vocabulary
// when they were annotated (test/fixtures/unseen, see its MANIFEST.tsv): four English,
// five Korean, one of them not a postmortem. The floors sit at what the model reaches on them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headingKinds, loadCorpus, ratio, score } from '../support/corpus.js';

const cases = loadCorpus('unseen');

describe('extraction on unseen real postmortems', () => {
  it('loads the nine annotated documents', () => assert.equal(cases.length, 9));

  it('tells each postmortem from the document that is not one, and reads its language', () => {
    for (const c of cases) {
      assert.equal(c.model.isPostmortem, c.expected.isPostmortem, c.name);
      assert.equal(c.model.language, c.expected.language, c.name);
    }
  });

  it('finds the sections present or absent as annotated (at least 42 of 45 judgements)', () => {
    const wrong: string[] = [];
    let total = 0;
    for (const c of cases) {
      for (const [kind, present] of Object.entries(c.expected.sections)) {
        total++;
        const has = c.model.sections.some((s) => s.kind === kind || s.alsoKinds?.includes(kind as never));
        if (has !== present) wrong.push(`${c.name}: ${kind}`);
      }
    }
    assert.ok(total === 45 && wrong.length <= 3, wrong.join('\n'));
  });

  it('names the kinds of at least 77% of the headings as annotated', () => {
    let right = 0;
    let total = 0;
    for (const c of cases) {
      const got = headingKinds(c);
      for (const h of c.expected.headings ?? []) {
        total++;
        if ([...(got.get(h.line) ?? ['other'])].sort().join() === [...h.kinds].sort().join()) right++;
      }
    }
    assert.ok(total >= 150 && right / total >= 0.77, `${right}/${total}`);
  });

  it('extracts the timeline (recall ≥ 90%, precision 100%) and the action items (recall ≥ 95%, precision ≥ 88%) with their done state', () => {
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
    assert.ok(tl.recall >= 0.9 && tl.precision >= 1, JSON.stringify(tl));
    const ai = sum((c) => ({ expected: c.expected.actionItems.map((e) => e.line), found: c.model.actionItems.map((e) => e.line) }));
    assert.ok(ai.recall >= 0.95 && ai.precision >= 0.88, JSON.stringify(ai));
    for (const c of cases) {
      for (const e of c.expected.actionItems) {
        const m = c.model.actionItems.find((x) => x.line === e.line);
        if (m) assert.equal(m.done, e.done, `${c.name}:${e.line}`);
      }
    }
  });
});
