// Extraction measured on real documents that were not used to tune the vocabulary
// when they were annotated (test/fixtures/unseen, see its MANIFEST.tsv): four English,
// five Korean, one of them not a postmortem. The floors sit at what the model reaches on them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCorpus, ratio } from '../support/corpus.js';
import { measure } from '../support/extraction-figures.js';

const cases = loadCorpus('unseen');
const f = measure(cases);
const misses = (what: RegExp) => f.misses.filter((m) => what.test(m)).join('\n');

describe('extraction on unseen real postmortems', () => {
  it('loads the nine annotated documents', () => assert.equal(cases.length, 9));

  it('tells each postmortem from the document that is not one, and reads its language', () => {
    assert.equal(f.postmortems.right, f.postmortems.total, misses(/isPostmortem/));
    assert.equal(f.language.right, 9, misses(/language/));
  });

  it('finds the sections present or absent as annotated (at least 42 of 45 judgements)', () => {
    assert.ok(f.sections.total === 45 && f.sections.right >= 42, misses(/section /));
  });

  it('names the kinds of at least 77% of the headings as annotated', () => {
    assert.ok(f.headings.total >= 150 && ratio(f.headings.right, f.headings.total) >= 0.77, `${f.headings.right}/${f.headings.total}`);
  });

  it('extracts the timeline (recall ≥ 90%, precision 100%) and the action items (recall ≥ 95%, precision ≥ 88%) with their done state', () => {
    const { timeline: tl, actions: ai } = f;
    assert.ok(ratio(tl.matched, tl.expected) >= 0.9 && tl.matched === tl.found, misses(/timeline/));
    assert.ok(ratio(ai.matched, ai.expected) >= 0.95 && ratio(ai.matched, ai.found) >= 0.88, misses(/action items/));
    assert.equal(f.done.right, f.done.total, misses(/done expected/));
  });
});
