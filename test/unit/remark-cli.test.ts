// The remark plugin as a user runs it: the real remark-cli, in a project whose
// node_modules/postmortem-assistant is the package (its package.json, its
// `exports`), reporting the same problems as `postmortem-lint --format json`
// on copies of real postmortems in English and Korean.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { run } from '../../src/cli/run.js';

const ROOT = join(__dirname, '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'postmortems');
const corpusMissing = existsSync(CORPUS) ? false : `the shared corpus is not at ${CORPUS}`;
const REMARK = join(ROOT, 'node_modules', 'remark-cli', 'cli.js');
const TODAY = '2026-11-25';
const PRESET = 'postmortem-assistant/remark-preset';

let tmp: string;
let pkg: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pm-remark-cli-'));
  // The package as installed: the project's own package.json, and the bundle
  // where its `exports` say, built from the current sources here (never stale,
  // and no race with another test's build of dist/).
  pkg = join(tmp, 'pkg');
  mkdirSync(pkg);
  symlinkSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  const target = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, string> }).exports['./remark-preset']!;
  esbuild.buildSync({ entryPoints: [join(ROOT, 'src/remark-preset/index.ts')], outfile: join(pkg, target), bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], logLevel: 'error', external: ['vscode'] });
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A project using remark with the given `.remarkrc.json` plugins. */
function project(name: string, plugins: unknown[]): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(pkg, join(dir, 'node_modules', 'postmortem-assistant'), 'dir');
  writeFileSync(join(dir, '.remarkrc.json'), JSON.stringify({ plugins }));
  return dir;
}

function copy(from: string, dir: string, to: string): void {
  mkdirSync(dirname(join(dir, to)), { recursive: true });
  copyFileSync(from, join(dir, to));
}

/** file|ruleId|line:column-endLine:endColumn|severity */
type Row = string;

/**
 * remark-cli's report in its default form (vfile-reporter): a line per file,
 * then a row per message: `12:1-12:27  error  Reason…  rule-id  source`.
 * Rows of other plugins, and lines that continue a long reason, are left out.
 */
function remark(dir: string, args: string[]): { code: number | null; rows: Row[]; files: string[]; stderr: string } {
  const r = spawnSync(process.execPath, [REMARK, ...args, '--no-stdout', '--no-color'], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  const rows: Row[] = [];
  const files: string[] = [];
  let file = '';
  for (const line of r.stderr.split('\n')) {
    const header = /^(postmortems\/\S+?)(: no issues found)?$/.exec(line);
    if (header) {
      file = header[1]!;
      files.push(file);
      continue;
    }
    const m = /^(\d+):(\d+)(?:-(\d+):(\d+))?\s+(error|warning|info)\s+.*?\s(\S+)\s+postmortem-assistant$/.exec(line);
    if (m) rows.push(`${file}|${m[6]}|${m[1]}:${m[2]}-${m[3] ?? m[1]}:${m[4] ?? m[2]}|${m[5]}`);
  }
  return { code: r.status, rows: rows.sort(), files, stderr: r.stderr };
}

function cli(dir: string, args: string[]): { code: number; rows: Row[] } {
  let stdout = '';
  const code = run(['--format', 'json', ...args], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, cwd: dir, env: {} });
  const problems = JSON.parse(stdout) as Array<{ file: string; ruleId: string; line: number; column: number; endLine: number; endColumn: number; severity: string }>;
  // action-item-repeated reads the other postmortems of a run; remark lints each file alone.
  const own = problems.filter((p) => p.ruleId !== 'action-item-repeated');
  return { code, rows: own.map((p) => `${p.file}|${p.ruleId}|${p.line}:${p.column}-${p.endLine}:${p.endColumn}|${p.severity}`).sort() };
}

/** The project's Korean documents: the example, the CLI's fixture, two real ones and (unless `few`) the rules' fixtures. */
function copyKorean(dir: string, few = false): number {
  const from = [
    join(ROOT, 'examples/postmortems/2026-05-02-주문-서버-메모리-장애.md'),
    join(ROOT, 'test/fixtures/cli/ko-complete.md'),
    join(ROOT, 'test/fixtures/unseen/Aetheria-Tech__BE-Server__10-sqs-listener-startup-failure.md'),
    join(ROOT, 'test/fixtures/unseen/L-a-z-e__portal-universe__TS-20260131-007-k8s-service-status-all-down.md'),
  ];
  const rules = join(ROOT, 'test/fixtures/rules');
  for (const rule of few ? [] : readdirSync(rules)) {
    for (const name of readdirSync(join(rules, rule))) if (/^ko-.*\.md$/.test(name)) from.push(join(rules, rule, name));
  }
  for (const f of from) copy(f, dir, `postmortems/ko/${basename(dirname(f))}--${basename(f)}`);
  return from.length;
}

const bySeverity = (rows: Row[], severity: string) => rows.filter((r) => r.endsWith('|' + severity)).length;
const inKorean = (rows: Row[]) => rows.filter((r) => r.startsWith('postmortems/ko/')).length;

