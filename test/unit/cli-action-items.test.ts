// `postmortem-lint action-items`: open items for a tracker's import, in a
// real temporary git repository (links from its remote, paths from its top).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from '../../src/cli/run.js';
import { actionItemId } from '../../src/core/tracker/item-id.js';

function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {} });
  return { code, stdout, stderr };
}

const DOC = `---\ntype: postmortem\ndate: 2026-03-14\n---\n# Checkout outage\n\n## Timeline\n\n- 10:00 Deploy\n\n## Action items\n\n- [ ] Add a canary gate (owner: @minji, due: 2026-04-01)\n- [x] Roll back faster (owner: @ops)\n`;
const KO = `---\ntype: postmortem\ndate: 2026-05-02\n---\n# 주문 장애\n\n## 타임라인\n\n- 10:00 배포\n\n## 재발 방지 대책\n\n| 조치 | 담당 | 기한 | 상태 |\n| --- | --- | --- | --- |\n| 메모리 경보 추가 | @민지 | 2026-05-20 | 진행 중 |\n`;

describe('postmortem-lint action-items', () => {
  let dir: string;
  let git = true;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-items-'));
    mkdirSync(join(dir, 'docs', 'postmortems'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'postmortems', 'checkout.md'), DOC);
    writeFileSync(join(dir, 'docs', 'postmortems', '주문 장애.md'), KO);
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      execFileSync('git', ['remote', 'add', 'origin', 'git@github.com:acme/ops.git'], { cwd: dir });
    } catch {
      git = false;
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the open items as CSV, with links from the origin remote and paths from the repository top', { skip: !git && 'needs git' }, () => {
    const r = cli(['action-items', '--today', '2026-04-15'], join(dir, 'docs'));
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\r\n');
    assert.equal(lines[0], 'id,title,owner,due,state,path,line,postmortem,link,newIssue');
    const id = actionItemId('docs/postmortems/checkout.md', 'Add a canary gate');
    assert.ok(lines[1]!.startsWith(`${id},Add a canary gate,minji,2026-04-01,overdue,docs/postmortems/checkout.md,13,Checkout outage,https://github.com/acme/ops/blob/HEAD/docs/postmortems/checkout.md#L13,https://github.com/acme/ops/issues/new?title=Add+a+canary+gate&body=`), lines[1]);
    assert.ok(lines[2]!.startsWith(`${actionItemId('x/주문 장애.md', '메모리 경보 추가')},메모리 경보 추가,민지,2026-05-20,open,docs/postmortems/주문 장애.md,15,주문 장애,https://github.com/acme/ops/blob/HEAD/docs/postmortems/%EC%A3%BC%EB%AC%B8%20%EC%9E%A5%EC%95%A0.md#L15,`), lines[2]);
    assert.deepEqual(lines.slice(3), [''], 'the done item is left out; the file ends with CRLF');
  });

  it('gives JSON with --format json, done items with --all, and links to another repository with --remote', { skip: !git && 'needs git' }, () => {
    const r = cli(['action-items', '-f', 'json', '--all', '--remote', 'https://gitlab.com/acme/infra/ops', '--today', '2026-04-15', 'postmortems/checkout.md'], join(dir, 'docs'));
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as Array<{ title: string; state: string; owner: string; link: string; newIssue: string }>;
    assert.deepEqual(rows.map((x) => [x.title, x.state, x.owner]), [['Add a canary gate', 'overdue', '@minji'], ['Roll back faster', 'done', '@ops']]);
    assert.equal(rows[1]!.link, 'https://gitlab.com/acme/infra/ops/-/blob/HEAD/docs/postmortems/checkout.md#L14');
    assert.match(rows[0]!.newIssue, /^https:\/\/gitlab\.com\/acme\/infra\/ops\/-\/issues\/new\?issue%5Btitle%5D=Add\+a\+canary\+gate&/);
  });

  it('works outside a repository, without links', () => {
    const plain = mkdtempSync(join(tmpdir(), 'pm-items-plain-'));
    try {
      writeFileSync(join(plain, 'checkout.md'), DOC);
      const r = cli(['action-items', '-f', 'json', '--today', '2026-04-15', 'checkout.md'], plain);
      assert.equal(r.code, 0, r.stderr);
      const rows = JSON.parse(r.stdout) as Array<{ path: string; link: string | null; newIssue: string | null }>;
      assert.deepEqual(rows.map((x) => [x.path, x.link, x.newIssue]), [['checkout.md', null, null]]);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('says what is wrong with bad usage, exit code 2', () => {
    for (const [argv, message] of [
      [['action-items', '-f', 'xml'], /unknown format "xml" \(use csv or json\)/],
      [['action-items', '--remote', 'https://bitbucket.org/a/b'], /--remote must be a GitHub or GitLab repository address/],
      [['action-items', '--today', '2026-02-30'], /--today must be a date/],
      [['action-items', '--nope'], /Unknown option '--nope'|unknown option/i],
    ] as const) {
      const r = cli([...argv], dir);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message);
    }
    assert.match(cli(['action-items', '--help'], dir).stdout, /Usage: postmortem-lint action-items/);
  });
});
