import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BoundedMemo, PerObjectMemo } from '../../src/core/bounded-memo.js';

describe('BoundedMemo', () => {
  it('computes a key once and answers it again from memory', () => {
    const memo = new BoundedMemo<string, number>(10);
    let computed = 0;
    const length = (s: string) => (computed++, s.length);
    assert.equal(memo.get('abc', length), 3);
    assert.equal(memo.get('abc', length), 3);
    assert.equal(computed, 1);
  });

  it('never holds more than its bound: full, it starts again', () => {
    const memo = new BoundedMemo<number, number>(3);
    for (let i = 0; i < 100; i++) {
      memo.get(i, (k) => k * 2);
      assert.ok(memo.size <= 3, `${memo.size} kept`);
    }
    let computed = 0;
    // 99 was the last kept; 0 went long ago.
    assert.equal(memo.get(99, () => (computed++, -1)), 198);
    assert.equal(memo.get(0, () => (computed++, 0)), 0);
    assert.equal(computed, 1);
  });
});

describe('BoundedMemo by weight', () => {
  it('keeps long texts as keys up to a total length: past it, it starts again, and a text longer than the bound is never kept', () => {
    const memo = new BoundedMemo<string, number>(1_000, (s) => s.length, 10);
    let computed = 0;
    const length = (s: string) => (computed++, s.length);
    memo.get('aaaa', length);
    memo.get('bbbb', length);
    assert.equal(memo.size, 2);
    // 4 + 4 + 4 > 10: the third empties the memo first.
    memo.get('cccc', length);
    assert.equal(memo.size, 1);
    memo.get('aaaa', length);
    assert.equal(computed, 4, 'aaaa went with the rest');
    assert.equal(memo.get('x'.repeat(11), length), 11);
    assert.equal(memo.get('x'.repeat(11), length), 11);
    assert.equal(computed, 6, 'too long to keep: computed each time');
    assert.equal(memo.size, 2, 'and what was kept stays');
  });
});

describe('PerObjectMemo', () => {
  it('computes once per object, objects with equal contents apart, and keeps an undefined answer too', () => {
    const memo = new PerObjectMemo<{ n: number }, number | undefined>();
    const a = { n: 1 };
    const b = { n: 1 };
    let computed = 0;
    const double = (o: { n: number }) => (computed++, o.n * 2);
    assert.equal(memo.get(a, double), 2);
    assert.equal(memo.get(a, double), 2);
    assert.equal(memo.get(b, double), 2);
    assert.equal(computed, 2);
    const nothing = () => (computed++, undefined);
    const c = { n: 3 };
    assert.equal(memo.get(c, nothing), undefined);
    assert.equal(memo.get(c, nothing), undefined);
    assert.equal(computed, 3);
  });
});
