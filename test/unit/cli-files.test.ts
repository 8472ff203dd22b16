import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expandArguments } from '../../src/cli/files.js';
import { decodeDocument, readDocument } from '../../src/cli/read.js';
import { run } from '../../src/cli/run.js';

const ROOT = join(__dirname, '..', '..');
const FIX = 'test/fixtures/cli';
const TODAY = ['--today', '2026-11-25'];
const COMPLETE = readFileSync(join(ROOT, FIX, 'en-complete.md'), 'utf8');

function cli(argv: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {} });
  return { code, stdout, stderr };
}

const files = (stdout: string) => [...new Set((JSON.parse(stdout) as Array<{ file: string }>).map((p) => p.file))];

describe('finding files', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'pm-files-'));
    // An empty config at the top keeps configs above the temp folder out of the tests.
    writeFileSync(join(tmp, '.postmortemrc.json'), '{}');
    for (const dir of ['docs/postmortems', 'node_modules/pkg', '.git', 'empty']) mkdirSync(join(tmp, dir), { recursive: true });
    writeFileSync(join(tmp, 'docs/postmortems/a.md'), COMPLETE);
    writeFileSync(join(tmp, 'docs/postmortems/b.markdown'), COMPLETE);
    writeFileSync(join(tmp, 'docs/postmortems/c.txt'), COMPLETE);
    writeFileSync(join(tmp, 'node_modules/pkg/postmortem.md'), COMPLETE);
    writeFileSync(join(tmp, '.git/postmortem.md'), COMPLETE);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('searches folders for *.md and *.markdown, skipping node_modules and dot-folders', () => {
    const r = cli([...TODAY, '-f', 'json'], tmp);
    assert.deepEqual(files(r.stdout), ['docs/postmortems/a.md', 'docs/postmortems/b.markdown']);
    const { targets } = expandArguments(['docs'], tmp);
    assert.deepEqual(targets.map((t) => t.explicit), [false, false]);
  });

  it('expands globs', () => {
    const r = cli([...TODAY, '-f', 'json', `${FIX}/tree/**/*.md`]);
    assert.deepEqual(files(r.stdout), [`${FIX}/tree/teams/payments/2026-10-02-db-failover.md`]);
    // README.md and notes.md matched the glob too: counted, not named.
    assert.match(r.stderr, /^2 files skipped: not postmortems/);
    assert.doesNotMatch(r.stderr, /README/);
    const both = cli([...TODAY, '-f', 'json', `${FIX}/en-*.md`]);
    assert.deepEqual(files(both.stdout), [`${FIX}/en-complete.md`, `${FIX}/en-missing-section.md`]);
  });

  it('lints each file once, even when named twice', () => {
    const r = cli([...TODAY, '-f', 'json', `${FIX}/en-missing-section.md`, `./${FIX}/en-missing-section.md`, `${FIX}/en-*.md`]);
    assert.equal((JSON.parse(r.stdout) as unknown[]).filter((p) => (p as { ruleId: string }).ruleId === 'required-sections').length, 1);
  });

  it('exits 2 for a missing file, a glob that matches nothing, or a folder without Markdown', () => {
    for (const [arg, message] of [
      ['nope.md', /no such file or folder: nope\.md/],
      ['nothing/**/*.md', /no Markdown files match the pattern nothing\/\*\*\/\*\.md/],
      ['empty', /no Markdown files \(\*\.md, \*\.markdown\) in folder empty/],
    ] as const) {
      const r = cli([arg, 'docs'], tmp);
      assert.equal(r.code, 2, arg);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    }
  });

  it('lints a named file whatever its extension', () => {
    const r = cli([...TODAY, '-f', 'json', 'docs/postmortems/c.txt'], tmp);
    assert.deepEqual(files(r.stdout), ['docs/postmortems/c.txt']);
  });
});

describe('bad input', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'pm-input-'));
    writeFileSync(join(tmp, '.postmortemrc.json'), '{}');
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('skips a binary file with a note', () => {
    writeFileSync(join(tmp, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    const r = cli([...TODAY, 'image.md'], tmp);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^image\.md: skipped: this looks like a binary file/);
  });

  it('reads invalid UTF-8 with replacement characters and warns', () => {
    // "Café" in Latin-1, then a complete postmortem.
    writeFileSync(join(tmp, 'latin1.md'), Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from(' outage\n\n'), Buffer.from(COMPLETE)]));
    const r = cli([...TODAY, '-f', 'json', 'latin1.md'], tmp);
    assert.match(r.stderr, /^latin1\.md: is not valid UTF-8; the invalid bytes were read as U\+FFFD/);
    assert.ok((JSON.parse(r.stdout) as unknown[]).length > 0);
    assert.deepEqual(decodeDocument(Buffer.from([0x43, 0x61, 0x66, 0xe9])), {
      kind: 'text',
      text: 'Caf\uFFFD',
      warning: 'is not valid UTF-8; the invalid bytes were read as U+FFFD (\uFFFD). Save the file as UTF-8.',
    });
  });

  it('drops a UTF-8 byte order mark and reads UTF-16 with one', () => {
    assert.deepEqual(decodeDocument(Buffer.from([0xef, 0xbb, 0xbf, 0x23, 0x20, 0x41])), { kind: 'text', text: '# A' });
    assert.deepEqual(decodeDocument(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# 장애', 'utf16le')])), { kind: 'text', text: '# 장애' });
    assert.deepEqual(decodeDocument(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('# 장애', 'utf16le').swap16()])), { kind: 'text', text: '# 장애' });
  });

  it('gives one info message for a file over maxFileSize', () => {
    mkdirSync(join(tmp, 'big'));
    writeFileSync(join(tmp, 'big/.postmortemrc.json'), '{ "maxFileSize": 100 }');
    writeFileSync(join(tmp, 'big/incident.md'), COMPLETE);
    const r = cli([...TODAY, '-f', 'json', 'big/incident.md'], tmp);
    assert.equal(r.code, 0);
    assert.deepEqual((JSON.parse(r.stdout) as Array<{ ruleId: string; severity: string }>).map((p) => [p.ruleId, p.severity]), [['file-too-large', 'info']]);
  });

  it('turns read errors into messages', () => {
    assert.deepEqual(readDocument(tmp), { kind: 'error', message: 'cannot read the file: it is a folder' });
    assert.deepEqual(readDocument(join(tmp, 'gone.md')), { kind: 'error', message: 'cannot read the file: no such file' });
  });

  it('reports an unreadable file and exits 2, still linting the others', { skip: process.getuid?.() === 0 || process.platform === 'win32' }, () => {
    writeFileSync(join(tmp, 'locked.md'), COMPLETE);
    writeFileSync(join(tmp, 'open.md'), COMPLETE);
    chmodSync(join(tmp, 'locked.md'), 0o000);
    try {
      const r = cli([...TODAY, '-f', 'json', 'locked.md', 'open.md'], tmp);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^locked\.md: cannot read the file: permission denied/);
      assert.deepEqual(files(r.stdout), ['open.md']);
    } finally {
      chmodSync(join(tmp, 'locked.md'), 0o644);
    }
  });
});
