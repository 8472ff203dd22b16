import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { escapeData, escapeProperty, formatGithub } from '../../src/cli/formatters/github.js';
import type { FileReport } from '../../src/cli/formatters/types.js';
import { run, type CliIO } from '../../src/cli/run.js';
import type { LintMessage, Severity } from '../../src/core/lint/types.js';

const ROOT = join(__dirname, '..', '..');
const FIX = 'test/fixtures/cli';

function cli(argv: string[], cwd = ROOT, extra: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {}, ...extra });
  return { code, stdout, stderr };
}

interface Command {
  name: string;
  properties: Record<string, string>;
  data: string;
}

/** Undoes the runner's escapes in one pass, so `%253A` stays the text `%3A`. */
function unescape(text: string, property: boolean): string {
  const codes: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n', ...(property ? { '%3A': ':', '%2C': ',' } : {}) };
  return text.replace(/%(25|0D|0A|3A|2C)/gi, (m) => codes[m.toUpperCase()] ?? m);
}

/**
 * Reads one workflow command the way the Actions runner does: `::`, the
 * command name, an optional space and comma-separated `key=value` properties,
 * `::`, then the data to the end of the line. Properties cannot contain `:`
 * or `,` unescaped, so the first `::` after the name ends them.
 */
function parseCommand(line: string): Command {
  assert.ok(line.startsWith('::'), `not a workflow command: ${line}`);
  assert.ok(!/[\r\n]/.test(line), 'a command is one line');
  const end = line.indexOf('::', 2);
  assert.ok(end > 2, `no data separator: ${line}`);
  const head = line.slice(2, end);
  const space = head.indexOf(' ');
  const name = space === -1 ? head : head.slice(0, space);
  const properties: Record<string, string> = {};
  if (space !== -1) {
    for (const pair of head.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      assert.ok(eq > 0, `property without a key: ${pair}`);
      const key = pair.slice(0, eq);
      assert.ok(!(key in properties), `property ${key} twice`);
      properties[key] = unescape(pair.slice(eq + 1), true);
    }
  }
  return { name, properties, data: unescape(line.slice(end + 2), false) };
}

function parseOutput(output: string): Command[] {
  assert.ok(output === '' || output.endsWith('\n'));
  return output.split('\n').slice(0, -1).map(parseCommand);
}

function message(text: string, severity: Severity = 'warning', extra: Partial<LintMessage> = {}): LintMessage {
  return { ruleId: 'blame-language', severity, message: text, line: 3, column: 5, endLine: 3, endColumn: 9, url: 'https://example.test/r', fixes: [], ...extra };
}

function report(posix: string, messages: LintMessage[]): FileReport {
  return { path: join(ROOT, posix), display: posix, posix, messages };
}

const TRICKY = [
  'a, b: c',
  'line one\nline two\r\nline three\rend',
  '100% sure; %0A and %25 and %3A are text, not escapes',
  '::error file=x.md::injected',
  '담당자가 없습니다: 담당자를 적어 주세요, 꼭.',
  'emoji 🚒 and tab\tend',
  '',
];

