import assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { applyPatch } from 'diff';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';
import type { Encoding } from '../../src/cli/encode.js';
import { Fixer, MAX_FIX_PASSES } from '../../src/cli/fix.js';
import { run, type CliIO } from '../../src/cli/run.js';
import type { LintMessage } from '../../src/core/lint/types.js';
import { applyEdits, expectedSafeFix } from '../support/fix.js';

const ROOT = join(__dirname, '..', '..');
const TODAY = '2026-11-25';
const FIXTURE = (name: string) => readFileSync(join(ROOT, 'test/fixtures/cli', name), 'utf8');
const PAST = new Date('2020-01-02T03:04:05Z');

function cli(argv: string[], cwd: string, extra: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const code = run(['--today', TODAY, ...argv], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {}, ...extra });
  return { code, stdout, stderr };
}

/** A folder with an empty config (so configs above it stay out) and a postmortems/ folder. */
function workspace(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, '.postmortemrc.json'), '{}');
  mkdirSync(join(dir, 'postmortems'));
  return dir;
}

/** Writes a file and dates it in the past, so any rewrite shows in its mtime. */
function put(path: string, bytes: Uint8Array | string): void {
  writeFileSync(path, bytes);
  utimesSync(path, PAST, PAST);
}

const mtime = (path: string) => statSync(path).mtimeMs;
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** English, missing its Impact section (inserted before the timeline). */
const EN_MISSING = FIXTURE('en-missing-section.md');

