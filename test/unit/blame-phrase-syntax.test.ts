// The phrase syntax of the term files: parsing, and matching over tokens.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compilePhrase, matchPhrase } from '../../src/core/blame/phrase-match.js';
import { parsePhrase, PhraseSyntaxError } from '../../src/core/blame/phrase-syntax.js';
import { builtinTerms } from '../../src/core/blame/term-set.js';
import { tokenize } from '../../src/core/blame/tokenize.js';

const { classes } = builtinTerms();

/** The matched texts (the reported part) of a pattern in a sentence. */
function matches(pattern: string, text: string): string[] {
  const tokens = tokenize(text);
  return matchPhrase(compilePhrase(pattern, classes), tokens, classes).map((m) =>
    text.slice(tokens[m.focusStart]!.start, tokens[m.focusEnd - 1]!.end),
  );
}

describe('phrase syntax: parsing', () => {
  it('parses words, alternatives, runs, optional and negated items, gaps and focus', () => {
    const nodes = parsePhrase("{did_not|didn't test*} ~2 !now @person?");
    assert.equal(nodes.length, 5);
    const [first, second, gap, negated, last] = nodes;
    assert.equal(first!.type, 'item');
    assert.deepEqual(first!.type === 'item' && first!.alternatives.map((a) => a.map((w) => w.value)), [['did', 'not'], ["didn't"]]);
    assert.ok(first!.type === 'item' && first!.focusStart && !first!.focusEnd);
    assert.ok(second!.type === 'item' && second!.focusEnd && second!.alternatives[0]![0]!.kind === 'prefix');
    assert.deepEqual(gap, { type: 'gap', max: 2 });
    assert.ok(negated!.type === 'item' && negated!.negated);
    assert.ok(last!.type === 'item' && last!.optional && last!.alternatives[0]![0]!.kind === 'class');
  });

  const bad: Array<[string, RegExp]> = [
    ['', /empty pattern/],
    ['a  b', /empty element/],
    ['~2 a', /cannot start or end with a gap/],
    ['a ~0 b', /~1 to ~9/],
    ['a ~12 b', /~1 to ~9/],
    ['a ~2 ~3 b', /two gaps/],
    ['a? b?', /could match nothing/],
    ['!a?', /cannot be optional/],
    ['!a_b', /single words only/],
    ['a||b', /empty alternative/],
    ['@Bad', /bad class name/],
    ['{a b', /unbalanced/],
    ['a} {b', /unbalanced/],
    ['**', /bad word/],
    [Array.from({ length: 17 }, () => 'a').join(' '), /more than 16/],
  ];
  for (const [pattern, reason] of bad) {
    it(`rejects ${JSON.stringify(pattern.slice(0, 20))}`, () => {
      assert.throws(() => parsePhrase(pattern), (e: unknown) => e instanceof PhraseSyntaxError && reason.test(e.message));
    });
  }

  it('rejects an unknown class when compiling', () => {
    assert.throws(() => compilePhrase('@no-such-class forgot', classes), /unknown word class @no-such-class/);
  });
});

describe('phrase syntax: matching', () => {
  it('matches whole words, case-insensitively', () => {
    assert.deepEqual(matches('human error', 'Human Error again'), ['Human Error']);
    assert.deepEqual(matches('human error', 'humane errors'), []);
  });

  it('matches prefixes, suffixes and infixes', () => {
    assert.deepEqual(matches('실수*', '담당자의 실수로 삭제'), ['실수로']);
    assert.deepEqual(matches('*더라면', '배포를 했더라면 좋았다'), ['했더라면']);
    assert.deepEqual(matches('*fing*', 'fat-fingered it'), ['fat-fingered']);
  });

  it('skips up to N words in a gap, but not across a clause break', () => {
    assert.deepEqual(matches('wrote ~3 wrong', 'Kim wrote the retry logic wrong'), ['wrote the retry logic wrong']);
    assert.deepEqual(matches('wrote ~2 wrong', 'Kim wrote the retry logic wrong'), []);
    assert.deepEqual(matches('wrote ~3 wrong', 'Kim wrote that it was wrong'), []);
    assert.deepEqual(matches('wrote ~3 wrong', 'Kim wrote, then wrong'), []);
  });

  it('a gap never skips a word the element before it would take', () => {
    assert.deepEqual(matches('{@ko-person ~3 실수로}', '김민지 님이 담당자의 실수로 삭제된 파일을 찾았다'), ['담당자의 실수로']);
  });

  it('takes the longest match at the leftmost start, and reports the focus', () => {
    assert.deepEqual(matches('the? intern', 'the intern'), ['the intern']);
    assert.deepEqual(matches('{human error} rate?', 'the human error rate'), ['human error']);
  });

  it('matches runs joined with _ and negated words', () => {
    assert.deepEqual(matches("did_not|didn't test", 'Kim did not test it'), ['did not test']);
    assert.deepEqual(matches('잘못 !*된', '잘못 설정된 값'), []);
    assert.deepEqual(matches('잘못 !*된', '잘못 설정한 값'), ['잘못 설정한']);
  });

  it('splits possessive \'s into its own word', () => {
    assert.deepEqual(matches("@person 's fault", "It was Kim's fault"), ["Kim's fault"]);
    assert.deepEqual(matches("@person 's fault", 'It was Kim’s fault'), ['Kim’s fault']);
  });

  it('is linear: a long text with many near-misses is fast', () => {
    const text = 'the the the the '.repeat(20000) + 'intern';
    const started = performance.now();
    assert.deepEqual(matches('the? the? the? @role', text), ['the the the intern']);
    assert.ok(performance.now() - started < 2000);
  });
});
