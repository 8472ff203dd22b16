/**
 * `--fix` and `--fix-dry-run` on copies of the real postmortems in the shared
 * corpus (../shared/corpus from the repository), as they are and rewritten
 * with CRLF line breaks, a byte order mark or no final line break.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { applyPatch } from 'diff';
import { run } from '../../src/cli/run.js';
import { expectedSafeFix } from '../support/fix.js';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'postmortems');
const TODAY = '2026-11-25';
const PAST = new Date('2020-01-02T03:04:05Z');

function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = run(['--today', TODAY, ...argv], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {} });
  return { code, stdout, stderr };
}

interface Doc {
  /** Relative to the temporary folder, as the CLI shows it. */
  path: string;
  bytes: Buffer;
  /** What --fix should leave, as bytes. */
  expected: Buffer;
}

const VARIANTS: Array<[string, (text: string) => string]> = [
  ['crlf', (t) => t.replace(/\r?\n/g, '\r\n')],
  ['bom', (t) => '\uFEFF' + t],
  ['no-final-newline', (t) => t.replace(/\s+$/, '')],
];

describe('--fix on the real corpus', { skip: existsSync(CORPUS) ? false : `the shared corpus is absent (${CORPUS}); these tests need ../shared/corpus next to the repository` }, () => {
  let dir: string;
  let docs: Doc[];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-fix-corpus-'));
    writeFileSync(join(dir, '.postmortemrc.json'), '{}');
    mkdirSync(join(dir, 'postmortems'));
    docs = [];
    const add = (name: string, text: string) => {
      const path = `postmortems/${name}`;
      const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
      const expected = expectedSafeFix(text.slice(bom.length), { path, today: TODAY });
      const bytes = Buffer.from(text);
      writeFileSync(join(dir, path), bytes);
      utimesSync(join(dir, path), PAST, PAST);
      docs.push({ path, bytes, expected: Buffer.from(bom + expected.text) });
      return expected.passes > 0;
    };
    const names = readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort();
    // The three smallest documents with something to fix also come in each variant.
    const fixable = names.filter((name) => add(name, readFileSync(join(CORPUS, name), 'utf8')));
    const smallest = [...fixable].sort((a, b) => statSync(join(CORPUS, a)).size - statSync(join(CORPUS, b)).size).slice(0, 3);
    for (const name of smallest) for (const [variant, change] of VARIANTS) add(`${variant}-${name}`, change(readFileSync(join(CORPUS, name), 'utf8')));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const changing = () => docs.filter((d) => !d.expected.equals(d.bytes));
  let patches: Map<string, string>;

  it('--fix-dry-run prints a patch for each file to change and writes nothing', () => {
    assert.ok(changing().length >= 10, `only ${changing().length} corpus documents have safe fixes`);
    const r = cli(['--fix-dry-run', 'postmortems'], dir);
    for (const d of docs) {
      assert.deepEqual(readFileSync(join(dir, d.path)), d.bytes, d.path);
      assert.equal(statSync(join(dir, d.path)).mtimeMs, PAST.getTime(), `${d.path} was touched`);
    }
    patches = new Map(r.stdout.split(/^(?=--- a\/)/m).map((p) => [/^--- a\/(\S+)/.exec(p)![1]!, p]));
    assert.deepEqual([...patches.keys()].sort(), changing().map((d) => d.path).sort());
  });

  it('--fix changes each file exactly by its fixes, and the dry run patch gives the same', () => {
    const r = cli(['--fix', '-f', 'json', 'postmortems'], dir);
    assert.doesNotMatch(r.stderr, /not fixed|stopped/);
    for (const d of docs) {
      const now = readFileSync(join(dir, d.path));
      assert.deepEqual(now.toString('utf8'), d.expected.toString('utf8'), d.path);
      assert.deepEqual(now, d.expected, d.path);
      if (d.expected.equals(d.bytes)) assert.equal(statSync(join(dir, d.path)).mtimeMs, PAST.getTime(), `${d.path} was rewritten with nothing to fix`);
      else assert.equal(applyPatch(d.bytes.toString('utf8'), patches.get(d.path)!), now.toString('utf8'), `${d.path}: the dry run's patch`);
    }
  });

  it('a second --fix changes nothing', () => {
    const fixed = changing();
    for (const d of fixed) utimesSync(join(dir, d.path), PAST, PAST);
    const r = cli(['--fix', ...fixed.map((d) => d.path)], dir);
    assert.doesNotMatch(r.stderr, /not fixed|stopped/);
    for (const d of fixed) {
      assert.deepEqual(readFileSync(join(dir, d.path)), d.expected, d.path);
      assert.equal(statSync(join(dir, d.path)).mtimeMs, PAST.getTime(), `${d.path} was rewritten`);
    }
  });
});
