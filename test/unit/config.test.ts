import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findConfigFile, loadConfigText } from '../../src/core/config/file.js';
import { lintText } from '../../src/core/lint/lint.js';
import { RULES } from '../../src/core/rules/index.js';

const load = (text: string, path = '/repo/.postmortemrc.json') => loadConfigText(text, path, RULES);

describe('configuration', () => {
  it('applies a preset, severities, options and shorthands', () => {
    const { config, problems } = load(JSON.stringify({ preset: 'google-sre', rules: { 'five-whys': ['error', { minimum: 3 }], 'action-item-due': 'off' }, fiveWhysDepth: 4 }));
    assert.deepEqual(problems, []);
    assert.ok(config.requiredSections.includes('detection'));
    assert.equal(config.rules['five-whys'].severity, 'error');
    assert.equal(config.rules['five-whys'].options.minimum, 4);
    assert.equal(config.rules['action-item-due'].severity, 'off');
  });
  it('reads YAML', () => {
    const { config, problems } = load('requiredSections: [timeline, impact]\nrules:\n  timeline-order: info\n', '/repo/.postmortemrc.yaml');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.requiredSections, ['timeline', 'impact']);
    assert.equal(config.rules['timeline-order'].severity, 'info');
  });

  const broken: Array<[string, string, RegExp]> = [
    ['bad JSON', '{ "preset": "seed", }', /cannot read JSON/],
    ['bad YAML', 'rules: [unclosed\n', /cannot read YAML/],
    ['unknown rule', '{ "rules": { "blame-langauge": "off" } }', /unknown rule `blame-langauge`/],
    ['wrong severity', '{ "rules": { "five-whys": "loud" } }', /severity must be one of/],
    ['wrong type', '{ "requiredSections": "timeline" }', /must be a list of strings/],
    ['unknown preset', '{ "preset": "nasa" }', /unknown preset "nasa"/],
    ['unknown section', '{ "requiredSections": ["timelines"] }', /unknown section kind "timelines"/],
    ['bad option', '{ "rules": { "five-whys": ["warning", { "minimum": "five" }] } }', /`minimum` must be a whole number/],
    ['unknown key', '{ "requiredSection": [] }', /unknown setting `requiredSection`/],
    ['not an object', '[1, 2]', /must be an object/],
    ['invalid pattern', '{ "blameTerms": ["/(unclosed/i"] }', /invalid regular expression/],
    ['pattern RE2 cannot match', '{ "blameTerms": ["/(a)\\\\1/"] }', /backreferences are not supported/],
  ];
  for (const [name, text, message] of broken) {
    it(`reports ${name} with the file name and keeps defaults`, () => {
      const path = name === 'bad YAML' ? '/repo/.postmortemrc.yaml' : '/repo/.postmortemrc.json';
      const { config, problems } = load(text, path);
      assert.equal(problems.length >= 1, true);
      assert.match(problems[0].message, message);
      assert.equal(problems[0].source, path);
      // Linting still works with what could be read.
      const result = lintText('---\ntype: postmortem\n---\n# X\n', { config, force: true });
      assert.ok(result.messages.some((m) => m.ruleId === 'required-sections'));
    });
  }
  it('gives the line of the offending key', () => {
    const { problems } = load('{\n  "preset": "seed",\n  "rules": {\n    "nope": "off"\n  }\n}');
    assert.equal(problems[0].line, 4);
  });

  it('gives the line of the key itself, not of an earlier mention of its name', () => {
    const yaml = load('rules:\n  five-whys:\n    - warning\n    - minimum: 3\nminimum: 4\n', '/repo/.postmortemrc.yaml');
    assert.deepEqual(yaml.problems.map((p) => [p.key, p.line]), [['minimum', 5]]);
    const json = load('{\n  "blameTerms": ["five-whys"],\n  "rules": {\n    "five-whys": "loud"\n  },\n  "language": "fr"\n}');
    assert.deepEqual(json.problems.map((p) => [p.key, p.line]), [['rules.five-whys', 4], ['language', 6]]);
    // A wrong option is at its rule's line.
    const option = load('{\n  "rules": {\n    "blame-language": ["warning", {\n      "extraTerms": [""]\n    }],\n    "five-whys": ["warning", { "minimum": 0 }]\n  }\n}');
    assert.deepEqual(option.problems.map((p) => [p.key, p.line]), [['rules.blame-language', 3], ['rules.five-whys', 6]]);
  });

  it('finds the nearest config file upward', () => {
    const files: Record<string, string> = { '/repo/.postmortemrc.json': '{}', '/repo/docs/.postmortemrc.yaml': 'preset: seed' };
    const read = (p: string) => files[p];
    assert.equal(findConfigFile('/repo/docs/postmortems/a.md', read)?.path, '/repo/docs/.postmortemrc.yaml');
    assert.equal(findConfigFile('/repo/other/a.md', read)?.path, '/repo/.postmortemrc.json');
    assert.equal(findConfigFile('/elsewhere/a.md', read), undefined);
    assert.equal(findConfigFile('C:\\repo\\docs\\a.md', (p) => (p === 'C:/repo/.postmortemrc.json' ? '{}' : undefined))?.path, 'C:/repo/.postmortemrc.json');
  });
});