/** Korean, without its impact and action item sections: one inserted in the middle, one at the end. */
const KO_MISSING = FIXTURE('ko-complete.md')
  .replace(/## 영향 범위\n\n[^\n]*\n\n/, '')
  .replace(/## 재발 방지 대책[\s\S]*$/, '');

/** A timeline table and a task list; no impact and no action item section. */
const TABLES = `# Cache stampede on the catalog service

## Summary

A cache flush made every catalog request hit the database at once.

## Timeline

| Time (UTC) | Event |
| --- | --- |
| 14:02 | Cache flushed by the nightly job |
| 14:05 | Database CPU at 100% |
| 14:40 | Cache warmed, latency back to normal |

## Root cause

1. Why did latency rise? Because every request went to the database.
2. Why did every request go to the database? Because the cache was empty.
3. Why was it empty? Because the nightly job flushes it all at once.
4. Why all at once? Because the job has no batching.
5. Why no batching? Because the job predates the cache's current size.

Checked during the review:

- [x] The job's schedule
- [ ] The replica lag
`;

/** Every section, one sentence that blames a person: a wording fix only. */
const BLAME = `# Database outage

## Summary

The checkout service was down for 30 minutes.

## Timeline

All times in UTC.

- 10:00 Tom carelessly deleted the production table.
- 10:30 Service restored from the backup.

## Impact

Checkout failed for 30 minutes.

## Root cause

1. Why did checkout fail? Because the orders table was gone.
2. Why was it gone? Because a cleanup script ran against production.
3. Why against production? Because the script takes the target from the shell's environment.
4. Why from the environment? Because the script was written for local use.
5. Why was a local script used? Because there is no reviewed cleanup tool.

## Action items

- [ ] Add a confirmation prompt to the cleanup script (owner: @ana, due: 2026-12-01)
`;

function utf32(text: string, le: boolean): Buffer {
  const points = Array.from('\uFEFF' + text, (c) => c.codePointAt(0)!);
  const out = Buffer.alloc(4 * points.length);
  points.forEach((p, i) => (le ? out.writeUInt32LE(p, 4 * i) : out.writeUInt32BE(p, 4 * i)));
  return out;
}

const encoders: Record<Encoding, (text: string) => Buffer> = {
  'utf-8': (t) => Buffer.from(t),
  'utf-8 with BOM': (t) => Buffer.from('\uFEFF' + t),
  'utf-16le': (t) => Buffer.from('\uFEFF' + t, 'utf16le'),
  'utf-16be': (t) => Buffer.from('\uFEFF' + t, 'utf16le').swap16(),
  'utf-32le': (t) => utf32(t, true),
  'utf-32be': (t) => utf32(t, false),
};

const decoders: Record<Encoding, (b: Buffer) => string> = {
  'utf-8': (b) => b.toString('utf8'),
  'utf-8 with BOM': (b) => b.subarray(3).toString('utf8'),
  'utf-16le': (b) => b.subarray(2).toString('utf16le'),
  'utf-16be': (b) => Buffer.from(b.subarray(2)).swap16().toString('utf16le'),
  'utf-32le': (b) => String.fromCodePoint(...Array.from({ length: (b.length - 4) / 4 }, (_, i) => b.readUInt32LE(4 + 4 * i))),
  'utf-32be': (b) => String.fromCodePoint(...Array.from({ length: (b.length - 4) / 4 }, (_, i) => b.readUInt32BE(4 + 4 * i))),
};

interface Case {
  name: string;
  text: string;
  encoding: Encoding;
}

const CASES: Case[] = [
  { name: 'crlf.md', text: crlf(EN_MISSING), encoding: 'utf-8' },
  { name: 'bom-korean.md', text: KO_MISSING, encoding: 'utf-8 with BOM' },
  { name: 'korean-crlf.md', text: crlf(KO_MISSING), encoding: 'utf-8' },
  { name: 'tables.md', text: TABLES, encoding: 'utf-8' },
  { name: 'no-final-newline.md', text: TABLES.trimEnd(), encoding: 'utf-8' },
  { name: 'crlf-no-final-newline.md', text: crlf(KO_MISSING).trimEnd(), encoding: 'utf-8' },
  // Mostly CRLF, two lines with LF: inserted lines follow the majority.
  { name: 'mixed.md', text: crlf(TABLES).replace('| 14:02 | Cache flushed by the nightly job |\r\n', '| 14:02 | Cache flushed by the nightly job |\n').replace('Checked during the review:\r\n', 'Checked during the review:\n'), encoding: 'utf-8' },
  { name: 'utf16le.md', text: crlf(EN_MISSING), encoding: 'utf-16le' },
  { name: 'utf16be.md', text: KO_MISSING, encoding: 'utf-16be' },
  { name: 'utf32le.md', text: TABLES.trimEnd() + ' 🔥', encoding: 'utf-32le' },
];

describe('--fix', () => {
  let dir: string;
  before(() => {
    dir = workspace('pm-fix-');
    for (const c of CASES) put(join(dir, 'postmortems', c.name), encoders[c.encoding](c.text));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('changes each file exactly by its safe fixes, in its own encoding, byte order mark and line breaks', () => {
    const r = cli(['--fix', '-f', 'json', 'postmortems'], dir);
    assert.equal(r.stderr, '');
    for (const c of CASES) {
      const path = join(dir, 'postmortems', c.name);
      const expected = expectedSafeFix(c.text, { path: `postmortems/${c.name}`, today: TODAY });
      assert.ok(expected.passes >= 1 && expected.text !== c.text, `${c.name}: the case has safe fixes`);
      const bytes = readFileSync(path);
      assert.deepEqual(bytes, encoders[c.encoding](expected.text), c.name);
      const written = decoders[c.encoding](bytes);
      assert.equal(written, expected.text, c.name);
      const breaks = written.match(/\r\n|\r|\n/g)!;
      if (c.text.includes('\r\n') && !/(?<!\r)\n/.test(c.text)) assert.ok(!/(?<!\r)\n/.test(written), `${c.name}: an LF line break was added to a CRLF file`);
      if (c.name === 'mixed.md') assert.equal(breaks.filter((b) => b === '\n').length, 2, 'mixed.md: its own LF lines stay, new lines are CRLF');
      assert.equal(/[\r\n]$/.test(written), /[\r\n]$/.test(c.text), `${c.name}: final line break kept or kept absent`);
    }
    // The reports are about the fixed files: no missing section is left.
    const reported = JSON.parse(r.stdout) as Array<{ ruleId: string; message: string }>;
    assert.equal(reported.filter((m) => m.ruleId === 'required-sections' && m.message.startsWith('Missing section')).length, 0);
  });

  it('changes nothing on a second run: same bytes, same mtime', () => {
    const before = CASES.map((c) => {
      const path = join(dir, 'postmortems', c.name);
      utimesSync(path, PAST, PAST);
      return { path, bytes: readFileSync(path) };
    });
    const r = cli(['--fix', 'postmortems'], dir);
    assert.equal(r.stderr, '');
    for (const { path, bytes } of before) {
      assert.deepEqual(readFileSync(path), bytes, path);
      assert.equal(mtime(path), PAST.getTime(), `${path} was rewritten`);
    }
  });
});

describe('--fix on files it must not rewrite as they are', () => {
  let dir: string;
  before(() => (dir = workspace('pm-fix-keep-')));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves a file that is not valid UTF-8 alone and says why', () => {
    const path = join(dir, 'postmortems', 'latin1.md');
    const bytes = Buffer.concat([Buffer.from(EN_MISSING.replace('Indexer queue', 'Indexer queue (caf')), Buffer.from([0xe9, 0x29])]);
    put(path, bytes);
    const r = cli(['--fix', 'postmortems/latin1.md'], dir);
    assert.deepEqual(readFileSync(path), bytes);
    assert.equal(mtime(path), PAST.getTime());
    assert.match(r.stderr, /latin1\.md: not fixed: its bytes are not valid utf-8/);
    // Still reported as it is, missing section included.
    assert.match(r.stdout, /Missing section/);
    assert.equal(r.code, 1);
  });

  it('keeps the mode and a symbolic link, fixing the file it leads to', () => {
    const real = join(dir, 'postmortems', 'real.md');
    const link = join(dir, 'postmortems', 'link.md');
    put(real, EN_MISSING);
    chmodSync(real, 0o660);
    symlinkSync('real.md', link);
    const r = cli(['--fix', 'postmortems/link.md'], dir);
    assert.equal(r.stderr, '');
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link became a file');
    assert.equal(statSync(real).mode & 0o777, 0o660);
    assert.equal(readFileSync(real, 'utf8'), expectedSafeFix(EN_MISSING, { path: 'postmortems/link.md', today: TODAY }).text);
  });

  it('refuses a read-only file as writing in place would', { skip: process.getuid?.() === 0 ? 'root may write to any file' : false }, () => {
    const path = join(dir, 'postmortems', 'read-only.md');
    put(path, EN_MISSING);
    chmodSync(path, 0o444);
    const r = cli(['--fix', 'postmortems/read-only.md'], dir);
    assert.equal(readFileSync(path, 'utf8'), EN_MISSING);
    assert.match(r.stderr, /read-only\.md: not fixed: cannot write the file \(permission denied\); it is unchanged/);
    assert.equal(r.code, 2);
  });
});

describe('--fix-type wording', () => {
  let dir: string;
  before(() => (dir = workspace('pm-fix-wording-')));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the blame rewrite that plain --fix leaves, once', () => {
    const path = join(dir, 'postmortems', 'blame.md');
    put(path, BLAME);
    const plain = cli(['--fix', '-f', 'json', 'postmortems'], dir);
    assert.equal(mtime(path), PAST.getTime(), 'plain --fix rewrote a file with only a wording fix');
    assert.equal(readFileSync(path, 'utf8'), BLAME);
    const blame = (JSON.parse(plain.stdout) as Array<{ ruleId: string; line: number }>).filter((m) => m.ruleId === 'blame-language');
    assert.equal(blame.length, 1);

    const r = cli(['--fix', '--fix-type', 'wording', 'postmortems'], dir);
    assert.equal(r.stderr, '');
    const fixed = readFileSync(path, 'utf8');
    const lines = fixed.split('\n');
    const changed = lines.filter((line, i) => line !== BLAME.split('\n')[i]);
    assert.equal(changed.length, 1, 'only the blaming line changes');
    assert.match(changed[0]!, /^- 10:00 Tom carelessly deleted the production table\. What .+\?$/);
    // The rewrite is one question added once, and the sentence it answers is no longer flagged.
    assert.equal(changed[0]!.match(/\?/g)!.length, 1);
    const after = JSON.parse(cli(['-f', 'json', 'postmortems'], dir).stdout) as Array<{ ruleId: string }>;
    assert.deepEqual(after.filter((m) => m.ruleId === 'blame-language'), []);

    utimesSync(path, PAST, PAST);
    cli(['--fix', '--fix-type', 'safe,wording', 'postmortems'], dir);
    assert.equal(readFileSync(path, 'utf8'), fixed);
    assert.equal(mtime(path), PAST.getTime(), 'a second run rewrote the file');
  });
});

