/**
 * Hostile input for the command-line tool: special files (FIFO, devices, a
 * socket, symlink loops), deep and huge configs, odd encodings, odd
 * arguments, unwritable output and a document whose analysis never ends.
 * Each case must end (a wide hang guard, not a speed figure), keep memory
 * bounded where a file could be endless, produce valid output, and still
 * lint the good files next to the bad one.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseCliArgs } from '../../src/cli/args.js';
import { expandArguments } from '../../src/cli/files.js';
import { decodeDocument, readDocument } from '../../src/cli/read.js';
import { run, type CliIO } from '../../src/cli/run.js';
import { findConfigFile } from '../../src/core/config/file.js';
import { bundleCli } from '../support/cli-bundle.js';

const ROOT = join(__dirname, '..', '..');
const COMPLETE = readFileSync(join(ROOT, 'test/fixtures/cli/en-complete.md'), 'utf8');
const TODAY = ['--today', '2026-11-25'];
/** Hang guard only: every case ends far sooner. */
const HANG_GUARD_MS = 20_000;
const posix = process.platform !== 'win32';
const hasMkfifo = posix && spawnSync('mkfifo', ['--help']).error === undefined;

function cli(argv: string[], cwd: string, extra: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {}, ...extra });
  return { code, stdout, stderr, ms: performance.now() - started };
}

type JsonProblem = { file: string; ruleId: string; severity: string; line: number; message: string };
const json = (stdout: string) => JSON.parse(stdout) as JsonProblem[];
const filesOf = (stdout: string) => [...new Set(json(stdout).map((p) => p.file))].sort();

/** The CLI bundled on its own, so this suite never races another test's build of dist/. */
let bundle = '';
function bin(args: string[], cwd: string, stdio?: { stdout: number }) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [bundle, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: HANG_GUARD_MS,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    stdio: stdio ? ['ignore', stdio.stdout, 'pipe'] : 'pipe',
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: performance.now() - started };
}

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pm-attacks-'));
  bundle = bundleCli(tmp);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh project folder with an empty config at the top and one good postmortem. */
function project(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'postmortems'), { recursive: true });
  writeFileSync(join(dir, '.postmortemrc.json'), '{}');
  writeFileSync(join(dir, 'postmortems/good.md'), COMPLETE);
  return dir;
}

