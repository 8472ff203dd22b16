// The wording rules on real labelled sentences (test/fixtures/wording): the
// dev split they were tuned on, and the test split they never were. Each
// figure is held to a floor a little under what the rules reach today, so a
// change that makes them miss more blame, or flag more clean sentences, fails.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSentences, score, type LabelledSentence } from '../support/wording-eval.js';

interface Floors {
  blamePrecision: number;
  blameRecall: number;
  /** A ceiling: the share of clean sentences flagged as blame. */
  cleanFlagged: number;
  counterfactualRecall: number;
}

const FLOORS: Record<'dev' | 'test', Record<'en' | 'ko', Floors>> = {
  dev: {
    en: { blamePrecision: 0.97, blameRecall: 0.77, cleanFlagged: 0.015, counterfactualRecall: 0.89 },
    ko: { blamePrecision: 0.97, blameRecall: 0.865, cleanFlagged: 0.02, counterfactualRecall: 0.93 },
  },
  test: {
    en: { blamePrecision: 0.8, blameRecall: 0.51, cleanFlagged: 0.055, counterfactualRecall: 0.67 },
    ko: { blamePrecision: 0.78, blameRecall: 0.53, cleanFlagged: 0.05, counterfactualRecall: 0.65 },
  },
};

describe('wording rules on labelled real sentences', () => {
  for (const split of ['dev', 'test'] as const) {
    const sentences = loadSentences(split);
    it(`${split}: the data set is well-formed, sourced and large enough`, () => {
      const ids = new Set<string>();
      for (const s of sentences) {
        assert.ok(!ids.has(s.id), `duplicate id ${s.id}`);
        ids.add(s.id);
        assert.ok(['blame', 'counterfactual', 'clean'].includes(s.label), s.id);
        assert.ok(s.source.length > 8 && s.text.length >= 8, s.id);
        assert.equal(s.split, split);
      }
      const korean = sentences.filter((s: LabelledSentence) => s.lang === 'ko').length;
      assert.ok(korean / sentences.length >= 0.4, `Korean share ${korean}/${sentences.length}`);
      assert.ok(sentences.length >= (split === 'test' ? 300 : 1000));
    });
    for (const lang of ['en', 'ko'] as const) {
      it(`${split} ${lang}: precision, recall and false alarms stay at their floors`, () => {
        const s = score(sentences.filter((x) => x.lang === lang));
        const floor = FLOORS[split][lang];
        assert.ok(s.blame.precision >= floor.blamePrecision, `blame precision ${s.blame.precision.toFixed(3)}`);
        assert.ok(s.blame.recall >= floor.blameRecall, `blame recall ${s.blame.recall.toFixed(3)}`);
        assert.ok(s.cleanFlagged <= floor.cleanFlagged, `clean flagged ${s.cleanFlagged.toFixed(3)}`);
        assert.ok(s.counterfactualRecall >= floor.counterfactualRecall, `counterfactual recall ${s.counterfactualRecall.toFixed(3)}`);
      });
    }
  }
});