describe('--fix-dry-run', () => {
  let dir: string;
  before(() => {
    dir = workspace('pm-fix-dry-');
    for (const c of CASES.filter((c) => c.encoding.startsWith('utf-8'))) put(join(dir, 'postmortems', c.name), encoders[c.encoding](c.text));
    put(join(dir, 'postmortems', 'blame.md'), BLAME);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a unified diff that turns each file into what --fix writes, and writes nothing', () => {
    const names = readdirSync(join(dir, 'postmortems')).sort();
    const original = new Map(names.map((n) => [n, readFileSync(join(dir, 'postmortems', n), 'utf8')]));
    const r = cli(['--fix-dry-run', '--fix-type', 'safe,wording', 'postmortems'], dir);
    for (const n of names) {
      assert.equal(readFileSync(join(dir, 'postmortems', n), 'utf8'), original.get(n), `${n} changed`);
      assert.equal(mtime(join(dir, 'postmortems', n)), PAST.getTime(), `${n} was touched`);
    }
    // stdout is the patch alone: one file section per changed file, paths relative to the folder as git writes them.
    assert.ok(r.stdout.startsWith('--- a/'), 'stdout holds the patch alone');
    const sections = r.stdout.split(/^(?=--- a\/)/m);
    assert.deepEqual(
      sections.map((s) => /^--- a\/(\S+)\n\+\+\+ b\/\1\n@@ /.exec(s)?.[1]),
      names.map((n) => `postmortems/${n}`),
    );
    // What would remain goes to stderr, as text.
    assert.match(r.stderr, /✖ \d+ problems? /);

    const dryCode = r.code;
    const patched = new Map(sections.map((s) => [/^--- a\/postmortems\/(\S+)/.exec(s)![1]!, s]));
    const fix = cli(['--fix', '--fix-type', 'safe,wording', 'postmortems'], dir);
    assert.equal(dryCode, fix.code, 'the dry run exits as --fix does');
    for (const n of names) {
      const result = applyPatch(original.get(n)!, patched.get(n)!);
      assert.equal(result, readFileSync(join(dir, 'postmortems', n), 'utf8'), `${n}: the patch does not give what --fix wrote`);
    }
  });

  it('prints nothing on stdout when there is nothing to fix', () => {
    const r = cli(['--fix-dry-run', 'postmortems/blame.md'], dir);
    assert.equal(r.stdout, '');
  });
});

