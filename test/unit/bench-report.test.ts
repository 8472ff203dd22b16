import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain ES module of the benchmark script, without types
import { growth, ratios, targets } from '../../scripts/bench/report.mjs';

const row = (ms: Record<string, number>) => ({ medianMs: ms, ratios: ratios(ms) });

describe('benchmark report', () => {
  it('holds full analysis to 1.3 × remark-parse alone and to markdownlint', () => {
    const large = row({ remarkParse: 1000, parse: 1200, full: 1400, markdownlint: 1500, remarkLint: 1600 });
    const small = row({ remarkParse: 100, parse: 120, full: 140, markdownlint: 150, remarkLint: 160 });
    const checks = targets(large, growth(small, large, Object.keys(large.medianMs)), 10);
    assert.deepEqual(
      Object.fromEntries(Object.entries(checks).map(([k, v]) => [k, (v as { met: boolean }).met])),
      { fullAtMost1_3xRemarkParse: false, fullAtMost1_3xOurParse: true, fullAtMostMarkdownlint: true, fullGrowsLinearly: true },
    );
    assert.equal(checks.fullAtMost1_3xRemarkParse.value, 1.4);
  });

  it('holds the wording analysis to 15% of the full analysis when it is timed', () => {
    const small = row({ remarkParse: 100, parse: 120, full: 140, markdownlint: 150, remarkLint: 160, wording: 20 });
    const ok = row({ remarkParse: 1000, parse: 1200, full: 1400, markdownlint: 1500, remarkLint: 1600, wording: 200 });
    const slow = row({ remarkParse: 1000, parse: 1200, full: 1400, markdownlint: 1500, remarkLint: 1600, wording: 300 });
    const ids = Object.keys(ok.medianMs);
    assert.deepEqual(targets(ok, growth(small, ok, ids), 10).wordingAtMost15PercentOfFull, { value: 0.14, met: true });
    assert.deepEqual(targets(slow, growth(small, slow, ids), 10).wordingAtMost15PercentOfFull, { value: 0.21, met: false });
  });

  it('calls growth faster than the text not linear', () => {
    const small = row({ remarkParse: 100, parse: 100, full: 100, markdownlint: 100, remarkLint: 100 });
    const large = row({ remarkParse: 1000, parse: 1000, full: 5000, markdownlint: 1000, remarkLint: 1000 });
    assert.equal(targets(large, growth(small, large, Object.keys(large.medianMs)), 10).fullGrowsLinearly.met, false);
  });
});
