// The wording rules on real labelled sentences (test/fixtures/wording): the
// dev to dev6 splits they were tuned on, and the test splits they never were. Each
// figure is held to a floor a little under what the rules reach today, so a
// change that makes them miss more blame, or flag more clean sentences, fails.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HELD_OUT, loadSentences, score, SPLITS, type LabelledSentence, type Split } from '../support/wording-eval.js';

interface Floors {
  blamePrecision: number;
  blameRecall: number;
  /** A ceiling: the share of clean sentences flagged as blame. */
  cleanFlagged: number;
  counterfactualRecall: number;
}

const FLOORS: Record<Split, Record<'en' | 'ko', Floors>> = {
  dev: {
    en: { blamePrecision: 0.98, blameRecall: 0.8, cleanFlagged: 0.01, counterfactualRecall: 0.89 },
    ko: { blamePrecision: 0.97, blameRecall: 0.88, cleanFlagged: 0.015, counterfactualRecall: 0.93 },
  },
  dev2: {
    en: { blamePrecision: 0.98, blameRecall: 0.8, cleanFlagged: 0.01, counterfactualRecall: 0.88 },
    ko: { blamePrecision: 0.95, blameRecall: 0.76, cleanFlagged: 0.03, counterfactualRecall: 0.85 },
  },
  dev3: {
    en: { blamePrecision: 0.96, blameRecall: 0.8, cleanFlagged: 0.01, counterfactualRecall: 0.84 },
    ko: { blamePrecision: 0.94, blameRecall: 0.7, cleanFlagged: 0.04, counterfactualRecall: 0.95 },
  },
  // A fourth wave; its Korean half relabels five sentences that call an incident 인재 as blame, as dev to dev3 do.
  dev4: {
    en: { blamePrecision: 0.92, blameRecall: 0.8, cleanFlagged: 0.04, counterfactualRecall: 0.8 },
    ko: { blamePrecision: 0.9, blameRecall: 0.88, cleanFlagged: 0.08, counterfactualRecall: 0.8 },
  },
  // A fifth wave, measured before any tuning at en P 78.6 / R 44.9, ko P 78.4 / R 51.9.
  dev5: {
    en: { blamePrecision: 0.86, blameRecall: 0.66, cleanFlagged: 0.05, counterfactualRecall: 0.45 },
    ko: { blamePrecision: 0.9, blameRecall: 0.76, cleanFlagged: 0.06, counterfactualRecall: 0.42 },
  },
  // A sixth wave from postmortems, incident reports and outage threads, measured before any tuning at
  // en P 86.2 / R 58.1, ko P 78.6 / R 40.7; Korean has no counterfactuals, so that figure has no floor.
  dev6: {
    en: { blamePrecision: 0.84, blameRecall: 0.56, cleanFlagged: 0.115, counterfactualRecall: 0.88 },
    ko: { blamePrecision: 0.76, blameRecall: 0.38, cleanFlagged: 0.05, counterfactualRecall: 0 },
  },
  test: {
    en: { blamePrecision: 0.8, blameRecall: 0.54, cleanFlagged: 0.055, counterfactualRecall: 0.67 },
    ko: { blamePrecision: 0.77, blameRecall: 0.52, cleanFlagged: 0.05, counterfactualRecall: 0.65 },
  },
  // Collected after every other split; Korean has only five counterfactuals, so that figure has no floor.
  test2: {
    en: { blamePrecision: 0.95, blameRecall: 0.57, cleanFlagged: 0.03, counterfactualRecall: 0.85 },
    ko: { blamePrecision: 0.8, blameRecall: 0.43, cleanFlagged: 0.12, counterfactualRecall: 0 },
  },
  // The held-out half of the fourth wave; Korean has two counterfactuals, so that figure has no floor.
  test3: {
    en: { blamePrecision: 0.88, blameRecall: 0.65, cleanFlagged: 0.07, counterfactualRecall: 0.5 },
    ko: { blamePrecision: 0.77, blameRecall: 0.63, cleanFlagged: 0.1, counterfactualRecall: 0 },
  },
  // The held-out half of the fifth wave; Korean has three counterfactuals, so that figure has no floor.
  test4: {
    en: { blamePrecision: 0.79, blameRecall: 0.47, cleanFlagged: 0.085, counterfactualRecall: 0.55 },
    ko: { blamePrecision: 0.63, blameRecall: 0.53, cleanFlagged: 0.2, counterfactualRecall: 0 },
  },
  // The held-out half of the sixth wave (postmortems and outage threads), first measured at en P 91.9 / R 44.7,
  // ko P 85.7 / R 35.3; Korean has one counterfactual, so that figure has no floor.
  test5: {
    en: { blamePrecision: 0.89, blameRecall: 0.42, cleanFlagged: 0.075, counterfactualRecall: 0.73 },
    ko: { blamePrecision: 0.83, blameRecall: 0.33, cleanFlagged: 0.03, counterfactualRecall: 0 },
  },
};

/** dev2 and dev3 are small fresh sets, drawn after dev and test from sources neither quotes. */
const MIN_SIZE: Record<Split, number> = { dev: 1000, dev2: 250, dev3: 290, dev4: 200, dev5: 330, test: 300, test2: 260, test3: 170, test4: 280, dev6: 300, test5: 235 };
/** The fifth wave is 44% Korean; split by source, its held-out half came out 32% Korean. */
const MIN_KOREAN: Partial<Record<Split, number>> = { test4: 0.3 };

describe('wording rules on labelled real sentences', () => {
  it('no sentence the rules were tuned on is also in a held-out split', () => {
    for (const held of HELD_OUT) {
      const test = new Set(loadSentences(held).map((s) => s.text.trim()));
      for (const split of SPLITS.filter((x) => x !== held)) {
        const shared = loadSentences(split).filter((s) => test.has(s.text.trim())).map((s) => s.id);
        assert.deepEqual(shared, [], `${split} repeats ${held} sentences`);
      }
    }
  });

  for (const split of SPLITS) {
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
      assert.ok(korean / sentences.length >= (MIN_KOREAN[split] ?? 0.4), `Korean share ${korean}/${sentences.length}`);
      assert.ok(sentences.length >= MIN_SIZE[split]);
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
