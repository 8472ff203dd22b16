import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from '../../src/cli/run.js';

function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {} });
  return { code, stdout, stderr };
}

const pm = (title: string, date: string, severity: string, items: string[], lang = 'en') =>
  lang === 'ko'
    ? `---\ntype: postmortem\ndate: ${date}\n심각도: ${severity}\n---\n# ${title}\n\n## 타임라인\n\n모든 시간은 KST 기준입니다.\n\n- 10:00 배포 시작\n- 10:10 알림 발생\n- 10:40 서비스 복구\n\n## 재발 방지 대책\n\n${items.join('\n')}\n`
    : `---\ntype: postmortem\ndate: ${date}\nseverity: ${severity}\n---\n# ${title}\n\n## Timeline\n\nAll times in UTC.\n\n- 10:00 Deploy started\n- 10:20 Alert fired\n- 11:00 Service recovered\n\n## Action items\n\n${items.join('\n')}\n`;

describe('postmortem-lint report', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-report-'));
    mkdirSync(join(dir, 'postmortems'));
    writeFileSync(join(dir, 'postmortems', 'a.md'), pm('Cache outage', '2026-01-10', 'SEV1', ['- [x] Add a canary (owner: @a)', '- [ ] Add a test (owner: @b, due: 2026-02-01)']));
    writeFileSync(join(dir, 'postmortems', 'b.md'), pm('결제 장애', '2026-03-05', 'SEV2', ['- [ ] 알림 추가 (담당: 인프라팀, 기한: 2주)'], 'ko'));
    writeFileSync(join(dir, 'postmortems', 'c.md'), pm('결제 지연', '2026-03-20', 'SEV3', [], 'ko'));
    writeFileSync(join(dir, 'README.md'), '# Notes\n\nNot an incident.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the numbers as JSON, postmortems only', () => {
    const r = cli(['report', '--format', 'json', '--today', '2026-04-01'], dir);
    assert.equal(r.code, 0, r.stderr);
    const i = JSON.parse(r.stdout);
    assert.equal(i.postmortems, 3);
    assert.deepEqual(i.months.map((m: { month: string; total: number }) => [m.month, m.total]), [['2026-01', 1], ['2026-02', 0], ['2026-03', 2]]);
    assert.deepEqual(i.actionItems, { ...i.actionItems, total: 3, done: 1, open: 2, overdue: 2 });
    assert.deepEqual(i.incidents.map((p: { path: string }) => p.path), ['postmortems/a.md', 'postmortems/b.md', 'postmortems/c.md']);
  });

  it('names a fix promised again while the earlier promise is open', () => {
    const sub = join(dir, 'repeat');
    mkdirSync(sub);
    writeFileSync(join(sub, 'one.md'), pm('Flux outage', '2026-01-10', 'SEV2', ['- [ ] Add Flux metrics and alerts for reconciliation failures (owner: @a)']));
    writeFileSync(join(sub, 'two.md'), pm('Flux outage again', '2026-02-10', 'SEV2', ['- [ ] Add Flux metrics and alerts for reconciliation failures (owner: @b)', '- [ ] Rotate the database password (owner: @c)']));
    const r = cli(['report', 'repeat', '--format', 'json', '--today', '2026-04-01'], dir);
    assert.equal(r.code, 0, r.stderr);
    const fixes = JSON.parse(r.stdout).recurring.repeatedFixes;
    assert.equal(fixes.length, 1);
    assert.equal(fixes[0].path, 'repeat/two.md');
    assert.equal(fixes[0].earlier.path, 'repeat/one.md');
    assert.equal(fixes[0].earlier.state, 'open');
    assert.match(cli(['report', 'repeat', '--today', '2026-04-01'], dir).stdout, /promised again: repeat\/two\.md:\d+ "Add Flux metrics/);
    rmSync(sub, { recursive: true });
  });

  it('summarises as text', () => {
    const r = cli(['report', 'postmortems', '--today', '2026-04-01'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^3 postmortems as of 2026-04-01\n/);
    assert.match(r.stdout, /action items: 3 \(1 done, 2 open, 2 overdue\)/);
    assert.match(r.stdout, /time to recover: 40 min \(median of 3/);
  });

  it('writes the page as one HTML file in the language most postmortems use, leaving no temporary file', () => {
    const r = cli(['report', '--html', 'out.html', '--today', '2026-04-01'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Wrote out\.html \(3 postmortems\)/);
    const html = readFileSync(join(dir, 'out.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="ko">/);
    assert.match(html, /"postmortems":3/);
    assert.ok(!/<script[^>]+src=|<link /.test(html), 'nothing loaded from elsewhere');
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
    assert.match(readFileSync(join(dir, 'out.html'), 'utf8'), /<html lang="ko">/);
    assert.equal(cli(['report', '--html', 'en.html', '--lang', 'en'], dir).code, 0);
    assert.match(readFileSync(join(dir, 'en.html'), 'utf8'), /<html lang="en">/);
  });

  it('says what is wrong with bad usage, exit code 2', () => {
    for (const [argv, message] of [
      [['report', '--lang', 'fr'], /--lang must be en or ko/],
      [['report', '--format', 'sarif'], /unknown format "sarif"/],
      [['report', '--today', 'yesterday'], /--today must be a date/],
      [['report', '--today', '2026-02-30'], /--today must be a date/],
      [['report', 'no-such-folder'], /no-such-folder/],
      [['report', '--html', join(dir, 'missing', 'x.html')], /cannot write/],
    ] as const) {
      const r = cli([...argv], dir);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message);
    }
  });
});
