// Extraction measured on a second set of real documents that were not used to tune the vocabulary
// when they were annotated (test/fixtures/unseen2, see its MANIFEST.tsv): twelve postmortems (seven
// Korean, five English) and two Korean look-alikes that are not postmortems (an incident-reproduction
// lab write-up and an architecture decision record). The floors sit at what the model reaches on them.
// scripts/unseen-report.ts prints the same figures, with every miss.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCorpus, ratio } from '../support/corpus.js';
import { measure } from '../support/extraction-figures.js';

const cases = loadCorpus('unseen2');
const f = measure(cases);
const misses = (what: RegExp) => f.misses.filter((m) => what.test(m)).join('\n');

describe('extraction on a second set of unseen real documents', () => {
  it('loads the fourteen annotated documents: twelve postmortems, seven of them Korean, and two look-alikes', () => {
    assert.equal(cases.length, 14);
    assert.equal(cases.filter((c) => c.expected.isPostmortem).length, 12);
    assert.equal(cases.filter((c) => c.expected.isPostmortem && c.expected.language === 'ko').length, 7);
  });

  it('tells each postmortem from the documents that are not one, and reads its language', () => {
    assert.equal(f.postmortems.right, 14, misses(/isPostmortem/));
    assert.equal(f.language.right, 14, misses(/language/));
  });

  it('finds the sections present or absent as annotated (at least 68 of 70 judgements, none present reported missing)', () => {
    assert.ok(f.sections.total === 70 && f.sections.right >= 68, misses(/section /));
    assert.equal(f.sections.falseMissing, 0, misses(/present but not found/));
  });

  it('names the kinds of at least 90% of the headings as annotated', () => {
    assert.ok(f.headings.total >= 180 && ratio(f.headings.right, f.headings.total) >= 0.9, `${f.headings.right}/${f.headings.total}`);
  });

  it('extracts the timeline (recall ≥ 98%, precision 100%) and the action items (recall ≥ 93%, precision ≥ 89%) with their done state (≥ 97%)', () => {
    const { timeline: tl, actions: ai } = f;
    assert.ok(ratio(tl.matched, tl.expected) >= 0.98 && tl.matched === tl.found, misses(/timeline/));
    assert.ok(ratio(ai.matched, ai.expected) >= 0.93 && ratio(ai.matched, ai.found) >= 0.89, misses(/action items/));
    assert.ok(f.done.total >= 40 && ratio(f.done.right, f.done.total) >= 0.97, misses(/done expected/));
  });
});
