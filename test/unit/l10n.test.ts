// Every UI string has a Korean translation: the manifest's %keys% and each vscode.l10n.t() call.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((n) => (statSync(join(ROOT, dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));

it('translates every manifest string', () => {
  const keys = [...read('package.json').matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
  const en = JSON.parse(read('package.nls.json'));
  const ko = JSON.parse(read('package.nls.ko.json'));
  assert.ok(keys.length > 20);
  for (const k of keys) {
    assert.ok(en[k], `package.nls.json lacks ${k}`);
    assert.ok(ko[k], `package.nls.ko.json lacks ${k}`);
  }
  assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
});

it('translates every vscode.l10n.t string', () => {
  const ko = JSON.parse(read('l10n/bundle.l10n.ko.json'));
  const used = new Set<string>();
  for (const f of files('src/extension')) for (const m of read(f).matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)) used.add(m[1].replace(/\\'/g, "'"));
  assert.ok(used.size > 20);
  for (const s of used) assert.ok(ko[s], `l10n/bundle.l10n.ko.json lacks "${s}"`);
  for (const k of Object.keys(ko)) assert.ok(used.has(k), `unused translation "${k}"`);
});

it('leaves no English UI word in the Korean strings: the palette finds every command under 포스트모템', () => {
  const ko = { ...JSON.parse(read('package.nls.ko.json')), ...JSON.parse(read('l10n/bundle.l10n.ko.json')) } as Record<string, string>;
  assert.equal(ko.category, '포스트모템');
  for (const [key, value] of Object.entries(ko)) {
    // Names that stay as they are: the product, setting ids, section titles quoted from templates, rule ids.
    const prose = value.replace(/Postmortem Assistant|`[^`]*`|\([^)]*\)|postmortem\.\w+|\[[^\]]*\]\([^)]*\)|Markdown|TTD|TTR/g, '');
    assert.doesNotMatch(prose, /\b(Postmortem|Action Items?|Whys?)\b/i, `${key}: "${value}"`);
    assert.match(value, /[\uac00-\ud7a3]/, `${key} has no Korean`);
  }
});