describe('github format', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'pm-github-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('escapes data and properties as the Actions toolkit does', () => {
    assert.equal(escapeData('50%\r\nok'), '50%25%0D%0Aok');
    assert.equal(escapeData('a:b,c'), 'a:b,c');
    assert.equal(escapeProperty('50%\r\na:b,c'), '50%25%0D%0Aa%3Ab%2Cc');
    // `%` first: a literal "%0A" must not come back as a line break.
    assert.equal(escapeData('%0A'), '%250A');
  });

  it('round-trips tricky messages and paths through a parser that follows the spec', () => {
    const paths = ['postmortems/plain.md', 'post mortems/a, b: c.md', '장애 회고/2026-11-03 결제 장애.md', 'odd/100%.md'];
    const reports = paths.map((p, i) => report(p, TRICKY.map((t, j) => message(t, (['error', 'warning', 'info'] as const)[(i + j) % 3], { ruleId: `rule-${j}` }))));
    const commands = parseOutput(formatGithub(reports, [], ROOT));
    assert.equal(commands.length, paths.length * TRICKY.length);
    let k = 0;
    for (const [i, p] of paths.entries()) {
      for (const [j, t] of TRICKY.entries()) {
        const c = commands[k++];
        assert.equal(c.name, { error: 'error', warning: 'warning', info: 'notice' }[(['error', 'warning', 'info'] as const)[(i + j) % 3]]);
        assert.deepEqual(c.properties, { file: p, line: '3', endLine: '3', col: '5', endColumn: '9', title: `rule-${j}` });
        assert.equal(c.data, t);
      }
    }
  });

  it('round-trips any text in the message, the file name and the title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary', minLength: 1 }), fc.string({ unit: 'binary', minLength: 1 }), (text, file, ruleId) => {
        const [c] = parseOutput(formatGithub([report(file, [message(text, 'error', { ruleId })])], [], ROOT));
        assert.equal(c.data, text);
        assert.equal(c.properties.file, file);
        assert.equal(c.properties.title, ruleId);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves the columns out when a problem spans lines, as annotations take columns only on one line', () => {
    const [c] = parseOutput(formatGithub([report('p.md', [message('x', 'warning', { line: 2, endLine: 4, column: 3, endColumn: 1 })])], [], ROOT));
    assert.deepEqual(c.properties, { file: 'p.md', line: '2', endLine: '4', title: 'blame-language' });
  });

  it('annotates each problem of a real run, and each config problem on its config file', () => {
    const r = cli(['--format', 'github', '--today', '2026-11-25', FIX]);
    const json = cli(['--format', 'json', '--today', '2026-11-25', FIX]);
    assert.equal(r.code, json.code);
    assert.equal(r.code, 1);
    const commands = parseOutput(r.stdout);
    const problems = JSON.parse(json.stdout) as Array<{ file: string; line: number; ruleId: string; severity: Severity; message: string }>;
    assert.equal(commands.length, problems.length);
    for (const [i, p] of problems.entries()) {
      const c = commands[i];
      assert.equal(c.properties.file, p.file);
      assert.equal(c.properties.title, p.ruleId);
      assert.equal(c.properties.line, String(p.line));
      assert.equal(c.name, p.ruleId === 'config' ? 'error' : { error: 'error', warning: 'warning', info: 'notice' }[p.severity]);
      assert.equal(c.data, p.message);
    }
    const config = commands.filter((c) => c.properties.title === 'config');
    assert.ok(config.some((c) => c.properties.file === `${FIX}/broken/unknown-rule/.postmortemrc.json` && c.properties.line === '3' && /timeline-ordr/.test(c.data)));
    assert.ok(commands.some((c) => c.name === 'notice' && c.properties.title === 'action-item-overdue'));
    assert.ok(commands.some((c) => c.properties.file === `${FIX}/ko-complete.md` && /담당자/.test(c.data)));
    // The skipped-files count goes to stderr, so stdout holds commands only.
    assert.match(r.stderr, /skipped: not postmortems/);
  });

  it('prints nothing and exits 0 for a clean file', () => {
    const r = cli(['--format', 'github', '--today', '2026-11-01', '--quiet', `${FIX}/ko-complete.md`]);
    assert.deepEqual([r.code, r.stdout], [0, '']);
  });

  it('annotates a document whose analysis ran out of time as an error on that file', () => {
    const dir = join(tmp, 'watchdog');
    mkdirSync(join(dir, 'postmortems'), { recursive: true });
    const complete = readFileSync(join(ROOT, FIX, 'en-complete.md'), 'utf8');
    writeFileSync(join(dir, 'postmortems/slow one.md'), complete + '\nSPIN-HERE\n');
    const r = cli(['--format', 'github', '--timeout-ms', '300', 'postmortems'], dir, { testHooks: { spinOnText: 'SPIN-HERE' } });
    const [c] = parseOutput(r.stdout).filter((x) => x.properties.title === 'analysis-timeout');
    assert.equal(c?.name, 'error');
    assert.equal(c.properties.file, 'postmortems/slow one.md');
    assert.match(c.data, /^Analysis stopped after 300 ms/);
    assert.equal(r.code, 1);
  });
});
