// Options of blame-language (and counterfactual-language): extraTerms and
// allowedTerms, their validation, and why user patterns cannot hang the linter.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findWording } from '../../src/core/blame/find-wording.js';
import { validateWordingOptions, type WordingOptions } from '../../src/core/blame/term-options.js';
import fc from 'fast-check';
import { compileUserRegex, MAX_MATCHES } from '../../src/core/blame/user-regex.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { resolveConfig } from '../../src/core/config/resolve.js';
import { lintText } from '../../src/core/lint/lint.js';
import { RULES } from '../../src/core/rules/index.js';

function blame(text: string, options: Partial<WordingOptions>, kind: 'blame' | 'counterfactual' = 'blame') {
  return findWording({ tree: parseMarkdown(text), text, options }, kind).map((f) => [f.termId, f.actual]);
}

function problems(raw: Record<string, unknown>): string[] {
  return validateWordingOptions(raw).problems;
}

describe('wording options: validation', () => {
  it('accepts plain phrases and safe regular expressions', () => {
    const result = validateWordingOptions({ extraTerms: ['rockstar', '/\\bninja(s)?\\b/i', '네 탓'], allowedTerms: ['human error'] });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.options, { extraTerms: ['rockstar', '/\\bninja(s)?\\b/i', '네 탓'], allowedTerms: ['human error'] });
  });

  it('fills in defaults', () => {
    assert.deepEqual(validateWordingOptions({}), { options: { extraTerms: [], allowedTerms: [] }, problems: [] });
  });

  it('reports an invalid regular expression with its index', () => {
    const [p] = problems({ extraTerms: ['ok', 'fine', '/(unclosed/'] });
    assert.match(p!, /^extraTerms\[2\]: invalid regular expression: .*Unterminated group/);
  });

  it('accepts nested quantifiers: matching is linear anyway', () => {
    assert.deepEqual(problems({ extraTerms: ['/(a+)+b/', '/(?:\\w*\\s)*x/'] }), []);
  });

  it('rejects backreferences and lookaround', () => {
    assert.match(problems({ extraTerms: ['/(a)\\1/'] })[0]!, /backreferences are not supported/);
    assert.match(problems({ extraTerms: ['/(?<n>a)\\k<n>/'] })[0]!, /backreferences are not supported/);
    assert.match(problems({ extraTerms: ['/(?<=a)b/'] })[0]!, /lookahead and lookbehind are not supported/);
    assert.match(problems({ extraTerms: ['/a(?!b)/'] })[0]!, /lookahead and lookbehind are not supported/);
  });

  it('rejects patterns that match empty text, huge counts and unknown flags', () => {
    assert.match(problems({ extraTerms: ['/a*/'] })[0]!, /matches empty text/);
    assert.match(problems({ extraTerms: ['/(a?)*/'] })[0]!, /matches empty text/);
    assert.match(problems({ extraTerms: ['/a{1001}/'] })[0]!, /repetition counts above 1000/);
    assert.match(problems({ extraTerms: ['/blame/g'] })[0]!, /unsupported regular expression flags "g"/);
  });

  it('reports wrong types and unknown options', () => {
    assert.deepEqual(problems({ extraTerms: 'rockstar' }), ['extraTerms must be a list of strings']);
    assert.deepEqual(problems({ allowedTerms: ['ok', 3, ' '] }), ['allowedTerms[1]: must be a non-empty string', 'allowedTerms[2]: must be a non-empty string']);
    assert.deepEqual(problems({ extraTerms: ['...'] }), ['extraTerms[0]: has no words']);
    assert.deepEqual(problems({ extraTerm: [] }), ['unknown option "extraTerm" (expected extraTerms, allowedTerms)']);
  });

  it('keeps the valid terms when some are invalid', () => {
    assert.deepEqual(validateWordingOptions({ extraTerms: ['/(a)\\1/', 'rockstar'] }).options.extraTerms, ['rockstar']);
  });
});

