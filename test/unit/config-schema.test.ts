import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SCHEMA_PATH, schemaText, settingDescriptions, VALIDATOR_PATH, validatorText } from '../../scripts/config-schema.js';
import { CONFIG_FILE_NAMES } from '../../src/core/config/names.js';
import { CONFIG_KEYS } from '../../src/core/config/schema.js';
import { RULES } from '../../src/core/rules/index.js';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('the configuration schema', () => {
  it('is up to date with the rules\' metadata (npm run build writes it)', () => {
    assert.equal(read(SCHEMA_PATH), schemaText(ROOT));
  });

  it('the validator the core runs is compiled from the committed schema', () => {
    assert.equal(read(VALIDATOR_PATH), validatorText(JSON.parse(read(SCHEMA_PATH))));
  });

  it('the validator needs no code evaluation at run time and no require()', () => {
    const code = read(VALIDATOR_PATH);
    assert.doesNotMatch(code, /new Function|\beval\(|\brequire\(/);
  });

  it('lists every configuration key, and only those', () => {
    const schema = JSON.parse(read(SCHEMA_PATH)) as { properties: Record<string, unknown> };
    assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_KEYS].sort());
  });

  it('declares each rule\'s options as its defaultOptions has them, with the same defaults', () => {
    for (const rule of RULES) {
      const schema = rule.optionsSchema ?? {};
      const defaults = rule.defaultOptions as Record<string, unknown>;
      assert.deepEqual(Object.keys(schema).sort(), Object.keys(defaults).sort(), rule.id);
      for (const [name, fragment] of Object.entries(schema)) {
        assert.deepEqual(fragment.default, defaults[name], `${rule.id}.${name}`);
        assert.ok(fragment.description, `${rule.id}.${name} has a description`);
      }
    }
  });

  it('describes the keys that are also editor settings as the Settings editor does', () => {
    const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const schema = JSON.parse(read(SCHEMA_PATH)) as { properties: Record<string, { description?: string }> };
    const described = settingDescriptions(ROOT);
    assert.ok(Object.keys(described).length >= 8);
    for (const [key, text] of Object.entries(described)) {
      assert.equal(schema.properties[key]?.description, text, key);
      assert.ok(nls[`config.${key === 'language' ? 'messageLanguage' : key}`]!.startsWith(text!), key);
    }
  });
});

describe('the editor settings', () => {
  it('are per resource: the extension reads each for a file or folder (a window-scoped one read so makes VS Code log a warning on every read)', () => {
    const manifest = JSON.parse(read('package.json')) as { contributes: { configuration: { properties: Record<string, { scope?: string }> } } };
    const properties = Object.entries(manifest.contributes.configuration.properties);
    assert.ok(properties.length >= 10);
    assert.deepEqual(properties.filter(([, p]) => p.scope !== 'resource').map(([k]) => k), []);
  });
});

describe('the schema in editors', () => {
  const pkg = JSON.parse(read('package.json')) as { contributes: Record<string, Array<{ fileMatch: string[]; url: string }>> };

  it('is contributed for every config file name, JSON and YAML (the YAML extension reads yamlValidation)', () => {
    const json = pkg.contributes.jsonValidation!.flatMap((v) => v.fileMatch.map((f) => [f, v.url]));
    const yaml = pkg.contributes.yamlValidation!.flatMap((v) => v.fileMatch.map((f) => [f, v.url]));
    assert.deepEqual(json, [['.postmortemrc.json', './schemas/postmortemrc.schema.json'], ['.postmortemrc', './schemas/postmortemrc.schema.json']]);
    assert.deepEqual(yaml.map(([f]) => f), ['.postmortemrc.yaml', '.postmortemrc.yml', '.postmortemrc']);
    for (const [, url] of [...json, ...yaml]) assert.equal(url, `./${SCHEMA_PATH}`);
    assert.deepEqual([...new Set([...json, ...yaml].map(([f]) => f))].sort(), [...CONFIG_FILE_NAMES].sort());
  });

  it('ships in the .vsix', () => {
    const lines = read('.vscodeignore').split('\n');
    assert.ok(lines.includes('!schemas/**'), 'schemas/ is kept by .vscodeignore');
  });
});
