import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from '../../src/cli/run.js';
import type { PostmortemModel } from '../../src/core/model/types.js';

const ROOT = join(__dirname, '..', '..');
const FIX = 'test/fixtures/cli';

function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: ROOT, env: {} });
  return { code, stdout, stderr };
}

describe('--model', () => {
  it('prints the model of a postmortem as pretty JSON', () => {
    const r = cli(['--model', `${FIX}/model-small.md`]);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^\{\n {2}"isPostmortem": true,\n/);
    const m = JSON.parse(r.stdout) as PostmortemModel;
    assert.deepEqual(Object.keys(m), ['isPostmortem', 'reason', 'language', 'title', 'metadata', 'sections', 'missingSections', 'timeline', 'whys', 'actionItems', 'metrics']);
    assert.equal(m.language, 'en');
    assert.equal(m.title, 'Cache stampede on the product page');
    assert.equal(m.metadata.severity, 'SEV2');
    assert.equal(m.metadata.date, '2026-11-03');
    assert.deepEqual(m.sections.map((s) => s.kind), ['other', 'impact', 'timeline', 'analysis', 'action-items']);
    assert.deepEqual(m.missingSections, []);
    assert.deepEqual(m.timeline.map((e) => [e.line, e.time, e.zone]), [[17, '10:00', 'UTC'], [18, '10:05', 'UTC'], [19, '10:20', 'UTC']]);
    assert.deepEqual(m.whys.map((w) => w.line), [23, 24]);
    assert.deepEqual(m.actionItems.map((a) => [a.line, a.owner, a.due, a.done]), [[28, '@minji', '2026-12-01', false]]);
    assert.deepEqual(m.metrics, { timeToDetectMinutes: 5, timeToRecoverMinutes: 20 });
  });

  it('reads Korean postmortems', () => {
    const m = JSON.parse(cli(['--model', `${FIX}/ko-complete.md`]).stdout) as PostmortemModel;
    assert.equal(m.language, 'ko');
    assert.deepEqual(m.sections.slice(1).map((s) => s.kind), ['summary', 'impact', 'timeline', 'analysis', 'action-items']);
    assert.equal(m.whys.length, 5);
    assert.deepEqual(m.actionItems.map((a) => [a.owner, a.due]), [['@민지', '2026-12-01'], ['@지훈', '2026-12-10'], [null, '2026-12-20']]);
  });

  it('works for any Markdown file, saying whether it would be linted', () => {
    const r = cli(['--model', `${FIX}/notes.md`]);
    assert.equal(r.code, 0);
    const m = JSON.parse(r.stdout) as PostmortemModel;
    assert.equal(m.isPostmortem, false);
    assert.match(m.reason, /not under a postmortems\/incidents folder/);
    assert.equal(m.title, 'Meeting notes');
    assert.equal((JSON.parse(cli(['--model', `${FIX}/notes.md`, '--force']).stdout) as PostmortemModel).isPostmortem, true);
  });

  it('exits 2 for a missing file', () => {
    const r = cli(['--model', `${FIX}/missing.md`]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /no such file: test\/fixtures\/cli\/missing\.md/);
  });
});
