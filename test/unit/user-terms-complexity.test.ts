// User terms on a long run-on sentence take time linear in its length: the
// sentence is not rescanned for each hit. In a file of its own, so the heap
// left by other tests does not weigh on the timing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findWording } from '../../src/core/blame/find-wording.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { msToRun } from '../support/timing.js';

describe('user terms on a long run-on sentence', () => {
  it('take time linear in its length (the whole sentence is not rescanned per hit)', () => {
    const time = (n: number): number => {
      const text = '# Outage\n\n' + 'the cowboy deployed again and '.repeat(n) + 'stopped.\n';
      const tree = parseMarkdown(text);
      return Math.min(...[0, 1, 2, 3, 4, 5, 6].map(() => msToRun(() => findWording({ tree: { ...tree }, text, options: { extraTerms: ['cowboy'], allowedTerms: [] } }, 'blame'))));
    };
    time(2000);
    const ratio = time(16000) / time(8000);
    assert.ok(ratio < 2.5, `time ratio for twice the sentence: ${ratio.toFixed(2)}`);
  });
});
