import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseCliArgs } from '../../src/cli/args.js';
import { changedFiles } from '../../src/cli/changed-since.js';
import { run } from '../../src/cli/run.js';
import { bundleCli } from '../support/cli-bundle.js';

const ROOT = join(__dirname, '..', '..');
const COMPLETE = readFileSync(join(ROOT, 'test/fixtures/cli/en-complete.md'), 'utf8');
const NOTES = '# Team notes\n\nNothing to see here.\n';
const TODAY = ['--today', '2026-11-25'];

function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {} });
  return { code, stdout, stderr };
}

/** Git with an identity and no user or system configuration, so the machine's settings do not leak in. */
const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.test', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.test' };
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });
}

function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** The files a JUnit report has a suite for: every file that was linted. */
function lintedFiles(junit: string): string[] {
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return [...junit.matchAll(/<testsuite name="([^"]*)"/g)].map((m) => decode(m[1])).sort();
}

describe('--changed-since', () => {
  let tmp: string;
  let repo: string;
  before(() => {
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'pm-changed-')));
    repo = join(tmp, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    // The default, stated: without -z git would quote the Korean names.
    git(repo, 'config', 'core.quotepath', 'true');
    write(repo, '.gitignore', 'postmortems/*-draft.md\n');
    for (const name of ['same', 'edited', 'to-rename', 'to-delete', 'unstaged']) write(repo, `postmortems/${name}.md`, COMPLETE);
    write(repo, 'docs/notes.md', NOTES);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    // Committed on the branch: an edit, a rename, a deletion, a new file with a Korean name.
    write(repo, 'postmortems/edited.md', COMPLETE + '\nOne more line.\n');
    git(repo, 'mv', 'postmortems/to-rename.md', 'postmortems/renamed.md');
    git(repo, 'rm', '-q', 'postmortems/to-delete.md');
    write(repo, 'postmortems/결제 장애 회고.md', COMPLETE);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'feature');
    // Staged, unstaged, untracked (with a space in the name), ignored, and a changed non-postmortem.
    write(repo, 'postmortems/staged one.md', COMPLETE);
    git(repo, 'add', 'postmortems/staged one.md');
    write(repo, 'postmortems/unstaged.md', COMPLETE + '\nEdited, not staged.\n');
    write(repo, 'postmortems/장애 2026-11.md', COMPLETE);
    write(repo, 'postmortems/wip-draft.md', COMPLETE);
    write(repo, 'docs/notes.md', NOTES + '\nMore.\n');
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  const CHANGED = ['postmortems/edited.md', 'postmortems/renamed.md', 'postmortems/staged one.md', 'postmortems/unstaged.md', 'postmortems/결제 장애 회고.md', 'postmortems/장애 2026-11.md'].sort();

  it('lints only the postmortems that differ from the ref: committed, staged, unstaged and untracked, not ignored or deleted', () => {
    const r = cli([...TODAY, '--format', 'junit', '--changed-since', 'main'], repo);
    assert.deepEqual(lintedFiles(r.stdout), CHANGED, r.stderr);
    // docs/notes.md changed too but is no postmortem: counted as skipped, as in any run.
    assert.match(r.stderr, /1 file skipped: not a postmortem/);
    assert.doesNotMatch(r.stderr, /to-delete|to-rename/);
  });

  it('lints everything without it', () => {
    const r = cli([...TODAY, '--format', 'junit'], repo);
    assert.deepEqual(lintedFiles(r.stdout), [...CHANGED, 'postmortems/same.md', 'postmortems/wip-draft.md'].sort());
  });

  it('limits itself to the paths and globs given, from a subfolder of the repository', () => {
    const sub = join(repo, 'postmortems');
    assert.deepEqual(lintedFiles(cli([...TODAY, '--format', 'junit', '--changed-since', 'main'], sub).stdout), CHANGED.map((p) => p.replace('postmortems/', '')));
    assert.deepEqual(lintedFiles(cli([...TODAY, '--format', 'junit', '--changed-since', 'main', '*장애*.md', 'same.md'], sub).stdout), ['결제 장애 회고.md', '장애 2026-11.md']);
  });

  it('takes any ref git knows: a commit, HEAD~1, a tag', () => {
    git(repo, 'tag', 'base-tag', 'main');
    const sha = git(repo, 'rev-parse', 'main').trim();
    for (const ref of [sha, 'HEAD~1', 'base-tag']) {
      assert.deepEqual(lintedFiles(cli([...TODAY, '--format', 'junit', '--changed-since', ref], repo).stdout), CHANGED, ref);
    }
    // Against HEAD only the uncommitted changes count.
    assert.deepEqual(lintedFiles(cli([...TODAY, '--format', 'junit', '--changed-since', 'HEAD'], repo).stdout), ['postmortems/staged one.md', 'postmortems/unstaged.md', 'postmortems/장애 2026-11.md']);
  });

  it('says so and exits 0 when no postmortem changed', () => {
    const clean = join(tmp, 'clean');
    mkdirSync(clean);
    git(clean, 'init', '-q', '-b', 'main');
    write(clean, 'postmortems/old.md', COMPLETE);
    write(clean, 'README.md', NOTES);
    git(clean, 'add', '-A');
    git(clean, 'commit', '-q', '-m', 'base');
    write(clean, 'README.md', NOTES + 'changed\n');
    const text = cli([...TODAY, '--changed-since', 'HEAD'], clean);
    assert.deepEqual([text.code, text.stdout], [0, '']);
    assert.match(text.stderr, /no changed postmortems since HEAD/);
    // Machine formats still print their (empty) document, so an upload step finds its file.
    const sarif = cli([...TODAY, '--format', 'sarif', '--changed-since', 'HEAD'], clean);
    assert.equal(sarif.code, 0);
    assert.deepEqual((JSON.parse(sarif.stdout) as { runs: Array<{ results: unknown[] }> }).runs[0].results, []);
    assert.match(sarif.stderr, /no changed postmortems since HEAD/);
  });

  it('fails with exit 2 and a clear message for an unknown ref or outside a git repository', () => {
    const unknown = cli(['--changed-since', 'no-such-branch'], repo);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown git ref "no-such-branch"/);
    const outside = join(tmp, 'not-a-repo');
    mkdirSync(join(outside, 'postmortems'), { recursive: true });
    write(outside, 'postmortems/a.md', COMPLETE);
    const saved = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = tmp; // so no repository above the temporary folder counts
    try {
      const r = cli(['--changed-since', 'main'], outside);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--changed-since works only in a git repository/);
    } finally {
      if (saved === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = saved;
    }
  });

  it('rejects an empty ref or one that git would read as an option', () => {
    for (const ref of ['', '--output=x', '-p']) assert.throws(() => parseCliArgs([`--changed-since=${ref}`]), /--changed-since needs a git ref/);
    assert.throws(() => parseCliArgs(['--changed-since', 'main', '--model', 'a.md']), /cannot be used with --model/);
    assert.equal(parseCliArgs(['--changed-since', 'origin/main']).changedSince, 'origin/main');
  });

  it('reports git missing', () => {
    const r = changedFiles('main', repo, { git: join(tmp, 'no-git-here') });
    assert.equal(r.kind, 'error');
    assert.match(r.kind === 'error' ? r.message : '', /needs git, which was not found/);
  });

  it('reports git missing from the command line too (the bundled CLI, no git on the PATH)', () => {
    const empty = join(tmp, 'empty-bin');
    mkdirSync(empty);
    const r = spawnSync(process.execPath, [bundleCli(tmp), '--changed-since', 'main'], { cwd: repo, env: { PATH: empty, NO_COLOR: '1' }, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /needs git, which was not found on the PATH/);
  });

  it('skips a changed file deleted from the working tree without error', () => {
    unlinkSync(join(repo, 'postmortems/unstaged.md'));
    renameSync(join(repo, 'postmortems/edited.md'), join(repo, 'postmortems/edited again.md'));
    try {
      const r = cli([...TODAY, '--format', 'junit', '--changed-since', 'main'], repo);
      assert.deepEqual(lintedFiles(r.stdout), [...CHANGED.filter((p) => p !== 'postmortems/unstaged.md' && p !== 'postmortems/edited.md'), 'postmortems/edited again.md'].sort());
      assert.doesNotMatch(r.stderr, /unstaged|cannot read/);
    } finally {
      git(repo, 'checkout', '-q', '--', 'postmortems/unstaged.md');
      renameSync(join(repo, 'postmortems/edited again.md'), join(repo, 'postmortems/edited.md'));
      write(repo, 'postmortems/unstaged.md', COMPLETE + '\nEdited, not staged.\n');
    }
  });
});
