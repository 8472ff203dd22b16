import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FAMILIES } from '../complexity/families/index.js';
import { FACTOR, LIMIT, measure } from '../complexity/measure.js';

/**
 * Every input family at its short size n and at FACTOR times n, through the
 * full analysis: the time must not grow more than LIMIT times (linear work
 * grows FACTOR times). `npm run fuzz` runs the same families about ten times larger and
 * prints the ratios (test/complexity/run.ts).
 */
describe('time complexity', () => {
  it('covers at least 20 input families', () => {
    assert.ok(FAMILIES.length >= 20, `${FAMILIES.length} families`);
  });

  for (const family of FAMILIES) {
    it(`${family.name}: time at ${FACTOR}n under ${LIMIT} times the time at n`, () => {
      const m = measure(family, family.short);
      assert.ok(m.ratio < LIMIT, `n = ${m.n}: ${m.ms.toFixed(1)} ms, ${FACTOR}n: ${m.ms2.toFixed(1)} ms, ratio ${m.ratio.toFixed(2)}`);
    });
  }
});
