import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { resolveConfig } from '../../src/core/config/resolve.js';
import { lintText } from '../../src/core/lint/lint.js';
import { RULES } from '../../src/core/rules/index.js';

const ROOT = join(__dirname, '..', '..');
const COMPLETE = readFileSync(join(ROOT, 'test/fixtures/cli/en-complete.md'), 'utf8');

function resolve(raw: unknown) {
  return resolveConfig({ raw, source: 'cfg.json', rules: RULES });
}

describe('rule options are validated from each rule\'s metadata', () => {
  for (const rule of RULES) {
    it(`${rule.id}: an unknown option key is reported with the file and key, and the defaults apply`, () => {
      const { config, problems } = resolve({ rules: { [rule.id]: ['warning', { noSuchOption: 1 }] } });
      const mine = problems.filter((p) => p.key === `rules.${rule.id}`);
      assert.equal(mine.length, 1, JSON.stringify(problems));
      assert.equal(mine[0].source, 'cfg.json');
      assert.match(mine[0].message, /noSuchOption/);
      assert.deepEqual(config.rules[rule.id].options, resolve({}).config.rules[rule.id].options);
      assert.equal(config.rules[rule.id].severity, 'warning');
    });

    for (const [key, value] of Object.entries(rule.defaultOptions as Record<string, unknown>)) {
      it(`${rule.id}: option \`${key}\` of the wrong type is reported`, () => {
        const wrong = typeof value === 'string' ? 42 : 'not-the-right-type';
        const { problems } = resolve({ rules: { [rule.id]: ['warning', { [key]: wrong }] } });
        assert.ok(problems.some((p) => p.key === `rules.${rule.id}` && p.message.includes(key)), JSON.stringify(problems));
      });
    }
  }

  it('lints on with defaults after an option problem', () => {
    const { config } = resolve({ rules: { 'action-item-owner': ['error', { bogus: true }] } });
    const r = lintText(COMPLETE, { config, today: '2026-11-25', force: true });
    assert.ok(r.messages.some((m) => m.ruleId === 'action-item-owner' && m.severity === 'error'));
  });
});

describe('rule settings', () => {
  it('takes every severity form it took before: words, numbers, booleans, aliases', () => {
    const { config, problems } = resolve({ rules: { 'five-whys': 2, 'timeline-order': false, 'action-item-due': 'warn', 'action-item-owner': 'hint', 'action-item-vague': true, 'action-item-overdue': { options: {} } } });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      ['five-whys', 'timeline-order', 'action-item-due', 'action-item-owner', 'action-item-vague', 'action-item-overdue'].map((id) => config.rules[id]!.severity),
      ['error', 'off', 'warning', 'info', 'warning', 'info'],
    );
  });

  it('reports a key of the object form other than severity and options, and keeps the severity', () => {
    const { config, problems } = resolve({ rules: { 'five-whys': { severity: 'error', minimum: 3 } } });
    assert.deepEqual(problems.map((p) => [p.key, p.message]), [['rules.five-whys', '`rules.five-whys`: unknown key `minimum` (expected: severity, options)']]);
    assert.equal(config.rules['five-whys']!.severity, 'error');
    assert.equal(config.rules['five-whys']!.options.minimum, 5);
  });

  it('keeps the valid items of an option list and reports each invalid one', () => {
    const { config, problems } = resolve({ rules: { 'blame-language': ['warning', { extraTerms: ['rockstar', '', 7] }] } });
    assert.deepEqual(problems.map((p) => p.message), ['`blame-language`: extraTerms[1]: must be a non-empty string', '`blame-language`: extraTerms[2]: must be a non-empty string']);
    assert.deepEqual(config.rules['blame-language']!.options.extraTerms, ['rockstar']);
  });
});

describe('extends', () => {
  it('takes a preset name', () => {
    const { config, problems } = resolve({ extends: 'google-sre' });
    assert.deepEqual(problems, []);
    assert.equal(config.preset, 'google-sre');
  });

  for (const value of ['./base.json', 42, ['seed'], { a: 1 }]) {
    it(`reports ${JSON.stringify(value)} with the key and keeps the defaults`, () => {
      const { config, problems } = resolve({ extends: value });
      assert.equal(problems.length, 1);
      assert.equal(problems[0].key, 'extends');
      assert.equal(problems[0].source, 'cfg.json');
      assert.match(problems[0].message, /`extends` must name a preset/);
      assert.equal(config.preset, 'default');
    });
  }
});

describe('disable comments naming an unknown rule', () => {
  for (const [comment, verb] of [
    ['<!-- postmortem-disable nosuchrule -->', 'disable'],
    ['<!-- postmortem-enable nosuchrule -->', 'enable'],
    ['x <!-- postmortem-disable-line nosuchrule -->', 'disable-line'],
    ['<!-- postmortem-disable-next-line five-whys nosuchrule -->', 'disable-next-line'],
  ] as const) {
    it(`${verb}: reports the unknown id itself, at the comment`, () => {
      const text = COMPLETE.replace('## Impact', `${comment}\n\n## Impact`);
      const line = text.split('\n').findIndex((l) => l.includes('nosuchrule')) + 1;
      const r = lintText(text, { today: '2026-11-25', force: true });
      const unknown = r.messages.filter((m) => m.message.includes('nosuchrule'));
      assert.equal(unknown.length, 1, JSON.stringify(r.messages));
      assert.equal(unknown[0].ruleId, 'nosuchrule');
      assert.equal(unknown[0].line, line);
      assert.match(unknown[0].message, new RegExp(`^Unknown rule \`nosuchrule\` in a postmortem-${verb} comment`));
      assert.ok(!r.messages.some((m) => m.ruleId === 'known'));
    });
  }

  it('does not report a known id', () => {
    const r = lintText(COMPLETE.replace('## Impact', '<!-- postmortem-disable five-whys -->\n\n## Impact'), { today: '2026-11-25', force: true });
    assert.ok(!r.messages.some((m) => /Unknown rule/.test(m.message)));
  });
});
