// The remark plugin (src/remark-preset) run through unified in this process:
// the same messages as `postmortem-lint --format json` on the same files,
// with remark's conventions for severities, and the CLI's configuration lookup.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { run } from '../../src/cli/run.js';
import { remarkPostmortem, SOURCE } from '../../src/remark-preset/plugin.js';

const ROOT = join(__dirname, '..', '..');
const TODAY = '2026-11-25';
const fixture = (path: string) => readFileSync(join(ROOT, 'test/fixtures', path), 'utf8');

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pm-remark-preset-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A project folder holding the given files. */
function project(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(tmp, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs the plugin on one file of a project, as remark-cli would: a fresh processor per file, the run's FileSet shared. */
function lintWith(dir: string, path: string, options?: unknown, fileSet: object = {}): VFileMessage[] {
  const file = new VFile({ path, cwd: dir, value: readFileSync(join(dir, path)) });
  unified()
    .use(remarkPostmortem as never, options, fileSet)
    .runSync({ type: 'root', children: [] } as never, file);
  return file.messages;
}

const severityOf = (m: VFileMessage) => (m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info');
const row = (file: string, m: { ruleId?: string | null; line?: number | null; column?: number | null; endLine?: number; endColumn?: number; severity: string; message: string; url?: string }) =>
  [file, m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.severity, m.message, m.url].join('|');

function fromPlugin(dir: string, paths: string[], options?: unknown): string[] {
  const fileSet = {};
  return paths
    .flatMap((p) =>
      lintWith(dir, p, options, fileSet).map((m) => {
        assert.equal(m.source, SOURCE);
        const place = m.place && 'start' in m.place ? m.place : undefined;
        return row(p, { ruleId: m.ruleId, line: place?.start.line, column: place?.start.column, endLine: place?.end.line, endColumn: place?.end.column, severity: severityOf(m), message: m.reason, url: m.url });
      }),
    )
    .sort();
}

function fromCli(dir: string, args: string[]): string[] {
  let stdout = '';
  run(['--format', 'json', ...args], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, cwd: dir, env: {} });
  return (JSON.parse(stdout) as Array<{ file: string; ruleId: string; line: number; column: number; endLine: number; endColumn: number; severity: string; message: string; url: string }>)
    // action-item-repeated reads the other postmortems of a run; remark lints each file alone.
    .filter((p) => p.ruleId !== 'config' && p.ruleId !== 'action-item-repeated')
    .map((p) => row(p.file, p))
    .sort();
}

const DOCS = {
  'postmortems/en-complete.md': fixture('cli/en-complete.md'),
  'postmortems/en-missing-section.md': fixture('cli/en-missing-section.md'),
  'postmortems/ko-complete.md': fixture('cli/ko-complete.md'),
  'notes/blame.md': fixture('rules/blame-language/en-suppressed.md').replace(/<!-- postmortem-[^>]*-->\n/g, ''),
};

describe('remark plugin', () => {
  it('reports what the CLI reports, with remark severities: errors fatal, warnings not, info neither', () => {
    const dir = project('same', DOCS);
    const paths = Object.keys(DOCS);
    const got = fromPlugin(dir, paths, { today: TODAY });
    assert.deepEqual(got, fromCli(dir, ['--today', TODAY, ...paths]));
    // Each kind of severity is there, so the mapping is really checked.
    for (const s of ['|error|', '|warning|', '|info|']) assert.ok(got.some((r) => r.includes(s)), s);
    assert.ok(got.some((r) => r.startsWith('postmortems/ko-complete.md|')));
    const missing = lintWith(dir, 'postmortems/en-missing-section.md', { today: TODAY }).find((m) => m.ruleId === 'required-sections')!;
    assert.equal(missing.fatal, true);
    assert.match(missing.url!, /\/docs\/rules\/required-sections\.md$/);
  });

  it('passes today on: an action item due before it is overdue', () => {
    const dir = project('today', { 'postmortems/a.md': DOCS['postmortems/en-complete.md'] });
    const overdue = (today: string) => lintWith(dir, 'postmortems/a.md', { today }).filter((m) => m.ruleId === 'action-item-overdue').length;
    assert.equal(overdue('2026-11-19'), 0);
    assert.equal(overdue('2026-11-25'), 1);
  });

  it('skips what the CLI skips: notes and README files, unless forced; files named in .postmortemignore', () => {
    const dir = project('skip', { 'notes.md': fixture('cli/notes.md'), 'README.md': fixture('cli/en-missing-section.md').replace(/^# .*/, '# Readme'), 'postmortems/drafts/a.md': DOCS['postmortems/en-missing-section.md'], '.postmortemignore': 'drafts/\n' });
    assert.deepEqual(lintWith(dir, 'notes.md'), []);
    assert.deepEqual(lintWith(dir, 'README.md'), []);
    assert.deepEqual(lintWith(dir, 'postmortems/drafts/a.md'), []);
    assert.ok(lintWith(dir, 'notes.md', { force: true }).length > 0);
    assert.ok(lintWith(dir, 'README.md', { force: true }).length > 0);
  });

  it('keeps to the disable comments', () => {
    const text = fixture('rules/blame-language/en-suppressed.md');
    const dir = project('suppress', { 'with.md': text, 'without.md': text.replace(/<!-- postmortem-[^>]*-->\n/g, '') });
    const blame = (path: string) => lintWith(dir, path, { today: TODAY }).filter((m) => m.ruleId === 'blame-language').length;
    assert.equal(blame('with.md'), 0);
    assert.ok(blame('without.md') >= 1);
  });

  it('reads the configuration the CLI would: the nearest .postmortemrc, its globs from its own folder', () => {
    const dir = project('config', {
      ...DOCS,
      '.postmortemrc.json': JSON.stringify({ rules: { 'action-item-owner': 'off', 'five-whys': ['error', { minimum: 6 }] }, postmortemGlobs: ['notes/**'] }),
      'postmortems/ko/.postmortemrc.yaml': 'rules:\n  action-item-owner: error\nrequiredSections: [timeline, summary, lessons]\n',
      'postmortems/ko/ko.md': DOCS['postmortems/ko-complete.md'],
    });
    const paths = [...Object.keys(DOCS), 'postmortems/ko/ko.md'];
    const got = fromPlugin(dir, paths, { today: TODAY });
    assert.deepEqual(got, fromCli(dir, ['--today', TODAY, ...paths]));
    assert.ok(!got.some((r) => r.startsWith('postmortems/en-complete.md|action-item-owner|')), 'turned off');
    assert.ok(got.some((r) => r.startsWith('postmortems/ko/ko.md|action-item-owner|') && r.includes('|error|')), 'the nearer file wins');
    assert.ok(got.some((r) => r.startsWith('postmortems/en-complete.md|five-whys|') && r.includes('|error|')), 'options apply');
  });

  it('takes a config file from its options, like --config, and settings over it', () => {
    const dir = project('options', {
      ...DOCS,
      '.postmortemrc.json': JSON.stringify({ rules: { 'action-item-owner': 'off' } }),
      'other/strict.json': JSON.stringify({ rules: { 'action-item-overdue': 'error' } }),
      'other/strict-plus.json': JSON.stringify({ rules: { 'action-item-overdue': 'error', 'required-sections': 'warning', 'five-whys': ['info', { minimum: 7 }] } }),
    });
    const paths = Object.keys(DOCS);
    assert.deepEqual(fromPlugin(dir, paths, { today: TODAY, config: 'other/strict.json' }), fromCli(dir, ['--today', TODAY, '--config', 'other/strict.json', ...paths]));
    const settings = { rules: { 'required-sections': 'warning', 'five-whys': ['info', { minimum: 7 }] } };
    const got = fromPlugin(dir, paths, { today: TODAY, config: 'other/strict.json', settings });
    assert.deepEqual(got, fromCli(dir, ['--today', TODAY, '--config', 'other/strict-plus.json', ...paths]));
    assert.notDeepEqual(got, fromPlugin(dir, paths, { today: TODAY, config: 'other/strict.json' }));
  });

  it('reports a problem in the settings once per run, however many configuration files they go over', () => {
    const dir = project('bad-settings', { ...DOCS, 'postmortems/ko/.postmortemrc.json': '{}' });
    const fileSet = {};
    const options = { today: TODAY, settings: { rules: { 'five-whys': 'loud' } } };
    const problems = ['postmortems/en-complete.md', 'postmortems/ko/ko.md', 'postmortems/ko-complete.md'].flatMap((p) => {
      if (p === 'postmortems/ko/ko.md') writeFileSync(join(dir, p), DOCS['postmortems/ko-complete.md']);
      return lintWith(dir, p, options, fileSet).filter((m) => m.ruleId === 'config').map((m) => m.reason);
    });
    assert.deepEqual(problems, ['postmortem-assistant/remark-preset options: `rules.five-whys`: severity must be one of "error", "warning", "info", "off" (got "loud")']);
  });

  it('reports a configuration problem once per run, as a fatal `config` message', () => {
    const dir = project('broken', { ...DOCS, '.postmortemrc.json': '{\n  "rules": {\n    "timeline-ordr": "error"\n  }\n}\n' });
    const fileSet = {};
    const first = lintWith(dir, 'postmortems/en-complete.md', { today: TODAY }, fileSet).filter((m) => m.ruleId === 'config');
    assert.equal(first.length, 1);
    assert.equal(first[0]!.fatal, true);
    assert.match(first[0]!.reason, /^\.postmortemrc\.json:3: unknown rule `timeline-ordr`/);
    assert.equal(lintWith(dir, 'postmortems/ko-complete.md', { today: TODAY }, fileSet).filter((m) => m.ruleId === 'config').length, 0);
    // Another run reports it again.
    assert.equal(lintWith(dir, 'postmortems/ko-complete.md', { today: TODAY }, {}).filter((m) => m.ruleId === 'config').length, 1);
  });

  it('reports unusable options and a missing config file, and lints nothing without its configuration', () => {
    const dir = project('bad-options', DOCS);
    const odd = lintWith(dir, 'postmortems/en-missing-section.md', { today: '2026-02-30', colour: true });
    assert.deepEqual(odd.filter((m) => m.ruleId === 'config').map((m) => m.reason), [
      'postmortem-assistant/remark-preset options: unknown option `colour` (known: config, settings, today, force)',
      'postmortem-assistant/remark-preset options: `today` must be a date written YYYY-MM-DD',
    ]);
    assert.ok(odd.some((m) => m.ruleId === 'required-sections'));
    const missing = lintWith(dir, 'postmortems/en-missing-section.md', { config: 'nope.json' });
    assert.deepEqual(missing.map((m) => [m.ruleId, m.fatal, m.reason]), [['config', true, 'postmortem-assistant/remark-preset options: cannot read config file nope.json: no such file']]);
  });

  it('reads bytes as the CLI does: a byte order mark is not a column, UTF-16 is decoded, a binary file is skipped', () => {
    const text = DOCS['postmortems/en-missing-section.md'];
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const dir = project('bytes', { 'postmortems/bom.md': '\uFEFF' + text, 'postmortems/utf16.md': utf16, 'postmortems/binary.md': Buffer.from(text + '\0') });
    const paths = ['postmortems/bom.md', 'postmortems/utf16.md'];
    const got = fromPlugin(dir, paths, { today: TODAY });
    assert.deepEqual(got, fromCli(dir, ['--today', TODAY, ...paths]));
    // The title's message ends at column 27 in the editor, BOM or not.
    assert.ok(got.some((r) => r.startsWith('postmortems/bom.md|required-sections|1|1|1|27|')));
    assert.ok(got.some((r) => r.startsWith('postmortems/utf16.md|required-sections|1|1|1|27|')));
    assert.deepEqual(lintWith(dir, 'postmortems/binary.md'), []);
  });

  it('lints text without a path (stdin) by its content, with the working folder’s configuration', () => {
    const dir = project('stdin', { '.postmortemrc.json': JSON.stringify({ rules: { 'required-sections': 'info' } }) });
    const file = new VFile({ cwd: dir, value: DOCS['postmortems/en-missing-section.md'] });
    unified().use(remarkPostmortem as never, { today: TODAY }).runSync({ type: 'root', children: [] } as never, file);
    const required = file.messages.filter((m) => m.ruleId === 'required-sections');
    assert.equal(required.length, 1);
    assert.equal(required[0]!.fatal, undefined);
  });
});
