// Options of blame-language (and counterfactual-language): extraTerms and
// allowedTerms, their validation, and why user patterns cannot hang the linter.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findWording } from '../../src/core/blame/find-wording.js';
import { validateWordingOptions, type WordingOptions } from '../../src/core/blame/term-options.js';
import { parseUserRegex } from '../../src/core/blame/user-regex-parse.js';
import { LinearRegex } from '../../src/core/blame/user-regex-run.js';
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

  it('rejects nested quantifiers', () => {
    assert.match(problems({ extraTerms: ['/(a+)+b/'] })[0]!, /^extraTerms\[0\]: regular expression not allowed: nested quantifiers/);
    assert.match(problems({ extraTerms: ['/(?:\\w*\\s)*x/'] })[0]!, /nested quantifiers/);
  });

  it('rejects backreferences and lookaround', () => {
    assert.match(problems({ extraTerms: ['/(a)\\1/'] })[0]!, /backreferences are not supported/);
    assert.match(problems({ extraTerms: ['/(?<n>a)\\k<n>/'] })[0]!, /backreferences are not supported/);
    assert.match(problems({ extraTerms: ['/(?<=a)b/'] })[0]!, /lookahead and lookbehind are not supported/);
    assert.match(problems({ extraTerms: ['/a(?!b)/'] })[0]!, /lookahead and lookbehind are not supported/);
  });

  it('rejects patterns that match empty text, huge counts and unknown flags', () => {
    assert.match(problems({ extraTerms: ['/a*/'] })[0]!, /matches empty text/);
    assert.match(problems({ extraTerms: ['/(a?)*/'] })[0]!, /nested quantifiers/);
    assert.match(problems({ extraTerms: ['/a{1000}/'] })[0]!, /repetition counts above 100/);
    assert.match(problems({ extraTerms: ['/blame/g'] })[0]!, /unsupported regular expression flags "g"/);
  });

  it('reports wrong types and unknown options', () => {
    assert.deepEqual(problems({ extraTerms: 'rockstar' }), ['extraTerms must be a list of strings']);
    assert.deepEqual(problems({ allowedTerms: ['ok', 3, ' '] }), ['allowedTerms[1]: must be a non-empty string', 'allowedTerms[2]: must be a non-empty string']);
    assert.deepEqual(problems({ extraTerms: ['...'] }), ['extraTerms[0]: has no words']);
    assert.deepEqual(problems({ extraTerm: [] }), ['unknown option "extraTerm" (expected extraTerms, allowedTerms)']);
  });

  it('keeps the valid terms when some are invalid', () => {
    assert.deepEqual(validateWordingOptions({ extraTerms: ['/(a+)+/', 'rockstar'] }).options.extraTerms, ['rockstar']);
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

describe('user regular expressions run in linear time', () => {
  const time = (source: string, text: string): { ms: number; found: number } => {
    const re = new LinearRegex(parseUserRegex(source, ''), '');
    const started = performance.now();
    const found = re.findAll(text).length;
    return { ms: performance.now() - started, found };
  };

  it('an ambiguous alternation under a star does not blow up', () => {
    const { ms, found } = time('(a|aa)*b', 'a'.repeat(20000) + 'c');
    assert.equal(found, 0);
    assert.ok(ms < 3000, `took ${ms} ms`);
  });

  it('many overlapping quantifiers do not blow up', () => {
    const { ms, found } = time('\\w*\\w*\\w*\\w*\\w*x', 'a'.repeat(5000) + '!');
    assert.equal(found, 0);
    assert.ok(ms < 3000, `took ${ms} ms`);
  });

  it('finds leftmost-longest matches like a search would', () => {
    const re = new LinearRegex(parseUserRegex('blam(e|ed|ing)\\b', 'i'), 'i');
    assert.deepEqual(re.findAll('Blamed; blame, blaming, blamer'), [
      { start: 0, end: 6 },
      { start: 8, end: 13 },
      { start: 15, end: 22 },
    ]);
  });

  it('supports classes, anchors, counts and unicode properties', () => {
    const re = new LinearRegex(parseUserRegex('^[A-Z][a-z]{2,3} \\p{Script=Hangul}+$', 'mu'), 'mu');
    assert.deepEqual(re.findAll('Kim 김\nJohnny 김\nJoe 담당자'), [
      { start: 0, end: 5 },
      { start: 15, end: 22 },
    ]);
  });
});
