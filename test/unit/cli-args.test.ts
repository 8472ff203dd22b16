import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';
import { run } from '../../src/cli/run.js';

const ROOT = join(__dirname, '..', '..');

function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: ROOT, env: {} });
  return { code, stdout, stderr };
}

describe('parseCliArgs', () => {
  it('has defaults', () => {
    const o = parseCliArgs([]);
    assert.deepEqual(o.patterns, []);
    assert.equal(o.format, 'text');
    assert.equal(o.force, false);
    assert.equal(o.quiet, false);
    assert.equal(o.maxWarnings, undefined);
  });

  it('reads every option, long and short', () => {
    const o = parseCliArgs(['-f', 'json', '-c', 'x.json', '--force', '--today', '2026-11-25', '-q', '--max-warnings', '3', 'a.md', 'docs']);
    assert.equal(o.format, 'json');
    assert.equal(o.config, 'x.json');
    assert.equal(o.force, true);
    assert.equal(o.today, '2026-11-25');
    assert.equal(o.quiet, true);
    assert.equal(o.maxWarnings, 3);
    assert.deepEqual(o.patterns, ['a.md', 'docs']);
    assert.equal(parseCliArgs(['--format=sarif']).format, 'sarif');
    assert.equal(parseCliArgs(['--max-warnings=-1']).maxWarnings, undefined);
  });

  it('rejects bad values', () => {
    for (const argv of [
      ['--format', 'xml'],
      ['--today', '2026-02-30'],
      ['--today', '25/11/2026'],
      ['--max-warnings', 'many'],
      ['--max-warnings=-2'],
      ['--nope'],
      ['--model', 'a.md', 'b.md'],
      ['--config', ''],
      ['--format'],
    ]) {
      assert.throws(() => parseCliArgs(argv), UsageError, argv.join(' '));
    }
  });
});

describe('run: usage', () => {
  it('prints help and exits 0', () => {
    const r = cli(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Usage: postmortem-lint/);
    assert.match(r.stdout, /--max-warnings/);
  });

  it('prints the package version', () => {
    const r = cli(['--version']);
    assert.equal(r.code, 0);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(r.stdout, pkg.version + '\n');
  });

  it('exits 2 on a usage error, with a hint on stderr and nothing on stdout', () => {
    for (const argv of [['--format', 'xml'], ['--today', 'tomorrow'], ['--bogus']]) {
      const r = cli(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^postmortem-lint: .*\nRun `postmortem-lint --help` for usage\.\n$/s);
    }
    assert.match(cli(['--today', '2026-13-01']).stderr, /--today must be a date written YYYY-MM-DD/);
  });
});