describe('special files', () => {
  it('does not block on a FIFO named on the command line or found in a folder', { skip: !hasMkfifo && 'needs mkfifo' }, () => {
    const dir = project('fifo');
    spawnSync('mkfifo', [join(dir, 'postmortems/pipe.md')]);
    const r = bin([...TODAY, '-f', 'json', 'postmortems', 'postmortems/pipe.md'], dir);
    assert.equal(r.signal, null, 'the CLI hung on the FIFO');
    assert.match(r.stderr, /pipe\.md: not read: it is a named pipe \(FIFO\), not a regular file/);
    assert.deepEqual(filesOf(r.stdout), ['postmortems/good.md']);
    assert.equal(r.code, 2);
  });

  it('does not block on a config file that is a FIFO', { skip: !hasMkfifo && 'needs mkfifo' }, () => {
    const dir = project('fifo-config');
    rmSync(join(dir, '.postmortemrc.json'));
    spawnSync('mkfifo', [join(dir, '.postmortemrc.json')]);
    const r = bin([...TODAY, '-f', 'json', 'postmortems'], dir);
    assert.equal(r.signal, null, 'the CLI hung on the FIFO config');
    assert.match(r.stderr, /\.postmortemrc\.json: cannot read this config file \(not read: it is a named pipe/);
    assert.ok(json(r.stdout).some((p) => p.ruleId === 'config' && p.file === '.postmortemrc.json'));
    assert.ok(filesOf(r.stdout).includes('postmortems/good.md'));
    const fixed = bin([...TODAY, '--config', '.postmortemrc.json', 'postmortems'], dir);
    assert.equal(fixed.signal, null);
    assert.equal(fixed.code, 2);
    assert.match(fixed.stderr, /cannot read config file \.postmortemrc\.json: it is a named pipe/);
  });

  for (const device of ['/dev/zero', '/dev/urandom']) {
    it(`reads nothing endless from a symlink to ${device}, as document or config (bounded memory)`, { skip: !posix && 'POSIX devices' }, () => {
      const dir = project(`device-${device.slice(5)}`);
      symlinkSync(device, join(dir, 'postmortems/endless.md'));
      symlinkSync(device, join(dir, 'postmortems/.postmortemrc.yaml'));
      const rss = process.memoryUsage().rss;
      const r = cli([...TODAY, '-f', 'json', 'postmortems', 'postmortems/endless.md'], dir);
      assert.ok(process.memoryUsage().rss - rss < 200 * 1024 * 1024, 'memory grew by more than 200 MB');
      assert.ok(r.ms < HANG_GUARD_MS);
      assert.match(r.stderr, /endless\.md: not read: it is a character device, not a regular file/);
      assert.match(r.stderr, /\.postmortemrc\.yaml: cannot read this config file \(not read: it is a character device/);
      const files = filesOf(r.stdout);
      assert.ok(files.includes('postmortems/good.md'));
      assert.ok(!files.includes('postmortems/endless.md'));
    });
  }

  it('skips a socket with a note', { skip: !posix && 'UNIX sockets' }, async () => {
    const dir = project('socket');
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'postmortems/sock.md'), resolve));
    try {
      const r = cli([...TODAY, '-f', 'json', 'postmortems'], dir);
      assert.match(r.stderr, /skipped .*sock\.md: not a regular file/);
      assert.deepEqual(filesOf(r.stdout), ['postmortems/good.md']);
      const named = cli([...TODAY, '-f', 'json', 'postmortems/sock.md', 'postmortems/good.md'], dir);
      assert.match(named.stderr, /sock\.md: not read: it is a socket/);
      assert.deepEqual(filesOf(named.stdout), ['postmortems/good.md']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('reports a symlink loop in a folder and named, and lints the good files', { skip: !posix && 'symlinks' }, () => {
    const dir = project('loop');
    symlinkSync('a.md', join(dir, 'postmortems/b.md'));
    symlinkSync('b.md', join(dir, 'postmortems/a.md'));
    symlinkSync('self', join(dir, 'postmortems/self'));
    const r = bin([...TODAY, '-f', 'json', 'postmortems', 'postmortems/self/x.md', 'postmortems/a.md'], dir);
    assert.equal(r.signal, null);
    assert.doesNotMatch(r.stderr, /internal error/);
    assert.match(r.stderr, /a\.md: .*symlink loop/);
    assert.match(r.stderr, /self\/x\.md: too many levels of symbolic links/);
    assert.deepEqual(filesOf(r.stdout), ['postmortems/good.md']);
    assert.equal(r.code, 2);
  });

  it('reports an unreadable file and lints the good ones', { skip: (process.getuid?.() === 0 && 'as root, file permissions do not stop reads') || (!posix && 'POSIX permissions') }, () => {
    const dir = project('unreadable');
    writeFileSync(join(dir, 'postmortems/locked.md'), COMPLETE, { mode: 0o000 });
    const r = cli([...TODAY, '-f', 'json', 'postmortems'], dir);
    assert.match(r.stderr, /locked\.md: cannot read the file: permission denied/);
    assert.deepEqual(filesOf(r.stdout), ['postmortems/good.md']);
  });

  it('reads at most a little more than maxFileSize of a document that is larger', () => {
    const dir = project('large');
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ maxFileSize: 1000 }));
    writeFileSync(join(dir, 'postmortems/huge.md'), '# Postmortem\n' + 'x'.repeat(5_000_000));
    const r = cli([...TODAY, '-f', 'json', 'postmortems'], dir);
    const huge = json(r.stdout).filter((p) => p.file === 'postmortems/huge.md');
    assert.deepEqual(huge.map((p) => p.ruleId), ['file-too-large']);
    // 4 bytes a character at most, plus a byte order mark: never the 5 MB.
    assert.match(huge[0].message, /\(4,008 characters; the limit is 1,000\)/);
    assert.equal(readDocument(join(dir, 'postmortems/huge.md'), { maxChars: 10 }).kind, 'text');
  });
});