describe('--fix when writing goes wrong', () => {
  let dir: string;
  before(() => (dir = workspace('pm-fix-fail-')));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the original and leaves no temporary file when the write fails before the rename', () => {
    const path = join(dir, 'postmortems', 'a.md');
    put(path, EN_MISSING);
    let temp = '';
    const r = cli(['--fix', 'postmortems'], dir, {
      writeHooks: {
        beforeRename(tempPath) {
          temp = tempPath;
          throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
        },
      },
    });
    assert.ok(temp.startsWith(join(dir, 'postmortems')), 'the temporary file is written next to the original');
    assert.equal(readFileSync(path, 'utf8'), EN_MISSING);
    assert.equal(mtime(path), PAST.getTime());
    assert.deepEqual(readdirSync(join(dir, 'postmortems')), ['a.md']);
    assert.match(r.stderr, /postmortems\/a\.md: not fixed: cannot write the file \(no space left on the device\); it is unchanged/);
    // The problems reported are those of the file as it still is.
    assert.match(r.stdout, /Missing section: impact/);
    assert.equal(r.code, 2);
  });

  it('leaves a file that changed on disk since it was read alone, with a message', () => {
    const path = join(dir, 'postmortems', 'b.md');
    put(path, EN_MISSING);
    const saved = EN_MISSING.replace('All times in UTC.', 'All times in UTC (saved meanwhile).');
    const r = cli(['--fix', 'postmortems/b.md'], dir, { writeHooks: { beforeRename: (_temp, original) => writeFileSync(original, saved) } });
    assert.equal(readFileSync(path, 'utf8'), saved);
    assert.deepEqual(readdirSync(join(dir, 'postmortems')).filter((n) => n.startsWith('.')), []);
    assert.match(r.stderr, /postmortems\/b\.md: not fixed: the file changed on disk while it was being fixed; run again/);
    assert.equal(r.code, 2);
  });
});

