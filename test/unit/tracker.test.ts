// Action items that reach a tracker: stable ids, new-issue links for GitHub
// and GitLab, and the CSV a tracker imports, compared exactly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core/model/build.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { actionItemRows, toCsv } from '../../src/core/tracker/export.js';
import { actionItemId, itemEssence } from '../../src/core/tracker/item-id.js';
import { fileReferences, refersTo } from '../../src/core/tracker/file-refs.js';
import { issueTitle, newIssueUrl, parseRemote } from '../../src/core/tracker/issue-link.js';

describe('action item ids', () => {
  const id = (text: string, path = 'postmortems/2026-03-14-checkout.md') => actionItemId(path, text);

  it('stay the same when the owner, due date, status or a link is filled in', () => {
    const plain = id('Add an error-rate gate to the canary');
    assert.match(plain, /^2026-03-14-checkout#[0-9a-z]{7}$/);
    for (const v of [
      '[ ] Add an error-rate gate to the canary',
      '[x] Add an error-rate gate to the canary (owner: @minji, due: 2026-04-01)',
      'Add an error-rate gate to the canary (owner: @minji) [OPS-42](https://tracker/OPS-42)',
      'add an error-rate gate to the  canary.',
    ]) assert.equal(id(v), plain, v);
  });

  it('change when the item asks for something else, or is in another postmortem', () => {
    assert.notEqual(id('Add an error-rate gate to the canary'), id('Add a latency gate to the canary'));
    assert.notEqual(id('Add an error-rate gate to the canary'), id('Add an error-rate gate to the canary', 'postmortems/other.md'));
  });

  it('work for Korean items and file names', () => {
    assert.equal(id('[ ] 파드 메모리 경보 추가 (담당: @민지, 기한: 2026-05-20)', 'postmortems/2026-05-02-주문-장애.md'), id('파드 메모리 경보 추가', 'postmortems/2026-05-02-주문-장애.md'));
    assert.match(id('파드 메모리 경보 추가', 'a/2026-05-02-주문-장애.md'), /^2026-05-02-주문-장애#/);
    assert.equal(itemEssence('파드 메모리 경보 추가 (담당: @민지)'), '파드 메모리 경보 추가');
  });
});

describe('repository remotes', () => {
  it('reads GitHub and GitLab remotes in every form git writes', () => {
    const cases: Array<[string, string]> = [
      ['git@github.com:acme/ops.git', 'https://github.com/acme/ops'],
      ['https://github.com/acme/ops', 'https://github.com/acme/ops'],
      ['https://github.com/acme/ops.git/', 'https://github.com/acme/ops'],
      ['ssh://git@github.com/acme/ops.git', 'https://github.com/acme/ops'],
      ['https://user:token@github.com/acme/ops.git', 'https://github.com/acme/ops'],
      ['git@gitlab.com:group/sub/ops.git', 'https://gitlab.com/group/sub/ops'],
      ['ssh://git@gitlab.example.com:2222/infra/ops.git', 'https://gitlab.example.com/infra/ops'],
    ];
    for (const [url, web] of cases) assert.equal(parseRemote(url)?.web, web, url);
    assert.equal(parseRemote('git@gitlab.com:group/ops.git')?.kind, 'gitlab');
  });

  it('gives no remote for other hosts, local paths and broken addresses', () => {
    for (const url of ['/srv/git/ops.git', '../ops', 'C:\\repos\\ops', 'https://bitbucket.org/acme/ops', 'https://github.com/acme', 'https://github.com/acme/ops/extra', 'git@github.com:acme/op s.git', '', 'file:///srv/ops.git']) {
      assert.equal(parseRemote(url), null, url);
    }
  });
});

describe('new-issue links', () => {
  const fields = { title: 'Add a canary gate', owner: '@minji', due: '2026-04-01', path: 'postmortems/2026-03-14 checkout.md', line: 64, postmortemTitle: 'Checkout outage', id: '2026-03-14 checkout#abc1234' };

  it('fills GitHub\'s new-issue page: title, body with a link to the line, assignee', () => {
    const url = new URL(newIssueUrl(parseRemote('git@github.com:acme/ops.git')!, fields));
    assert.equal(url.origin + url.pathname, 'https://github.com/acme/ops/issues/new');
    assert.equal(url.searchParams.get('title'), 'Add a canary gate');
    assert.equal(url.searchParams.get('assignees'), 'minji');
    assert.equal(
      url.searchParams.get('body'),
      'Action item from the postmortem "Checkout outage": https://github.com/acme/ops/blob/HEAD/postmortems/2026-03-14%20checkout.md#L64\n\n- Owner: @minji\n- Due: 2026-04-01\n- Item id: 2026-03-14 checkout#abc1234',
    );
  });

  it('fills GitLab\'s: title, description and due date, under /-/', () => {
    const url = new URL(newIssueUrl(parseRemote('git@gitlab.com:group/sub/ops.git')!, { ...fields, owner: null }));
    assert.equal(url.origin + url.pathname, 'https://gitlab.com/group/sub/ops/-/issues/new');
    assert.equal(url.searchParams.get('issue[title]'), 'Add a canary gate');
    assert.equal(url.searchParams.get('issue[due_date]'), '2026-04-01');
    assert.match(url.searchParams.get('issue[description]')!, /^Action item from the postmortem "Checkout outage": https:\/\/gitlab\.com\/group\/sub\/ops\/-\/blob\/HEAD\/postmortems\/2026-03-14%20checkout\.md#L64\n\n- Owner: not set\n/);
  });

  it('never assigns a team or a due date that is not a day, and cuts a huge title without breaking the link', () => {
    const url = new URL(newIssueUrl(parseRemote('https://github.com/acme/ops')!, { ...fields, owner: '@platform team', title: 'x'.repeat(5000) }));
    assert.equal(url.searchParams.get('assignees'), null);
    assert.equal(url.searchParams.get('title')!.length, 2000);
    const lab = new URL(newIssueUrl(parseRemote('https://gitlab.com/a/b')!, { ...fields, due: 'Q3 2026' }));
    assert.equal(lab.searchParams.get('issue[due_date]'), null);
  });

  it('titles an issue with the item\'s words only', () => {
    assert.equal(issueTitle('[ ] Add a canary gate (owner: @minji, due: 2026-04-01)'), 'Add a canary gate');
    assert.equal(issueTitle('파드 메모리 경보 추가 (담당: @민지, 기한: 5/20)'), '파드 메모리 경보 추가');
    assert.equal(issueTitle('Keep the (legacy) path working'), 'Keep the (legacy) path working');
  });
});

describe('action items as CSV', () => {
  const text = `---\ntype: postmortem\ndate: 2026-03-14\n---\n# Checkout outage\n\n## Timeline\n\n- 10:00 Deploy\n\n## Action items\n\n- [ ] Add a canary gate, with "error-rate" checks (owner: @minji, due: 2026-04-01)\n- [x] Roll back faster (owner: @ops)\n- [ ] =HYPERLINK("http://x") in a runbook (owner: @kim, due: 2026-12-01)\n`;
  const model = buildModel(parseMarkdown(text), text, { path: 'postmortems/checkout.md' }).model;

  it('writes open items exactly, quoted as RFC 4180 says, with formulas defused and owners as names', () => {
    const rows = actionItemRows([{ path: 'postmortems/checkout.md', model }], { today: '2026-05-01' });
    assert.deepEqual(rows.map((r) => r.state), ['overdue', 'open']);
    const id1 = actionItemId('postmortems/checkout.md', 'Add a canary gate, with "error-rate" checks');
    const id3 = actionItemId('postmortems/checkout.md', '=HYPERLINK("http://x") in a runbook');
    assert.equal(
      toCsv(rows),
      'id,title,owner,due,state,path,line,postmortem,link,newIssue\r\n' +
        `${id1},"Add a canary gate, with ""error-rate"" checks",minji,2026-04-01,overdue,postmortems/checkout.md,13,Checkout outage,,\r\n` +
        `${id3},"'=HYPERLINK(""http://x"") in a runbook",kim,2026-12-01,open,postmortems/checkout.md,15,Checkout outage,,\r\n`,
    );
  });

  it('adds done items on request, and links when the repository is known', () => {
    const rows = actionItemRows([{ path: 'postmortems/checkout.md', model }], { today: '2026-05-01', all: true, remote: parseRemote('git@github.com:acme/ops.git') });
    assert.deepEqual(rows.map((r) => r.state), ['overdue', 'done', 'open']);
    assert.equal(rows[1]!.link, 'https://github.com/acme/ops/blob/HEAD/postmortems/checkout.md#L14');
    assert.match(rows[1]!.newIssue!, /^https:\/\/github\.com\/acme\/ops\/issues\/new\?title=Roll\+back\+faster&body=/);
  });
});

describe('files an action item names', () => {
  it('takes paths in backticks, not commands, settings, versions or links', () => {
    assert.deepEqual(
      fileReferences('Add a diff step to `deploy/pipeline.yaml` and `./scripts/check.sh`; run `kubectl rollout undo`; set `timeout=30s`; bump to `1.2.3`; see `https://x.dev/a.md`; fix `Dockerfile.prod` and `config/`'),
      ['deploy/pipeline.yaml', 'scripts/check.sh', 'Dockerfile.prod'],
    );
    assert.deepEqual(fileReferences('`values.yaml`에 메모리 한도 추가'), ['values.yaml']);
    assert.deepEqual(fileReferences('no code here'), []);
  });

  it('matches a file by its whole path or its tail, never half a name', () => {
    assert.ok(refersTo('deploy/pipeline.yaml', 'infra/deploy/pipeline.yaml'));
    assert.ok(refersTo('pipeline.yaml', 'infra/deploy/pipeline.yaml'));
    assert.ok(refersTo('infra/deploy/pipeline.yaml', 'infra/deploy/pipeline.yaml'));
    assert.ok(!refersTo('line.yaml', 'infra/deploy/pipeline.yaml'));
    assert.ok(!refersTo('deploy/pipeline.yaml', 'deploy/pipeline.yaml.bak'));
  });
});

describe('the model keeps the files an item names', () => {
  it('reads them from the item\'s source, where the backticks still are, in lists and tables', () => {
    const text = '---\ntype: postmortem\n---\n# X\n\n## Action items\n\n- [ ] Add a diff step to `deploy/pipeline.yaml` (owner: @a)\n- [ ] Page faster\n\n## 재발 방지 대책\n\n| 조치 | 담당 |\n| --- | --- |\n| `charts/api/values.yaml`에 메모리 한도 추가 | @b |\n';
    const items = buildModel(parseMarkdown(text), text, { path: 'p.md' }).model.actionItems;
    assert.deepEqual(items.map((i) => i.files ?? null), [['deploy/pipeline.yaml'], null, ['charts/api/values.yaml']]);
  });
});