describe('configs', () => {
  for (const [name, text] of [
    ['deep JSON', '{"rules":{"five-whys":{"severity":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}}}'],
    ['deep JSON options', '{"rules":{"five-whys":["warning",' + '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000) + ']}}'],
    ['deep YAML', 'rules: ' + '['.repeat(50_000) + ']'.repeat(50_000)],
  ] as const) {
    it(`reports a ${name} config on its file and lints the others`, () => {
      const dir = project(name.replace(/ /g, '-'));
      const file = name.includes('YAML') ? '.postmortemrc.yaml' : '.postmortemrc.json';
      rmSync(join(dir, '.postmortemrc.json'));
      writeFileSync(join(dir, file), text);
      const r = cli([...TODAY, '-f', 'json', 'postmortems'], dir);
      assert.doesNotMatch(r.stderr, /internal error/);
      assert.match(r.stderr, new RegExp(`${file.replace('.', '\\.')}: the (JSON|YAML) nests more than 64 levels deep`));
      const problems = json(r.stdout);
      assert.ok(problems.some((p) => p.ruleId === 'config' && p.file === file));
      assert.ok(problems.some((p) => p.file === 'postmortems/good.md'));
      assert.equal(r.code, 1);
    });
  }

  it('refuses a config larger than 1 MB without reading it whole', () => {
    const dir = project('huge-config');
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ blameTerms: Array.from({ length: 400_000 }, (_, i) => `term${i}`) }));
    const r = cli([...TODAY, '-f', 'json', 'postmortems'], dir);
    assert.match(r.stderr, /cannot read this config file \(it is larger than 1,000,000 bytes\)/);
    assert.ok(filesOf(r.stdout).includes('postmortems/good.md'));
  });

  it('finds a config more than 64 folders up', () => {
    const dir = project('deep-folders');
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { 'action-item-overdue': 'off' } }));
    const deep = join(dir, 'postmortems', ...Array.from({ length: 80 }, (_, i) => `d${i}`));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'incident.md'), COMPLETE);
    const r = cli([...TODAY, '-f', 'json', deep], dir);
    assert.ok(!json(r.stdout).some((p) => p.ruleId === 'action-item-overdue'), 'the config 80 folders up was ignored');
    const reads: string[] = [];
    const found = findConfigFile('/' + Array.from({ length: 100 }, (_, i) => `d${i}`).join('/') + '/x.md', (p) => (reads.push(p), p === '/.postmortemrc.json' ? '{}' : undefined));
    assert.equal(found?.path, '/.postmortemrc.json');
  });

  it('lists broken config problems in JSON and SARIF, with their file, and fails the run', () => {
    const dir = project('broken-formats');
    writeFileSync(join(dir, '.postmortemrc.json'), '{ "rules": { "nosuchrule": "error" } ');
    const j = cli([...TODAY, '-f', 'json', 'postmortems'], dir);
    assert.equal(j.code, 1);
    const config = json(j.stdout).filter((p) => p.ruleId === 'config');
    assert.equal(config.length, 1);
    assert.equal(config[0].file, '.postmortemrc.json');
    const s = cli([...TODAY, '-f', 'sarif', 'postmortems'], dir);
    assert.equal(s.code, 1);
    const sarif = JSON.parse(s.stdout) as { version: string; runs: Array<{ invocations: Array<{ toolConfigurationNotifications?: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }> };
    assert.equal(sarif.version, '2.1.0');
    const notes = sarif.runs[0].invocations[0].toolConfigurationNotifications ?? [];
    assert.deepEqual(notes.map((n) => n.locations[0].physicalLocation.artifactLocation.uri), ['.postmortemrc.json']);
  });
});

