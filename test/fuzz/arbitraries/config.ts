/**
 * Config file text, valid and broken: known keys with right and wrong types,
 * unknown keys, blame terms that are phrases or regular expressions
 * (catastrophic ones included), written as JSON or YAML and then damaged.
 */
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { CONFIG_FILE_NAMES } from '../../../src/core/config/file.js';
import { RULES } from '../../../src/core/rules/index.js';

/** Patterns that backtrack exponentially or polynomially in a backtracking engine, and other troublemakers. */
export const NASTY_REGEXES = [
  '(a+)+$', '(.*a){20}', '(a|a)*$', '(a|aa)+$', '^(a+)+$', '(\\w+\\s?)*$', '([a-zA-Z]+)*$', '(.*){1,32000}[bc]',
  '(a*)*b', '(?:a+)+b', '(a+){100}', 'a{0,100000}', '(a{1,100}){1,100}', '((a{1,10}){1,10}){1,10}', '(.*,){30}x',
  '\\1(a)', '(a)\\1', '(?=a)a', '(?<=a)b', '(?<n>a)\\k<n>', '[', '(', ')', 'a**', '\\', 'x{2,1}', '[z-a]',
  '\\p{L}+', '\\p{Script=Hangul}+', '\\u{1F6A8}', '[^]', '.*', '', '^$', '\\b', '$^', 'a|', '|', '()', '(?:)',
  '[\\s\\S]*', '\\S+\\s+\\S+$', '[가-힣]+(이|가)', 'forgot', '실수', '🚨+',
];

const atom = fc.constantFrom('a', '.', '\\w', '\\s', '\\d', '[a-z]', '[^a]', '가', '🚨', '\\b', '^', '$', '\\.', '(?:a|b)', '\\u0061', '\\x41');
const quantifier = fc.constantFrom('', '', '*', '+', '?', '{2}', '{0,3}', '{1,}', '{101}', '*?', '+?', '{2,1}');

/** Random regex sources from a small grammar: groups, alternation and (nested) quantifiers. */
const regexSource: fc.Arbitrary<string> = fc.letrec<{ re: string; piece: string }>((tie) => ({
  re: fc.array(tie('piece'), { minLength: 1, maxLength: 4 }).chain((ps) => fc.constantFrom(ps.join(''), ps.join('|'))),
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(atom, quantifier).map(([a, q]) => a + q),
    fc.tuple(tie('re'), quantifier, fc.constantFrom('(', '(?:')).map(([r, q, open]) => open + r + ')' + q),
  ),
})).re;

const flags = fc.constantFrom('', 'i', 'u', 'iu', 'ims', 'g', 'v', 'y', 'x', 'ii');

export const blameTerm = fc.oneof(
  fc.tuple(fc.oneof(fc.constantFrom(...NASTY_REGEXES), regexSource), flags).map(([src, f]) => `/${src}/${f}`),
  fc.constantFrom('forgot', 'human error', '실수', '네 탓', '@person forgot', 'a|b', 'did_not', '{blame}', '~3', '!x', 'a?', '', ' ', '/', '//', '/a', 'aaaa'),
  fc.string({ maxLength: 12 }),
);

const RULE_IDS = RULES.map((r) => r.id);
const severity = fc.constantFrom<unknown>('error', 'warning', 'warn', 'info', 'hint', 'off', 'on', 0, 1, 2, 3, true, false, null, 'ERROR', '');
const ruleValue = fc.oneof(
  severity,
  fc.tuple(severity, fc.dictionary(fc.constantFrom('extraTerms', 'allowedTerms', 'minimum', 'days', 'x'), fc.oneof(fc.array(blameTerm, { maxLength: 3 }), fc.jsonValue()))),
  fc.record({ severity, options: fc.oneof(fc.record({ extraTerms: fc.array(blameTerm, { maxLength: 3 }) }), fc.jsonValue()) }, { requiredKeys: [] }),
  fc.jsonValue(),
);

const wrong = fc.jsonValue({ maxDepth: 2 });

export const configObject = fc.record(
  {
    $schema: fc.constantFrom('./schema.json', 42),
    preset: fc.oneof(fc.constantFrom('default', 'seed', 'google-sre', 'pagerduty', 'atlassian', 'nope', ''), wrong),
    requiredSections: fc.oneof(fc.array(fc.constantFrom('summary', 'impact', 'timeline', 'analysis', 'action-items', 'lessons', 'other', 'bogus', ''), { maxLength: 5 }), wrong),
    rules: fc.oneof(fc.dictionary(fc.constantFrom(...RULE_IDS, 'no-such-rule', '__proto__', 'constructor'), ruleValue, { maxKeys: 4 }), wrong),
    blameTerms: fc.oneof(fc.array(blameTerm, { maxLength: 5 }), wrong),
    allowedTerms: fc.oneof(fc.array(blameTerm, { maxLength: 3 }), wrong),
    fiveWhysDepth: fc.oneof(fc.integer({ min: -2, max: 25 }), fc.constantFrom(2.5, '5', null, 1e308)),
    postmortemGlobs: fc.oneof(fc.array(fc.constantFrom('**/*.md', 'postmortems/**', '[', '{a,b', '!', '***', '(', '', '\\', '**/회고/*', 'a'.repeat(300), '!(a|b)', '+(x)'), { maxLength: 4 }), wrong),
    maxFileSize: fc.oneof(fc.constantFrom(1, 10, 100, 5000, 0, -1, 1e308, 0.5), wrong),
    language: fc.oneof(fc.constantFrom('auto', 'en', 'ko', 'fr'), wrong),
    extends: wrong,
    unknownKey: wrong,
    '한국어 키': wrong,
  },
  { requiredKeys: [] },
);

export type ConfigDamage = { kind: 'none' } | { kind: 'cut'; at: number } | { kind: 'insert'; at: number; text: string };

const damage: fc.Arbitrary<ConfigDamage> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('{', '}', '[', ':', '"', "'", '\t', '\n', '- ', '&a', '*a', '!!binary', '\uFEFF', '\u0000', '#') }),
);

function damaged(text: string, d: ConfigDamage): string {
  if (d.kind === 'none') return text;
  const at = d.at % (text.length + 1);
  return d.kind === 'cut' ? text.slice(0, at) : text.slice(0, at) + d.text + text.slice(at);
}

export interface ConfigCase {
  path: string;
  text: string;
}

const serialized = fc
  .tuple(configObject, fc.constantFrom('json', 'json-pretty', 'yaml'), damage)
  .map(([obj, form, d]) => damaged(form === 'yaml' ? toYaml(obj) : JSON.stringify(obj, null, form === 'json' ? 0 : 2), d));

export const configCase: fc.Arbitrary<ConfigCase> = fc.record({
  path: fc.constantFrom(...CONFIG_FILE_NAMES, 'custom.json', 'settings.yml', 'a/b/.postmortemrc'),
  text: fc.oneof(
    { weight: 6, arbitrary: serialized },
    { weight: 1, arbitrary: fc.json() },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 1, arbitrary: fc.constantFrom('', '\uFEFF', '{', 'null', '[]', '42', '"x"', '~', '---\n---', 'a: &a [*a]', 'a: !!js/function "x"', '? [a]\n: b') },
  ),
});