describe('remark-cli with postmortem-assistant/remark-preset', () => {
  it('resolves through the package\'s `exports` as before it had them: the main entry, the browser one, files under dist/', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; browser: string };
    const dir = project('resolve', []);
    for (const f of ['dist/extension.js', 'dist/web/extension.js', 'dist/server.js']) {
      mkdirSync(dirname(join(pkg, f)), { recursive: true });
      writeFileSync(join(pkg, f), '');
    }
    const req = createRequire(join(dir, 'index.js'));
    const inPkg = (p: string) => realpathSync(join(pkg, p));
    assert.equal(req.resolve('postmortem-assistant'), inPkg(manifest.main));
    assert.equal(req.resolve('postmortem-assistant/remark-preset'), inPkg('dist/remark-preset.js'));
    assert.equal(req.resolve('postmortem-assistant/dist/server.js'), inPkg('dist/server.js'));
    assert.equal(req.resolve('postmortem-assistant/package.json'), inPkg('package.json'));
    const browser = spawnSync(process.execPath, ['--conditions=browser', '-p', "require.resolve('postmortem-assistant')"], { cwd: dir, encoding: 'utf8' });
    assert.equal(browser.stdout.trim(), inPkg(manifest.browser));
  });

  it('reports what postmortem-lint reports on real postmortems, with the defaults and then with a configuration', { skip: corpusMissing }, () => {
    const dir = project('corpus', [[PRESET, { today: TODAY }]]);
    // Every other document up to 20, so most sources are in, at less than half the time.
    const english = readdirSync(CORPUS).filter((n) => n.endsWith('.md')).sort().filter((_, i) => i % 2 === 0).slice(0, 20);
    for (const name of english) copy(join(CORPUS, name), dir, `postmortems/en/${name}`);
    const korean = copyKorean(dir);
    // Skipped by both: a README (even in a postmortem folder), with disable comments a postmortem's rules keep quiet.
    copy(join(ROOT, 'test/fixtures/cli/en-complete.md'), dir, 'postmortems/README.md');
    copy(join(ROOT, 'test/fixtures/rules/blame-language/en-suppressed.md'), dir, 'postmortems/en-suppressed.md');
    assert.ok(english.length >= 20 && korean >= 20, `${english.length} + ${korean}`);

    const defaults = remark(dir, ['postmortems']);
    const expected = cli(dir, ['--today', TODAY, 'postmortems']);
    assert.deepEqual(defaults.rows, expected.rows);
    assert.equal(defaults.files.length, english.length + korean + 2, defaults.stderr.slice(-2000));
    assert.ok(defaults.files.includes('postmortems/README.md') && !defaults.rows.some((r) => r.startsWith('postmortems/README.md|')));
    assert.ok(!defaults.rows.some((r) => r.startsWith('postmortems/en-suppressed.md|blame-language|')));
    assert.ok(defaults.rows.length > 200 && inKorean(defaults.rows) > 20, `${defaults.rows.length} rows, ${inKorean(defaults.rows)} in Korean`);
    for (const s of ['error', 'warning', 'info']) assert.ok(bySeverity(defaults.rows, s) > 0, s);
    // Errors are fatal messages: remark-cli fails as postmortem-lint does.
    assert.equal(defaults.code, 1);
    assert.equal(expected.code, 1);

    // Options, a rule turned off, a severity changed, and a nearer file for the Korean folder.
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { 'blame-language': 'off', 'five-whys': ['error', { minimum: 3 }], 'action-item-owner': 'info' }, requiredSections: ['timeline', 'impact'] }));
    writeFileSync(join(dir, 'postmortems/ko/.postmortemrc.yaml'), 'preset: google-sre\nrules:\n  timeline-timezone: off\n  action-item-vague: error\n');
    const configured = remark(dir, ['postmortems']);
    const configuredCli = cli(dir, ['--today', TODAY, 'postmortems']);
    assert.deepEqual(configured.rows, configuredCli.rows);
    assert.notDeepEqual(configured.rows, defaults.rows);
    // The nearest file applies alone: the Korean folder's does not turn blame-language off.
    const blame = (rows: Row[], folder: string) => rows.filter((r) => r.startsWith(folder) && r.includes('|blame-language|')).length;
    assert.ok(blame(defaults.rows, 'postmortems/en/') > 0 && blame(configured.rows, 'postmortems/en/') === 0);
    assert.ok(blame(configured.rows, 'postmortems/ko/') > 0);
    assert.ok(!configured.rows.some((r) => r.startsWith('postmortems/ko/') && r.includes('|timeline-timezone|')));
    assert.ok(configured.rows.some((r) => r.startsWith('postmortems/en/') && r.includes('|timeline-timezone|')));
  });

  it('works from the plain `plugins` entry on Korean documents, and warnings fail the run only with --frail', () => {
    const dir = project('plain', [PRESET]);
    copyKorean(dir, true);
    // Warnings and information only: the one rule that reports errors by default reports warnings.
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { 'required-sections': 'warning' } }));
    // Both use today's date; run back to back, they agree.
    const got = remark(dir, ['postmortems']);
    const expected = cli(dir, ['postmortems']);
    assert.deepEqual(got.rows, expected.rows);
    assert.ok(inKorean(got.rows) > 10 && bySeverity(got.rows, 'error') === 0 && bySeverity(got.rows, 'warning') > 0, got.stderr.slice(-2000));
    assert.equal(got.code, 0);
    assert.equal(remark(dir, ['postmortems', '--frail']).code, 1);
  });
});
