// How well related incidents and repeated fixes are found, on labelled pairs
// of real postmortems (test/data/related: dfds, Chia Network, PostHog,
// mybinder.org). The settings were chosen on the dev queries only; the floors
// below sit a little under what the test queries measured.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { modelOf } from '../../src/core/lint/lint.js';
import { RelatedIndex } from '../../src/core/related/index.js';
import { buildCorpusIndex, koreanCorpusDir, readLabels, RELATED_DIR, score, scorePerOrganisation, scoreRepeats } from '../support/related-eval.js';

const labels = readLabels();
const { index, docs } = buildCorpusIndex();
const report = (name: string, s: { queries: number; precisionAt3: number; strictPrecisionAt3: number; recallAt5: number }) =>
  console.log(`${name}: ${s.queries} queries, P@3 ${s.precisionAt3.toFixed(3)} (strict ${s.strictPrecisionAt3.toFixed(3)}), R@5 ${s.recallAt5.toFixed(3)}`);

describe('related incidents on real postmortems', () => {
  it('the labels name documents of the set, earlier than or as old as their query, split before tuning', () => {
    for (const l of labels) {
      assert.ok(docs.has(l.query) && docs.has(l.related), `${l.query} -> ${l.related}`);
      assert.ok(docs.get(l.related)!.date! <= docs.get(l.query)!.date!, `${l.related} is later than ${l.query}`);
      assert.ok(l.reason.length > 5);
    }
    const queries = new Set(labels.map((l) => l.query));
    const splits = new Map(labels.map((l) => [l.query, l.split]));
    assert.ok(labels.every((l) => splits.get(l.query) === l.split), 'one split per query');
    assert.ok(queries.size >= 40);
  });

  it('every document keeps its source, commit and license', () => {
    const [, ...rows] = readFileSync(join(RELATED_DIR, 'manifest.tsv'), 'utf8').trim().split('\n');
    for (const row of rows) {
      const [id, , repo, path, commit, license] = row.split('\t');
      assert.match(commit!, /^[0-9a-f]{40}$/, id);
      assert.ok(repo && path, id);
      assert.match(license!, /^(MIT|Apache-2\.0|BSD-3-Clause)$/, id);
    }
  });

  it('test queries, all organisations in one index: P@3 and R@5 above their floors', () => {
    const s = score(index, docs, labels, 'test');
    report('test, one index', s);
    assert.ok(s.precisionAt3 >= 0.75, String(s.precisionAt3));
    assert.ok(s.recallAt5 >= 0.83, String(s.recallAt5));
  });

  it('test queries, one index per organisation (a workspace each): P@3 and R@5 above their floors', () => {
    const s = scorePerOrganisation(labels, 'test');
    report('test, per organisation', s);
    assert.ok(s.precisionAt3 >= 0.78, String(s.precisionAt3));
    assert.ok(s.recallAt5 >= 0.8, String(s.recallAt5));
  });

  it('dev queries (tuned on): above their floors too', () => {
    const s = score(index, docs, labels, 'dev');
    report('dev, one index', s);
    assert.ok(s.precisionAt3 >= 0.68 && s.recallAt5 >= 0.78, JSON.stringify(s));
  });
});

describe('repeated fixes on real postmortems', () => {
  it('dev: every match is a labelled repeat, and most repeats are found', () => {
    const s = scoreRepeats(docs, 'dev');
    console.log(`repeats, dev: ${s.correct} right of ${s.predicted} marked; ${s.labelled} labelled`);
    assert.equal(s.correct, s.predicted, s.wrong.join('\n'));
    assert.ok(s.correct >= 5, String(s.correct));
  });

  it('test: few marks (a noisy hint is worse than none)', () => {
    const s = scoreRepeats(docs, 'test');
    console.log(`repeats, test: ${s.correct} labelled right of ${s.predicted} marked; ${s.labelled} labelled; others: ${s.wrong.join(' | ')}`);
    assert.ok(s.predicted <= 3, s.wrong.join('\n'));
  });
});

describe('Korean: character bigrams against whole words', () => {
  const dir = koreanCorpusDir();
  it('ranks the labelled earlier document (2 pairs only; texts outside the repository)', { skip: dir ? false : 'the Korean documents are not on this machine' }, () => {
    const pairs = readFileSync(join(RELATED_DIR, 'korean.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.split('\t') as [string, string, string]);
    const files = [...new Set(pairs.flatMap(([q, r]) => [q, r]))];
    const ranks: Record<string, number[]> = {};
    for (const korean of ['bigram', 'whitespace'] as const) {
      const ko = new RelatedIndex({ korean });
      for (const f of files) {
        const text = readFileSync(join(dir!, f), 'utf8');
        ko.addModel({ uri: f, text, model: modelOf(text, { path: f }), date: /\d{4}-\d{2}-\d{2}/.exec(f)![0] });
      }
      ranks[korean] = pairs.map(([q, r]) => ko.related(ko.get(q)!, { limit: 5 }).findIndex((x) => x.uri === r) + 1);
    }
    console.log(`Korean ranks of the related document (0: not listed): bigram ${ranks.bigram!.join(', ')}; whitespace ${ranks.whitespace!.join(', ')}`);
    assert.ok(ranks.bigram!.every((r) => r === 1), ranks.bigram!.join());
  });
});
