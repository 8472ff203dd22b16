// Every configuration shown in README.md and docs/ is valid, and every broken
// configuration in the fixtures is refused with the message users see today.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { loadConfigText } from '../../src/core/config/file.js';
import { validate } from '../../src/core/config/generated/validate-config.js';
import { CONFIG_KEYS } from '../../src/core/config/schema.js';
import { RULES } from '../../src/core/rules/index.js';

const ROOT = join(__dirname, '..', '..');
const markdown = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? markdown(join(dir, n)) : n.endsWith('.md') ? [join(dir, n)] : []));

/** The ```json and ```yaml blocks of a Markdown file whose top-level keys are configuration keys. */
function configBlocks(file: string): Array<{ where: string; lang: string; text: string; raw: Record<string, unknown> }> {
  const text = readFileSync(file, 'utf8');
  const out = [];
  for (const m of text.matchAll(/^```(json|jsonc|yaml|yml)\n([\s\S]*?)^```$/gm)) {
    let raw: unknown;
    try {
      raw = m[1]!.startsWith('json') ? JSON.parse(m[2]!) : parseYaml(m[2]!);
    } catch {
      continue;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !Object.keys(raw).some((k) => CONFIG_KEYS.includes(k))) continue;
    const line = text.slice(0, m.index).split('\n').length;
    out.push({ where: `${relative(ROOT, file)}:${line}`, lang: m[1]!, text: m[2]!, raw: raw as Record<string, unknown> });
  }
  return out;
}

describe('configuration examples in the documentation', () => {
  const blocks = [join(ROOT, 'README.md'), ...markdown(join(ROOT, 'docs'))].flatMap(configBlocks);

  it('finds the examples (README, the rules\' pages)', () => {
    assert.ok(blocks.length >= 6, blocks.map((b) => b.where).join(', '));
    assert.ok(blocks.some((b) => b.lang === 'yaml'));
  });

  for (const block of blocks) {
    it(`${block.where} is valid`, () => {
      assert.equal(validate(block.raw), true, JSON.stringify((validate as unknown as { errors: unknown }).errors));
      // An `extends` path names a file the example does not have: only the rest is loaded here.
      const { extends: _ignored, ...rest } = block.raw;
      const { problems } = loadConfigText(JSON.stringify(rest), '/repo/.postmortemrc.json', RULES);
      assert.deepEqual(problems, []);
    });
  }
});

describe('broken configuration fixtures', () => {
  // The messages as the checks written by hand gave them, before the schema.
  const expected: Record<string, Array<[number | undefined, string]>> = {
    'bad-preset/.postmortemrc.yaml': [[2, 'unknown preset "google" (known: default, seed, google-sre, pagerduty, atlassian)']],
    'unknown-rule/.postmortemrc.json': [[3, 'unknown rule `timeline-ordr` (known: required-sections, five-whys, timeline-invalid-time, timeline-order, timeline-timezone, action-item-owner, action-item-due, action-item-vague, action-item-overdue, action-item-repeated, blame-language, counterfactual-language)']],
    'wrong-type/.postmortemrc.json': [
      [2, '`requiredSections` must be a list of strings'],
      [3, '`fiveWhysDepth` must be a whole number from 1 to 20'],
    ],
  };
  for (const [name, messages] of Object.entries(expected)) {
    it(`${name}: the schema refuses it, with the same messages at the key's line`, () => {
      const path = join(ROOT, 'test/fixtures/cli/broken', name);
      const text = readFileSync(path, 'utf8');
      assert.equal(validate(name.endsWith('.json') ? JSON.parse(text) : parseYaml(text)), false);
      const { problems } = loadConfigText(text, path, RULES);
      assert.deepEqual(problems.map((p) => [p.line, p.message]), messages);
    });
  }

  it('covers every broken fixture that parses', () => {
    const dirs = readdirSync(join(ROOT, 'test/fixtures/cli/broken')).filter((d) => d !== 'bad-json');
    assert.deepEqual(dirs.sort(), Object.keys(expected).map((k) => k.split('/')[0]).sort());
  });
});