describe('wording options: extraTerms', () => {
  it('flags a plain phrase word by word, case-insensitively', () => {
    assert.deepEqual(blame('Our Rockstar Developer pushed on Friday.', { extraTerms: ['rockstar developer'] }), [['extraTerms[0]', 'Rockstar Developer']]);
    assert.deepEqual(blame('Our rockstars pushed on Friday.', { extraTerms: ['rockstar'] }), []);
  });

  it('lets a Korean word in a plain phrase take a particle', () => {
    assert.deepEqual(blame('이건 네 탓이다.', { extraTerms: ['네 탓'] }), [['extraTerms[0]', '네 탓이다']]);
  });

  it('flags regular-expression terms', () => {
    assert.deepEqual(blame('Two ninjas deployed.', { extraTerms: ['/\\bninjas?\\b/i'] }), [['extraTerms[0]', 'ninjas']]);
    assert.deepEqual(blame('사고뭉치 개발자', { extraTerms: ['/사고뭉치/u'] }), [['extraTerms[0]', '사고뭉치']]);
  });

  it('does not look inside code or quotations for user terms either', () => {
    assert.deepEqual(blame('Run `ninja` to build; "ninja" is a tool.', { extraTerms: ['/ninja/'] }), []);
  });

  it('uses the user-term message, in both languages', () => {
    const text = 'Our rockstar pushed on Friday.';
    const [f] = findWording({ tree: parseMarkdown(text), text, options: { extraTerms: ['rockstar'], allowedTerms: [] } }, 'blame');
    assert.match(f!.message.en, /^"rockstar" is on this project's list of blame terms/);
    assert.match(f!.message.ko, /^"rockstar" 표현은 이 프로젝트의 비난 표현 목록에 있습니다/);
  });

  it('adds counterfactual terms to counterfactual-language', () => {
    assert.deepEqual(blame('In hindsight, obviously wrong.', { extraTerms: ['in hindsight'] }, 'counterfactual'), [['extraTerms[0]', 'In hindsight']]);
  });
});

describe('wording options: allowedTerms', () => {
  /** What blame-language reports with these options, through the whole rule. */
  function flagged(text: string, options: Partial<WordingOptions>): string[] {
    const config = resolveConfig({ raw: { rules: { 'blame-language': ['warning', options] } }, source: 'test', rules: RULES }).config;
    return lintText(text, { force: true, config }).messages.filter((m) => m.ruleId === 'blame-language').map((m) => m.actual!);
  }

  it('suppresses built-in findings that contain an allowed term', () => {
    assert.deepEqual(flagged('The root cause was human error.', { allowedTerms: ['human error'] }), []);
    assert.deepEqual(flagged('Kim wrote bad code.', { allowedTerms: ['kim'] }), []);
    assert.deepEqual(flagged('김 대리님이 코드를 잘못 짰다.', { allowedTerms: ['대리님'] }), []);
  });

  it('suppresses findings overlapping a longer allowed phrase', () => {
    assert.deepEqual(flagged('We blamed the operator error budget.', { allowedTerms: ['operator error budget'] }), []);
  });

  it('suppresses user terms too, and leaves other findings alone', () => {
    assert.deepEqual(flagged('The rockstar intern broke prod.', { extraTerms: ['rockstar'], allowedTerms: ['rockstar'] }), ['The rockstar intern broke prod']);
  });

  it('matches allowed terms at word edges only', () => {
    assert.deepEqual(flagged('The root cause was human error.', { allowedTerms: ['man error'] }), ['human error']);
  });
});

describe('user regular expressions', () => {
  const spans = (source: string, flags: string, text: string) => compileUserRegex(source, flags).findAll(text);
  /** What JavaScript finds: successive non-empty matches, as many as the matcher keeps. */
  const js = (source: string, flags: string, text: string) =>
    [...text.matchAll(new RegExp(source, flags + 'g'))]
      .filter((m) => m[0].length > 0)
      .slice(0, MAX_MATCHES)
      .map((m) => ({ start: m.index!, end: m.index! + m[0].length }));

  it('find what JavaScript finds, leftmost and in priority order', () => {
    const cases: Array<[string, string, string]> = [
      ['blam(e|ed|ing)\\b', 'i', 'Blamed; blame, blaming, blamer'],
      ['^[A-Z][a-z]{2,3} \\p{Script=Hangul}+$', 'mu', 'Kim 김\nJohnny 김\nJoe 담당자'],
      ['a|ab', '', 'abab'],
      ['a+?', '', 'aaa'],
      ['\\s+', '', 'a\u00a0b\u3000c\ufeffd\u2028e'],
      ['.+', '', 'one\rtwo\u2028three\nfour'],
      ['.+', 's', 'one\rtwo\u2028three'],
      ['^\\w+$', 'm', 'one\rtwo\u2029three\r\nfour'],
      ['[^a-z]+', 'i', 'abcXYZ123ſK'],
      ['stop', 'i', 'STOP ſtop Stop'],
      ['k+', 'i', 'kK\u212ak'],
      ['\\W+', 'i', 'kſ\u212a!'],
      ['[\\u00e0-\\u00ff]+', 'i', 'ÀÉàé'],
      ['.', '', 'a😀b'],
      ['.', 'u', 'a😀b'],
      ['\\u{1F600}', 'u', 'a😀b'],
      ['\\ud83d\\ude00', 'u', 'a😀b'],
      ['[😀-😎]', 'u', 'x😃y'],
      ['\\p{Lu}+', 'u', 'abcDEF ÀÉ'],
      ['\\p{L}+', 'iu', 'Straße 김'],
      ['σ', 'iu', 'ΣσςS'],
      ['[\\d-z]+', '', '1-z-9'],
      ['a{2}|b{1,}|c{1,2}?', '', 'aaabbbcc'],
      ['(?<word>ninja)s?', '', 'ninjas ninja'],
      ['x*y|z', '', 'xxy z y'],
      ['\\x41\\u0042\\cJ\\0', '', 'AB\n\0'],
      ['[\\b]', '', 'a\bb'],
      ['\\bfault\\b', '', "fault faulty at-fault"],
      ['a{,2}', '', 'a{,2}'],
    ];
    for (const [source, flags, text] of cases) assert.deepEqual(spans(source, flags, text), js(source, flags, text), `/${source}/${flags} on ${JSON.stringify(text)}`);
  });

  it('find what JavaScript finds on random patterns and texts', () => {
    const piece = fc.constantFrom('a', 'b', 'k', 'S', 'ſ', '\u212a', 'é', '.', '\\w', '\\W', '\\s', '\\d', '[a-c]', '[^a]', '(a|bc)', '(?:k|s)', '\\bb', 'a*', 'b+', 'c?', '^', '$', ' ', '-');
    const source = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'k', 'K', 's', 'S', 'ſ', '\u212a', 'é', 'É', ' ', '\n', '\r', '\u2028', '😀', '1'), { maxLength: 20 }).map((p) => p.join(''));
    const flags = fc.constantFrom('', 'i', 'm', 's', 'u', 'iu', 'im', 'ms');
    fc.assert(
      fc.property(source, flags, text, (src, f, t) => {
        let compiled;
        try {
          compiled = compileUserRegex(src, f);
        } catch {
          return; // rejected with a reason: allowed
        }
        assert.deepEqual(compiled.findAll(t), js(src, f, t));
      }),
      { numRuns: 3000 },
    );
  });

  it('reject, with a reason, what RE2 cannot match as JavaScript does', () => {
    const reject = (source: string, flags: string, reason: RegExp) => assert.throws(() => compileUserRegex(source, flags), reason, `/${source}/${flags}`);
    reject('(a)\\1', '', /backreferences/);
    reject('(?<n>a)\\k<n>', '', /backreferences/);
    reject('a(?=b)', '', /lookahead and lookbehind/);
    reject('(?<!a)b', '', /lookahead and lookbehind/);
    reject('\\01', '', /legacy octal/);
    reject('[\\12]', '', /legacy octal/);
    reject('\\p{L}', '', /needs the u flag/);
    reject('\\bblame', 'iu', /\\b and \\B with both the i and u flags/);
    reject('\\w+', 'iu', /\\w and \\W with both the i and u flags/);
    reject('\\p{Alphabetic}', 'u', /Unicode property/);
    reject('\\p{Script_Extensions=Hangul}', 'u', /Unicode property/);
    reject('😀', '', /surrogate/);
    reject('a\\nb', 'm', /line terminator/);
  });

  it('many matches after which a longer alternative scans to the end stay bounded', () => {
    // "a|a+b" on a 12 KB line of "a" took 26 s with the previous matcher.
    const re = compileUserRegex('a|a+b', '');
    assert.equal(re.findAll('a'.repeat(12_000)).length, MAX_MATCHES);
    const worst = compileUserRegex('a+b|a', '');
    assert.equal(worst.findAll('a'.repeat(12_000)).length, MAX_MATCHES);
  });
});
