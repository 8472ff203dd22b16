import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from '../../src/cli/run.js';

const ROOT = join(__dirname, '..', '..');
const FIX = 'test/fixtures/cli';
const TODAY = ['--today', '2026-11-25'];

function cli(argv: string[], options: { env?: Record<string, string>; tty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: ROOT,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

describe('text format', () => {
  it('prints a header per file, aligned rows and a summary', () => {
    const r = cli([...TODAY, `${FIX}/en-complete.md`, `${FIX}/en-missing-section.md`]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], `${FIX}/en-complete.md`);
    assert.match(lines[1], /^ {2}34:1 {2}info {5}This action item was due on 2026-11-20 and is not done\. +action-item-overdue$/);
    assert.match(lines[2], /^ {2}35:1 {2}warning {2}This action item has no owner; .+ {2}action-item-owner$/);
    // Columns line up: the rule ids start at the same column.
    assert.equal(lines[1].indexOf('action-item-overdue'), lines[2].indexOf('action-item-owner'));
    assert.equal(lines[3], '');
    assert.equal(lines[4], `${FIX}/en-missing-section.md`);
    assert.match(lines[5], /^ {2}1:1 {2}error {2}Missing section: impact\..* {2}required-sections$/);
    assert.equal(lines[6], '');
    assert.equal(lines[7], '✖ 3 problems (1 error, 1 warning, 1 info) in 2 files');
    assert.equal(lines.length, 9);
  });

  it('aligns Korean messages by their width on screen', () => {
    const r = cli([...TODAY, `${FIX}/ko-complete.md`, `${FIX}/en-complete.md`]);
    assert.equal(r.code, 0);
    const ko = r.stdout.split('\n')[1];
    assert.match(ko, /^ {2}33:1 {2}warning {2}이 Action Item에 담당자가 없습니다\..* {2}action-item-owner$/);
  });

  it('says so when there are no problems', () => {
    const r = cli([...TODAY, `${FIX}/tree/teams/search/2026-09-14-reindex.md`]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '✔ 1 file linted, no problems\n');
  });

  it('colors only for a terminal, and never with NO_COLOR', () => {
    const args = [...TODAY, `${FIX}/en-missing-section.md`];
    assert.doesNotMatch(cli(args).stdout, /\u001b\[/);
    assert.match(cli(args, { tty: true }).stdout, /\u001b\[31merror\u001b\[39m/);
    assert.doesNotMatch(cli(args, { tty: true, env: { NO_COLOR: '1' } }).stdout, /\u001b\[/);
    assert.match(cli(args, { env: { FORCE_COLOR: '1' } }).stdout, /\u001b\[/);
  });
});

describe('exit codes', () => {
  it('is 1 when a required section is missing', () => {
    assert.equal(cli([...TODAY, `${FIX}/en-missing-section.md`]).code, 1);
  });

  it('is 0 for complete postmortems with only warnings and infos', () => {
    const r = cli([...TODAY, `${FIX}/en-complete.md`, `${FIX}/ko-complete.md`]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /✖ 3 problems \(0 errors, 2 warnings, 1 info\) in 2 files/);
  });

  it('is 1 when warnings exceed --max-warnings', () => {
    const args = [...TODAY, `${FIX}/en-complete.md`, `${FIX}/ko-complete.md`];
    assert.equal(cli([...args, '--max-warnings', '2']).code, 0);
    const r = cli([...args, '--max-warnings', '1']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /too many warnings \(2; maximum: 1\)/);
  });

  it('--quiet shows errors only, but warnings still count for --max-warnings', () => {
    const r = cli([...TODAY, '--quiet', `${FIX}/en-complete.md`, `${FIX}/en-missing-section.md`]);
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.stdout, /warning {2}|info {2}/);
    assert.match(r.stdout, /required-sections/);
    assert.match(r.stdout, /✖ 1 problem \(1 error, 0 warnings, 0 info\) in 1 file\n2 warnings and infos not shown \(--quiet\)/);
    assert.equal(cli([...TODAY, '-q', '--max-warnings', '0', `${FIX}/en-complete.md`]).code, 1);
  });
});

describe('files that are not postmortems', () => {
  it('skips a named non-postmortem with a note on how to opt in', () => {
    const r = cli([...TODAY, `${FIX}/notes.md`]);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^test\/fixtures\/cli\/notes\.md: skipped, not a postmortem: it is not under a postmortems\/incidents folder/);
    assert.match(r.stderr, /--force/);
    assert.match(r.stderr, /`type: postmortem`/);
    assert.match(r.stderr, /`postmortemGlobs` in test\/fixtures\/cli\/\.postmortemrc\.json/);
    assert.equal(r.stdout, 'No postmortems were linted.\n');
  });

  it('lints it with --force', () => {
    const r = cli([...TODAY, '--force', `${FIX}/notes.md`]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /required-sections/);
  });

  it('never lints README.md in folder mode, and counts the skipped files', () => {
    const r = cli([...TODAY, `${FIX}/tree`]);
    assert.doesNotMatch(r.stdout, /README/);
    assert.doesNotMatch(r.stdout, /notes\.md/);
    // tree/.drafts holds a postmortem, but dot-folders are not searched.
    assert.doesNotMatch(r.stdout, /\.drafts/);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /\n2 files skipped: not postmortems; use --force to lint them\n$/);
  });

  it('names README.md in the note when it is given explicitly, without the globs hint', () => {
    const r = cli([...TODAY, `${FIX}/tree/README.md`]);
    assert.match(r.stderr, /README\.md: skipped, not a postmortem: README files are never treated as postmortems\./);
    assert.doesNotMatch(r.stderr, /postmortemGlobs/);
  });
});
