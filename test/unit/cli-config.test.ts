import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from '../../src/cli/run.js';

const ROOT = join(__dirname, '..', '..');
const FIX = 'test/fixtures/cli';
const TODAY = ['--today', '2026-11-25'];

function cli(argv: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {} });
  return { code, stdout, stderr };
}

function problems(stdout: string): Array<{ file: string; ruleId: string; severity: string }> {
  return JSON.parse(stdout);
}

describe('config lookup', () => {
  it('finds the nearest config upward from a nested folder', () => {
    // tree/.postmortemrc.json makes overdue items errors; the file is two folders below it.
    const r = cli([...TODAY, '-f', 'json', `${FIX}/tree/teams/payments/2026-10-02-db-failover.md`]);
    assert.equal(r.code, 1);
    assert.deepEqual(problems(r.stdout).map((p) => [p.ruleId, p.severity]), [['action-item-overdue', 'error']]);
  });

  it('prefers a nearer config', () => {
    // tree/teams/search/.postmortemrc.json turns the overdue rule off.
    const r = cli([...TODAY, '-f', 'json', `${FIX}/tree/teams/search/2026-09-14-reindex.md`]);
    assert.equal(r.code, 0);
    assert.deepEqual(problems(r.stdout), []);
  });

  it('works from another working folder, with relative paths', () => {
    const r = cli([...TODAY, '-f', 'json', 'payments'], join(ROOT, FIX, 'tree', 'teams'));
    assert.deepEqual(problems(r.stdout).map((p) => [p.file, p.severity]), [['payments/2026-10-02-db-failover.md', 'error']]);
  });

  it('uses --config instead of searching', () => {
    const r = cli([...TODAY, '-f', 'json', '--config', `${FIX}/tree/teams/search/.postmortemrc.json`, `${FIX}/tree/teams/payments`]);
    assert.equal(r.code, 0);
    assert.deepEqual(problems(r.stdout), []);
  });

  it('exits 2 when the --config file cannot be read', () => {
    const r = cli([...TODAY, '--config', `${FIX}/no-such-config.json`, `${FIX}/en-complete.md`]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /cannot read config file test\/fixtures\/cli\/no-such-config\.json: no such file/);
    assert.equal(cli(['--config', FIX, `${FIX}/en-complete.md`]).code, 2);
  });
});

describe('broken configs', () => {
  const cases: Array<[string, RegExp]> = [
    ['bad-json', /^test\/fixtures\/cli\/broken\/bad-json\/\.postmortemrc\.json:4: cannot read JSON: /m],
    ['unknown-rule', /^test\/fixtures\/cli\/broken\/unknown-rule\/\.postmortemrc\.json:3: unknown rule `timeline-ordr` \(known: required-sections, /m],
    ['wrong-type', /^test\/fixtures\/cli\/broken\/wrong-type\/\.postmortemrc\.json:2: `requiredSections` must be a list of strings$/m],
    ['bad-preset', /^test\/fixtures\/cli\/broken\/bad-preset\/\.postmortemrc\.yaml:2: unknown preset "google" \(known: /m],
  ];
  for (const [name, expected] of cases) {
    it(`reports ${name} with the file and line, and still lints`, () => {
      const r = cli([...TODAY, '-f', 'json', `${FIX}/broken/${name}`]);
      assert.match(r.stderr, expected);
      // The config's problems are in the JSON too, with their file, and fail the run.
      const all = problems(r.stdout);
      const config = all.filter((p) => p.ruleId === 'config');
      assert.ok(config.length >= 1);
      assert.ok(config.every((p) => p.file.startsWith(`${FIX}/broken/${name}/.postmortemrc.`) && p.severity === 'error'));
      assert.equal(r.code, 1);
      const found = all.filter((p) => p.ruleId !== 'config');
      assert.equal(found.length, 1);
      assert.equal(found[0].ruleId, 'action-item-overdue');
    });
  }

  it('keeps the valid parts of a config that has a broken part', () => {
    // The unknown rule is dropped; the overdue setting next to it still applies.
    const r = cli([...TODAY, '-f', 'json', `${FIX}/broken/unknown-rule`]);
    assert.equal(r.code, 1);
    assert.equal(problems(r.stdout).filter((p) => p.ruleId !== 'config')[0].severity, 'error');
  });

  it('reports each problem once however many files use the config', () => {
    const r = cli([...TODAY, `${FIX}/broken/wrong-type`, `${FIX}/broken/wrong-type/2026-10-02-incident.md`, `${FIX}/broken`]);
    assert.equal(r.stderr.match(/requiredSections/g)?.length, 1);
    assert.equal(r.stderr.match(/fiveWhysDepth/g)?.length, 1);
    assert.match(r.stdout, /in 4 files/);
  });

  it('reports a broken --config and continues with defaults for the broken part', () => {
    const r = cli([...TODAY, '--config', `${FIX}/broken/bad-json/.postmortemrc.json`, `${FIX}/en-complete.md`]);
    // The messages are all warnings; the broken config alone makes the run fail.
    assert.equal(r.code, 1);
    assert.match(r.stderr, /bad-json\/\.postmortemrc\.json:4: cannot read JSON/);
    assert.match(r.stdout, /action-item-owner/);
  });

  it('says in the text summary that the configuration failed the run, never a green "no problems"', () => {
    const r = cli([...TODAY, '--config', `${FIX}/broken/bad-json/.postmortemrc.json`, `${FIX}/en-complete.md`]);
    assert.match(r.stdout, /✖ 1 configuration problem \(listed on stderr\)/);
    const clean = cli([...TODAY, '--config', `${FIX}/broken/unknown-rule/.postmortemrc.json`, '--max-warnings', '100', `${FIX}/en-complete.md`]);
    assert.doesNotMatch(clean.stdout, /✔/);
    assert.match(clean.stdout, /configuration problem/);
    assert.equal(clean.code, 1);
  });
});
