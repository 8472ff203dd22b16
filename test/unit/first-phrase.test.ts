import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FirstPhrase } from '../../src/core/wording/first-phrase.js';

/** The plain reading FirstPhrase must equal: each phrase in order, at its first occurrence. */
function naive(list: string[], text: string, within: number, accept: (s: string, at: number) => boolean): string | undefined {
  return list.find((s) => {
    const at = text.indexOf(s);
    return at >= 0 && at < within && accept(s, at);
  });
}

describe('FirstPhrase', () => {
  it('finds what trying every phrase with indexOf finds', () => {
    const chars = fc.constantFrom('가', '나', '다', ' ', 'a', 'b');
    const phrase = fc.string({ unit: chars, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 12 }), fc.string({ unit: chars, maxLength: 16 }), fc.nat(20), fc.nat(5), (list, text, within, limit) => {
        // An acceptance that depends on both the phrase and where it is, like the Korean stem check.
        const accept = (s: string, at: number) => at + s.length <= limit + at / 2 || s.includes(' ');
        assert.equal(new FirstPhrase(list).find(text, within, accept), naive(list, text, within, accept));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a phrase only where it first occurs', () => {
    // "가나" occurs at 0 and at 3; refused at its first occurrence, it is not looked for again.
    const found = new FirstPhrase(['가나', '다']).find('가나 가나다', 10, (s, at) => s !== '가나' || at > 0);
    assert.equal(found, '다');
  });
});
