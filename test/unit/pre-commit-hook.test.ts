import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  types?: string[];
  types_or?: string[];
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

  it('defines the postmortem-lint hook with the fields pre-commit requires', () => {
    assert.ok(Array.isArray(hooks));
    assert.deepEqual(hooks.map((h) => h.id), ['postmortem-lint']);
    const [hook] = hooks;
    for (const key of ['id', 'name', 'entry', 'language'] as const) assert.equal(typeof hook[key], 'string', key);
    assert.equal(hook.language, 'node');
  });

  it('runs a bin of this package, which pre-commit puts on the PATH', () => {
    const command = hooks[0].entry.split(/\s+/)[0];
    assert.ok(Object.hasOwn(pkg.bin, command), `${command} is not in package.json bin (${Object.keys(pkg.bin).join(', ')})`);
  });

  it('selects Markdown files only', () => {
    const { files, types, types_or: typesOr } = hooks[0];
    assert.ok(files !== undefined || types !== undefined || typesOr !== undefined, 'without a filter every staged file is passed');
    if (types) assert.deepEqual(types, ['markdown']);
    if (files !== undefined) {
      const re = new RegExp(files);
      for (const name of ['postmortems/a.md', 'b.markdown', '장애 회고.md']) assert.ok(re.test(name), name);
      for (const name of ['a.txt', 'a.md.bak', 'md']) assert.ok(!re.test(name), name);
    }
  });
});
