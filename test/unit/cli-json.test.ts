import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { toJsonProblems } from '../../src/cli/formatters/json.js';
import type { LintMessage } from '../../src/core/lint/types.js';
import { run } from '../../src/cli/run.js';

const ROOT = join(__dirname, '..', '..');
const FIX = 'test/fixtures/cli';

function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s), isTTY: true }, stderr: { write: (s: string) => (stderr += s) }, cwd: ROOT, env: {} });
  return { code, stdout, stderr };
}

const KEYS = ['file', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'severity', 'message', 'url', 'suggestions'];

describe('json format', () => {
  it('is an array of problems with positions, rule, severity and suggestions', () => {
    const r = cli(['--format', 'json', '--today', '2026-11-25', `${FIX}/en-missing-section.md`, `${FIX}/en-complete.md`]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    const problems = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    assert.equal(problems.length, 3);
    for (const p of problems) assert.deepEqual(Object.keys(p), KEYS);
    const [missing, overdue, owner] = problems;
    assert.equal(missing.file, `${FIX}/en-missing-section.md`);
    assert.equal(missing.ruleId, 'required-sections');
    assert.equal(missing.severity, 'error');
    assert.deepEqual([missing.line, missing.column], [1, 1]);
    assert.match(String(missing.url), /^https:\/\/.+required-sections\.md$/);
    const [fix] = missing.suggestions as Array<{ title: string; edits: Array<Record<string, unknown>> }>;
    assert.match(fix.title, /Impact/);
    assert.deepEqual(Object.keys(fix.edits[0]), ['line', 'column', 'endLine', 'endColumn', 'newText']);
    assert.match(String(fix.edits[0].newText), /^## Impact\n/);
    assert.deepEqual([overdue.ruleId, overdue.severity, overdue.line], ['action-item-overdue', 'info', 34]);
    assert.deepEqual([owner.ruleId, owner.severity, owner.file], ['action-item-owner', 'warning', `${FIX}/en-complete.md`]);
  });

  it('prints [] and no colors when there are no problems', () => {
    const r = cli(['--format', 'json', '--today', '2026-11-25', `${FIX}/tree/teams/search/2026-09-14-reindex.md`]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '[]\n');
  });

  it('keeps notes off stdout', () => {
    const r = cli(['--format', 'json', '--today', '2026-11-25', `${FIX}/tree`, `${FIX}/broken/unknown-rule`]);
    assert.doesNotThrow(() => JSON.parse(r.stdout));
    assert.match(r.stderr, /timeline-ordr/);
    assert.match(r.stderr, /2 files skipped: not postmortems/);
  });
});

describe('toJsonProblems', () => {
  const base: LintMessage = {
    ruleId: 'blame-language',
    severity: 'warning',
    message: 'Blaming wording',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 14,
    url: 'https://example.org/blame-language.md',
    fixes: [],
  };
  const report = (messages: LintMessage[]) => [{ path: '/x/a.md', display: 'a.md', posix: 'a.md', messages }];

  it('maps fixes to line/column edits', () => {
    const start = { line: 3, column: 5, offset: 20 };
    const end = { line: 3, column: 14, offset: 29 };
    const [p] = toJsonProblems(report([{ ...base, fixes: [{ title: 'Use "unclear"', edits: [{ start, end, newText: 'unclear' }] }] }]));
    assert.deepEqual(p.suggestions, [{ title: 'Use "unclear"', edits: [{ line: 3, column: 5, endLine: 3, endColumn: 14, newText: 'unclear' }] }]);
    assert.equal('expected' in p, false);
  });

  it('passes on the flagged text and the suggested wordings', () => {
    const [p] = toJsonProblems(report([{ ...base, actual: 'careless', expected: ['unclear', 'untested'] }]));
    assert.equal(p.file, 'a.md');
    assert.equal(p.actual, 'careless');
    assert.deepEqual(p.expected, ['unclear', 'untested']);
    assert.deepEqual(p.suggestions, []);
  });
});
