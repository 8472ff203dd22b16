/**
 * Any config text loads without throwing into a usable configuration, and
 * linting 5,000 characters with it (user regexes included) finishes quickly.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadConfigText } from '../../../src/core/config/file.js';
import type { ResolvedConfig } from '../../../src/core/config/types.js';
import { lintText } from '../../../src/core/lint/lint.js';
import { RULES } from '../../../src/core/rules/index.js';
import { configCase } from '../arbitraries/config.js';
import { checkResult } from '../invariants.js';
import type { Tally } from '../tally.js';
import { TODAY } from './lint.js';

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);
const LANGUAGES = new Set(['auto', 'en', 'ko']);

/** Texts that make backtracking matchers explode when a pattern almost matches. */
export const LONG_TEXTS = [
  'a'.repeat(5000),
  'a'.repeat(4999) + '!',
  'aaaa '.repeat(1000),
  '# Timeline\n\n- 12:09 ' + 'a'.repeat(4980),
  '가'.repeat(5000),
];

export function checkUsable(config: ResolvedConfig): void {
  for (const rule of RULES) {
    const setting = config.rules[rule.id];
    assert.ok(setting, `no setting for rule ${rule.id}`);
    assert.ok(SEVERITIES.has(setting.severity), `bad severity for ${rule.id}: ${String(setting.severity)}`);
    assert.equal(typeof setting.options, 'object', `options of ${rule.id} are not an object`);
  }
  assert.ok(Array.isArray(config.requiredSections), 'requiredSections is not a list');
  assert.ok(Array.isArray(config.postmortemGlobs) && config.postmortemGlobs.every((g) => typeof g === 'string'), 'postmortemGlobs is not a list of strings');
  assert.ok(typeof config.maxFileSize === 'number' && config.maxFileSize > 0, `maxFileSize is not positive: ${config.maxFileSize}`);
  assert.ok(LANGUAGES.has(config.language), `bad language ${String(config.language)}`);
}

export function configProperty(tally: Tally) {
  return fc.property(configCase, fc.constantFrom(...LONG_TEXTS.keys()), (c, which) => {
    let loaded: ReturnType<typeof loadConfigText> | undefined;
    const long = LONG_TEXTS[which]!;
    tally.check(c, [
      () => (loaded = loadConfigText(c.text, c.path, RULES)),
      () => loaded && checkUsable(loaded.config),
      () => loaded?.problems.forEach((p) => assert.ok(typeof p.message === 'string' && p.message !== '' && p.source === c.path, `bad problem ${JSON.stringify(p)}`)),
      () => loaded && checkResult(long, lintText(long, { config: loaded.config, path: 'postmortems/a.md', today: TODAY, force: true })),
    ]);
  });
}
