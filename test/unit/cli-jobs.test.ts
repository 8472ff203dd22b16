/**
 * Several files analysed at the same time (--jobs): the output is the same,
 * byte for byte, as one by one; the per-file watchdog still stops a stuck
 * file without stopping the others; workers start only when files wait for
 * them; and the progress line shows on a terminal only.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';
import { ProgressLine } from '../../src/cli/progress.js';
import { run, type CliIO } from '../../src/cli/run.js';
import { relatedSetsSent, runningWorkers, type WatchdogTestHooks } from '../../src/cli/watchdog.js';

const ROOT = join(__dirname, '..', '..');
const COMPLETE = readFileSync(join(ROOT, 'test/fixtures/cli/en-complete.md'), 'utf8');
const TODAY = ['--today', '2026-11-25'];
const SPIN = 'SPIN-FOREVER-MARKER';
const THROW = 'THROW-MARKER';
/** The same hooks in every run, so the workers are reused rather than restarted. */
const HOOKS: WatchdogTestHooks = { spinOnText: SPIN, throwOnText: THROW };

function cli(argv: string[], cwd: string, extra: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {}, testHooks: HOOKS, ...extra });
  return { code, stdout, stderr };
}

/** The real corpus and crafted files: skipped, binary, unreadable, stuck, failing. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pm-jobs-'));
  const corpus = join(ROOT, 'test/fixtures/corpus');
  mkdirSync(join(dir, 'postmortems/stuck'), { recursive: true });
  mkdirSync(join(dir, 'docs'), { recursive: true });
  for (const folder of [corpus, join(ROOT, 'test/fixtures/unseen')]) {
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.md'))) copyFileSync(join(folder, name), join(dir, 'postmortems', name));
  }
  for (const name of readdirSync(join(ROOT, 'examples/postmortems'))) copyFileSync(join(ROOT, 'examples/postmortems', name), join(dir, 'postmortems', name));
  // A few with problems to report, for the shorter runs.
  mkdirSync(join(dir, 'more'));
  for (const name of readdirSync(corpus).filter((n) => n.endsWith('.md')).slice(0, 3)) copyFileSync(join(corpus, name), join(dir, 'more', name));
  writeFileSync(join(dir, 'postmortems/complete.md'), COMPLETE);
  // Not a postmortem: skipped and counted.
  writeFileSync(join(dir, 'docs/README.md'), '# Notes\n\nNothing to see.\n');
  writeFileSync(join(dir, 'postmortems/binary.md'), 'abc\0def');
  writeFileSync(join(dir, 'postmortems/latin1.md'), Buffer.from('# Outage caf\xe9\n\n## Timeline\n', 'latin1'));
  if (process.platform !== 'win32') symlinkSync('loop.md', join(dir, 'postmortems/loop.md'));
  writeFileSync(join(dir, 'postmortems/throws.md'), COMPLETE + `\n${THROW}\n`);
  // Its own folder's config gives it a short budget; the others keep the default.
  writeFileSync(join(dir, 'postmortems/stuck/.postmortemrc.json'), JSON.stringify({ analysisTimeoutMs: 300 }));
  writeFileSync(join(dir, 'postmortems/stuck/spins.md'), COMPLETE + `\n${SPIN}\n`);
  return dir;
}

describe('--jobs', () => {
  it('prints the same text, JSON and SARIF, byte for byte, with one worker as with three', () => {
    const dir = project();
    const files = readdirSync(join(dir, 'postmortems')).length;
    assert.ok(files >= 60, `${files} files`);
    for (const format of ['text', 'json', 'sarif']) {
      const one = cli([...TODAY, '-f', format, '--jobs', '1', 'postmortems', 'docs'], dir);
      const three = cli([...TODAY, '-f', format, '--jobs', '3', 'postmortems', 'docs'], dir);
      assert.equal(three.stdout, one.stdout, format);
      assert.equal(three.stderr, one.stderr, format);
      assert.equal(three.code, one.code, format);
      // The crafted files did what they are there for.
      assert.equal(one.code, 2);
      assert.match(one.stderr, /binary\.md: skipped: this looks like a binary file/);
      assert.match(one.stderr, /throws\.md: internal error while linting: Error: test hook: analysis failed/);
      assert.match(one.stderr, /latin1\.md: .*not valid UTF-8/);
      if (process.platform !== 'win32') assert.match(one.stderr, /loop\.md: .*symlink loop/);
      assert.match(one.stdout, /spins\.md/);
      assert.match(one.stdout, /analysis-timeout|Analysis stopped after 300 ms/);
    }
  });

  it('stops a stuck file with several workers and lints the files after it', () => {
    const dir = project();
    const r = cli([...TODAY, '-f', 'json', '--jobs', '3', 'postmortems/stuck', 'postmortems/complete.md', 'more'], dir);
    const problems = JSON.parse(r.stdout) as Array<{ file: string; ruleId: string; message: string }>;
    const stuck = problems.filter((p) => p.file === 'postmortems/stuck/spins.md');
    assert.deepEqual(stuck.map((p) => p.ruleId), ['analysis-timeout']);
    assert.match(stuck[0]!.message, /^Analysis stopped after 300 ms in the Markdown parser;/);
    const files = [...new Set(problems.map((p) => p.file))];
    // In argument order: the stuck file first, then the others, all analysed.
    assert.equal(files[0], 'postmortems/stuck/spins.md');
    assert.equal(files[1], 'postmortems/complete.md');
    assert.deepEqual(files.slice(2).sort(), readdirSync(join(dir, 'more')).map((n) => `more/${n}`).sort());
  });

  it('sends the run\'s other postmortems to each worker once, not with every file analysed again with them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-jobs-related-'));
    mkdirSync(join(dir, 'postmortems'));
    // The same open action item in postmortems of later dates: each later one repeats an earlier promise.
    for (let i = 1; i <= 8; i++) writeFileSync(join(dir, `postmortems/${i}.md`), `---\ndate: 2026-0${i}-01\n---\n\n${COMPLETE}`);
    const before = relatedSetsSent();
    const r = cli([...TODAY, '-f', 'json', '--jobs', '2', 'postmortems'], dir);
    const repeated = (JSON.parse(r.stdout) as Array<{ file: string; ruleId: string }>).filter((p) => p.ruleId === 'action-item-repeated');
    assert.ok(repeated.length >= 7, `${repeated.length} action-item-repeated: ${r.stderr}`);
    const sent = relatedSetsSent() - before;
    assert.ok(sent >= 1 && sent <= 2, `${sent} sets sent to two workers`);
  });

  it('starts one worker for one file, however many jobs are allowed', () => {
    const dir = project();
    // Hooks of its own: the workers of earlier runs are stopped and none is reused.
    const r = cli([...TODAY, '-f', 'json', '--jobs', '4', 'postmortems/complete.md'], dir, { testHooks: { spinOnText: 'ONE-FILE-ONLY' } });
    assert.notEqual(r.code, 2, r.stderr);
    assert.ok(Array.isArray(JSON.parse(r.stdout)));
    assert.equal(runningWorkers(), 1);
  });

  it('takes a whole number from 1; without it, one job per core', () => {
    assert.equal(parseCliArgs(['--jobs', '3']).jobs, 3);
    assert.equal(parseCliArgs(['-j', '1']).jobs, 1);
    assert.equal(parseCliArgs([]).jobs, undefined);
    for (const bad of ['0', '-1', '1.5', 'many', '']) assert.throws(() => parseCliArgs(['--jobs', bad]), UsageError, bad);
  });
});

describe('progress line', () => {
  const tty = () => {
    let text = '';
    return { stream: { isTTY: true, write: (s: string) => void (text += s) }, text: () => text };
  };

  it('shows nothing during the first second, then the count, rewritten in place, and clears it', () => {
    const out = tty();
    let now = 0;
    const line = new ProgressLine(out.stream, () => now);
    now = 500;
    line.update(1, 1000);
    assert.equal(out.text(), '');
    now = 1200;
    line.update(340, 1000);
    now = 1250;
    line.update(341, 1000);
    now = 1400;
    line.update(999, 1000);
    line.clear();
    // Throttled: 341 came within 100 ms of 340.
    assert.equal(out.text(), '\rlinted 340/1000 files\rlinted 999/1000 files\r' + ' '.repeat(21) + '\r');
  });

  it('is quiet when stderr is not a terminal', () => {
    let text = '';
    let now = 0;
    const line = new ProgressLine({ write: (s: string) => void (text += s) }, () => now);
    now = 5000;
    line.update(1, 2);
    line.clear();
    assert.equal(text, '');
  });

  it('runs on a terminal in a long run, leaves stdout alone and ends cleared', () => {
    const dir = project();
    let now = 0;
    const clock = () => (now += 400);
    const args = [...TODAY, '-f', 'json', '--jobs', '2', 'more', 'postmortems/binary.md', 'postmortems/throws.md', 'postmortems/complete.md'];
    const piped = cli(args, dir);
    let stderr = '';
    const onTty = cli(args, dir, { stderr: { isTTY: true, write: (s: string) => void (stderr += s) }, now: clock });
    assert.equal(onTty.stdout, piped.stdout);
    assert.match(stderr, /\rlinted \d+\/\d+ files/);
    // Without the progress line, stderr is what it is when piped.
    assert.equal(stderr.replace(/\rlinted \d+\/\d+ files */g, '').replace(/\r +\r/g, ''), piped.stderr);
    assert.doesNotMatch(piped.stderr, /linted \d+\//);
  });
});
