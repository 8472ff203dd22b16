import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const FIX = 'test/fixtures/cli';
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' };

function spawn(command: string[], args: string[]) {
  const r = spawnSync(process.execPath, [...command, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The published entry point: the esbuild bundle, run as its own process.
describe('dist/cli.js', () => {
  before(() => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(build.status, 0, `build failed:\n${build.stderr}`);
  });

  it('starts with a shebang', () => {
    assert.match(readFileSync(join(ROOT, 'dist/cli.js'), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('lints a folder: text on stdout, notes on stderr, exit 1 on errors', () => {
    const r = spawn(['dist/cli.js'], ['--today', '2026-11-25', FIX]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^test\/fixtures\/cli\/\S+\.md\n {2}\d+:\d+ {2}/);
    assert.match(r.stdout, /\n✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ info\) in \d+ files\n✖ \d+ configuration problems \(listed on stderr\)[^\n]*\n\d+ files skipped: not postmortems; use --force to lint them\n$/);
    assert.match(r.stderr, /broken\/unknown-rule\/\.postmortemrc\.json:3: unknown rule `timeline-ordr`/);
  });

  it('exits 0 with valid JSON for a clean file, and reports its version', () => {
    const r = spawn(['dist/cli.js'], ['--today', '2026-11-25', '--format', 'json', `${FIX}/ko-complete.md`]);
    assert.equal(r.code, 0);
    assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(spawn(['dist/cli.js'], ['--version']).stdout, pkg.version + '\n');
    const sarif = JSON.parse(spawn(['dist/cli.js'], ['-f', 'sarif', `${FIX}/ko-complete.md`]).stdout) as { runs: Array<{ tool: { driver: { version: string } } }> };
    assert.equal(sarif.runs[0].tool.driver.version, pkg.version);
  });

  it('exits 2 on a usage error', () => {
    const r = spawn(['dist/cli.js'], ['--format', 'yaml']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /unknown format "yaml"/);
  });
});

describe('src/cli/main.ts', () => {
  it('runs from source with tsx', () => {
    const r = spawn(['--import', 'tsx', 'src/cli/main.ts'], ['--today', '2026-11-25', `${FIX}/en-missing-section.md`]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /required-sections/);
  });
});