describe('files, encodings and arguments', () => {
  it('matches `*.md` against names only, not the files inside a folder named x.md', () => {
    const dir = project('glob-folder');
    mkdirSync(join(dir, 'x.md'));
    writeFileSync(join(dir, 'x.md/postmortem-inner.md'), COMPLETE);
    writeFileSync(join(dir, 'postmortem-top.md'), COMPLETE);
    const found = expandArguments(['*.md'], dir);
    assert.deepEqual(found.targets.map((t) => t.path), [join(dir, 'postmortem-top.md')]);
  });

  it('lints a file holding a NUL byte with --force, and skips it without', () => {
    const dir = project('nul');
    writeFileSync(join(dir, 'postmortems/nul.md'), COMPLETE.replace('## Impact', '## Impact\u0000'));
    const plain = cli([...TODAY, '-f', 'json', 'postmortems/nul.md'], dir);
    assert.match(plain.stderr, /looks like a binary file/);
    const forced = cli([...TODAY, '-f', 'json', '--force', 'postmortems/nul.md'], dir);
    assert.doesNotMatch(forced.stderr, /binary/);
    assert.deepEqual(filesOf(forced.stdout), ['postmortems/nul.md']);
  });

  it('decodes UTF-32 with a byte order mark, little- and big-endian', () => {
    const text = '# 장애 회고 🚒\n\nUTF-32 text\n';
    const cps = [...text].map((c) => c.codePointAt(0)!);
    for (const le of [true, false]) {
      const bytes = Buffer.alloc(4 + cps.length * 4);
      const view = new DataView(bytes.buffer);
      view.setUint32(0, 0xfeff, le);
      cps.forEach((cp, i) => view.setUint32(4 + i * 4, cp, le));
      assert.deepEqual(decodeDocument(bytes), { kind: 'text', text });
    }
    const bad = Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0, 0, 0, 0x11, 0]);
    const decoded = decodeDocument(bad);
    assert.equal(decoded.kind === 'text' && decoded.text, 'A\ufffd');
    assert.match(decoded.kind === 'text' ? decoded.warning ?? '' : '', /not valid UTF-32/);
  });

  it('takes `--max-warnings -1` as no limit, as `--max-warnings=-1` does', () => {
    assert.equal(parseCliArgs(['--max-warnings', '-1', 'a.md']).maxWarnings, undefined);
    assert.deepEqual(parseCliArgs(['--max-warnings', '-1', 'a.md']).patterns, ['a.md']);
    assert.equal(parseCliArgs(['--max-warnings', '3']).maxWarnings, 3);
    assert.throws(() => parseCliArgs(['--max-warnings', '-2']), /--max-warnings must be a whole number/);
    assert.deepEqual(parseCliArgs(['--', '--max-warnings', '-1']).patterns, ['--max-warnings', '-1']);
    assert.equal(parseCliArgs(['--timeout-ms', '250']).timeoutMs, 250);
    assert.throws(() => parseCliArgs(['--timeout-ms', '-5']), /--timeout-ms must be a whole number/);
  });

  it('exits 2 with a message when stdout cannot be written (/dev/full)', { skip: !posix && 'needs /dev/full' }, () => {
    const dir = project('full');
    const fd = openSync('/dev/full', 'w');
    try {
      const runs = [
        ...['text', 'json', 'sarif', 'github', 'junit'].map((format) => [...TODAY, '-f', format, 'postmortems']),
        ['report', ...TODAY, 'postmortems'],
        ['report', ...TODAY, '-f', 'json', 'postmortems'],
        ['related', 'postmortems/good.md', 'postmortems'],
      ];
      for (const argv of runs) {
        const r = bin(argv, dir, { stdout: fd });
        assert.equal(r.code, 2, `${argv.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, /postmortem-lint: cannot write the output: ENOSPC/, argv.join(' '));
      }
    } finally {
      closeSync(fd);
    }
  });
});

describe('text a user wrote, through the CLI', () => {
  it('reports an unknown id in a disable comment under that id, and bad rule options with their key', () => {
    const dir = project('unknown-ids');
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ extends: './base.json', rules: { 'timeline-order': ['warning', { strict: true }] } }));
    writeFileSync(join(dir, 'postmortems/good.md'), COMPLETE.replace('## Impact', '<!-- postmortem-disable nosuchrule -->\n\n## Impact'));
    const r = cli([...TODAY, '-f', 'json', 'postmortems'], dir);
    const problems = json(r.stdout);
    assert.ok(problems.some((p) => p.ruleId === 'nosuchrule' && p.file === 'postmortems/good.md'));
    assert.ok(!problems.some((p) => p.ruleId === 'known'));
    const config = problems.filter((p) => p.ruleId === 'config').map((p) => p.message);
    // `extends` names a file that is not there.
    assert.ok(config.some((m) => /`extends`: cannot read \.\/base\.json \(no such file\)/.test(m)));
    assert.ok(config.some((m) => /unknown option `strict`.*\(rules\.timeline-order\)/.test(m)));
  });
});

describe('per-file watchdog', () => {
  const SPIN = 'SPIN-FOREVER-MARKER';

  it('stops a document that runs past --timeout-ms, reports it on that file, and lints the next ones in order', () => {
    const dir = project('watchdog');
    writeFileSync(join(dir, 'postmortems/a-first.md'), COMPLETE);
    writeFileSync(join(dir, 'postmortems/m-slow.md'), COMPLETE + `\n${SPIN}\n`);
    writeFileSync(join(dir, 'postmortems/z-last.md'), COMPLETE);
    const r = cli([...TODAY, '-f', 'json', '--timeout-ms', '300', 'postmortems'], dir, { testHooks: { spinOnText: SPIN } });
    assert.ok(r.ms < HANG_GUARD_MS);
    const problems = json(r.stdout);
    const slow = problems.filter((p) => p.file === 'postmortems/m-slow.md');
    assert.deepEqual(slow.map((p) => p.ruleId), ['analysis-timeout']);
    assert.match(slow[0].message, /^Analysis stopped after 300 ms in the Markdown parser;/);
    // Stable order: files as found, the good ones all linted.
    assert.deepEqual([...new Set(problems.map((p) => p.file))], ['postmortems/a-first.md', 'postmortems/good.md', 'postmortems/m-slow.md', 'postmortems/z-last.md']);
    assert.equal(r.code, 1);
  });

  it('reads the budget from analysisTimeoutMs in the config', () => {
    const dir = project('watchdog-config');
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ analysisTimeoutMs: 200 }));
    writeFileSync(join(dir, 'postmortems/slow.md'), COMPLETE + `\n${SPIN}\n`);
    const r = cli([...TODAY, '-f', 'json', 'postmortems'], dir, { testHooks: { spinOnText: SPIN } });
    const slow = json(r.stdout).filter((p) => p.file === 'postmortems/slow.md');
    assert.match(slow[0]?.message ?? '', /^Analysis stopped after 200 ms/);
    assert.ok(json(r.stdout).some((p) => p.file === 'postmortems/good.md'));
  });
});