describe('the fix loop', () => {
  let dir: string;
  before(() => (dir = workspace('pm-fix-loop-')));
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** A safe-rule message whose fix inserts `text` at `offset`. */
  const message = (text: string, offset: number, note = text): LintMessage => ({
    ruleId: 'required-sections',
    severity: 'error',
    message: `add ${note}`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    url: '',
    fixes: [{ title: 'add', edits: [{ start: { line: 1, column: 1, offset }, end: { line: 1, column: 1, offset }, newText: text }] }],
  });

  function fixWith(relint: (text: string) => LintMessage[]) {
    const path = join(dir, 'postmortems', 'loop.md');
    put(path, 'x\n');
    const notes: string[] = [];
    const fixer = new Fixer({ dryRun: false, types: ['safe'] }, (line) => notes.push(line));
    const texts: string[] = [];
    const left = fixer.fixFile(path, 'loop.md', 'x\n', [message('a', 0)], (text) => {
      texts.push(text);
      return { kind: 'done', result: { skipped: null, messages: relint(text), model: undefined as never } };
    });
    return { written: readFileSync(path, 'utf8'), texts, left, notes };
  }

  it('lints the fixed text again and applies the fixes it brings', () => {
    const r = fixWith((text) => (text === 'ax\n' ? [message('b', 0)] : []));
    assert.deepEqual(r.texts, ['ax\n', 'bax\n']);
    assert.equal(r.written, 'bax\n');
    assert.deepEqual(r.left, []);
  });

  it(`stops after ${MAX_FIX_PASSES} passes`, () => {
    let n = 0;
    const r = fixWith(() => [message(String(++n % 10), 0)]);
    assert.equal(r.texts.length, MAX_FIX_PASSES);
    assert.equal(r.written.length, 'x\n'.length + MAX_FIX_PASSES);
    assert.equal(r.left.length, 1, 'what the last pass found is reported');
  });

  it('does not apply again a fix whose message came back', () => {
    // Replaces the first character with "qq": it would grow on every pass.
    const doubling = (): LintMessage => {
      const m = message('qq', 0, 'q');
      m.fixes[0]!.edits[0]!.end = { line: 1, column: 2, offset: 1 };
      return m;
    };
    const r = fixWith(() => [doubling()]);
    assert.deepEqual(r.texts, ['ax\n', 'qqx\n']);
    assert.equal(r.written, 'qqx\n');
    assert.equal(r.left.length, 1, 'the message that came back is reported');
  });

  it('keeps the last text that could be linted when the analysis of a fixed one fails', () => {
    const path = join(dir, 'postmortems', 'loop.md');
    put(path, 'x\n');
    const notes: string[] = [];
    const fixer = new Fixer({ dryRun: false, types: ['safe'] }, (line) => notes.push(line));
    let calls = 0;
    fixer.fixFile(path, 'loop.md', 'x\n', [message('a', 0)], () =>
      ++calls === 1 ? { kind: 'done', result: { skipped: null, messages: [message('b', 0)], model: undefined as never } } : { kind: 'timeout', stage: 'the Markdown parser' },
    );
    assert.equal(readFileSync(path, 'utf8'), 'ax\n');
    assert.deepEqual(notes, ['loop.md: fixing stopped after 1 pass: the analysis of the fixed text ran out of time']);
  });

  it('applies insertions at one point in order and edits by offset', () => {
    const edits = [message('1', 2).fixes[0]!.edits[0]!, message('2', 2).fixes[0]!.edits[0]!];
    assert.equal(applyEdits('ab\r\ncd', edits), 'ab12\r\ncd');
  });
});

describe('fix options', () => {
  const usage = (argv: string[]) => assert.throws(() => parseCliArgs(argv), UsageError);

  it('reads --fix-type as a list, comma-separated or repeated; safe by default', () => {
    assert.deepEqual(parseCliArgs(['--fix']).fixTypes, ['safe']);
    assert.deepEqual(parseCliArgs(['--fix', '--fix-type', 'wording']).fixTypes, ['wording']);
    assert.deepEqual(parseCliArgs(['--fix-dry-run', '--fix-type', 'safe, Wording']).fixTypes, ['safe', 'wording']);
    assert.deepEqual(parseCliArgs(['--fix', '--fix-type', 'wording', '--fix-type=safe', '--fix-type', 'wording']).fixTypes, ['wording', 'safe']);
    assert.equal(parseCliArgs([]).fix, false);
  });

  it('rejects what makes no sense, with a message that says why', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--fix', '--fix-dry-run'], /cannot be used together/],
      [['--fix-type', 'safe'], /--fix-type needs --fix or --fix-dry-run/],
      [['--fix', '--fix-type', 'suggestion'], /suggestion fixes insert placeholders .* only you can fill in/],
      [['--fix', '--fix-type', 'safe,bold'], /unknown fix type "bold"/],
      [['--fix', '--model', 'a.md'], /do not combine it with --fix/],
      [['--fix-dry-run', '--model', 'a.md'], /do not combine it with --fix-dry-run/],
      [['--fix-dry-run', '-f', 'json'], /--fix-dry-run prints a diff .* no --format json/],
      [['--fix', '/dev/stdin'], /cannot fix \/dev\/stdin/],
      [['--fix', '-'], /cannot fix standard input/],
    ];
    for (const [argv, message] of cases) {
      usage(argv);
      assert.throws(() => parseCliArgs(argv), message, argv.join(' '));
    }
    const r = cli(['--fix', '--fix-type', 'suggestion'], ROOT);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Run `postmortem-lint --help` for usage/);
  });

  it('is explained in --help', () => {
    const help = cli(['--help'], ROOT).stdout;
    for (const option of ['--fix ', '--fix-dry-run', '--fix-type <types>']) assert.ok(help.includes(option), option);
    assert.match(help, /Suggestion fixes .* are never applied here/s);
  });
});
