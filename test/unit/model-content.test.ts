// Reading the structure of postmortems written in ways the heading words alone
// do not cover: sections recognised by content, combined and terse headings,
// done state from status cells, timeline forms, zones, detection and language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText } from '../../src/core/lint/lint.js';
import { buildModel } from '../../src/core/model/build.js';
import { classifyHeadingKinds } from '../../src/core/model/section-kinds.js';
import { readLeadingTimestamp } from '../../src/core/model/time.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { msToRun } from '../support/timing.js';

const model = (text: string, path?: string) => buildModel(parseMarkdown(text), text, { path }).model;
const kindsAt = (m: ReturnType<typeof model>, title: string) => {
  const s = m.sections.find((x) => x.title === title);
  return s ? [s.kind, ...(s.alsoKinds ?? [])] : null;
};

describe('section kind from content', () => {
  it('a list of times under a question heading is a timeline (ko)', () => {
    const m = model('# 결제 장애 회고\n\n## 그날 밤 무슨 일이 있었나?\n\n- 23:10 배포 시작\n- 23:25 알림 수신\n- 23:40 롤백\n');
    assert.deepEqual(kindsAt(m, '그날 밤 무슨 일이 있었나?'), ['timeline']);
    assert.equal(m.timeline.length, 3);
    assert.ok(!m.missingSections.includes('timeline'));
  });

  it('a table of times under an unnamed heading is a timeline (en)', () => {
    const m = model('# Outage\n\n## That night\n\n| When | What |\n| --- | --- |\n| 10:01 | Deploy |\n| 10:09 | Alert |\n| 10:30 | Rollback |\n');
    assert.deepEqual(kindsAt(m, 'That night'), ['timeline']);
    assert.equal(m.timeline.length, 3);
  });

  it('dated days under an unnamed heading are one timeline across days (en)', () => {
    const m = model('# Outage\n\n## How it unfolded\n\n### 2024-03-02\n\n- 23:50 Deploy\n- 23:55 Alert\n\n### 2024-03-03\n\n- 00:10 Rollback\n');
    assert.deepEqual(kindsAt(m, 'How it unfolded'), ['timeline']);
    assert.deepEqual(m.timeline.map((e) => e.date), ['2024-03-02', '2024-03-02', '2024-03-03']);
  });

  it('a list of "we will" items is action items (en), of "~할 예정"/"~하기" items too (ko)', () => {
    const en = model('# Outage\n\n## Going on from here\n\n- We will add an alert on queue depth.\n- We will cap retries in the client.\n');
    assert.deepEqual(kindsAt(en, 'Going on from here'), ['action-items']);
    assert.equal(en.actionItems.length, 2);
    const ko = model('# 장애 회고\n\n## 이제 무엇을\n\n- 큐 길이에 알림을 추가할 예정\n- 재시도 횟수 제한하기\n');
    assert.deepEqual(kindsAt(ko, '이제 무엇을'), ['action-items']);
    assert.equal(ko.actionItems.length, 2);
  });

  it('a list of plain facts under an unnamed heading stays other', () => {
    const m = model('# Outage\n\n## Notes\n\n- The cluster has three nodes.\n- Backups run nightly.\n');
    assert.deepEqual(kindsAt(m, 'Notes'), ['other']);
  });

  it('the H1 title is never a section of a kind, also beside a front-matter title', () => {
    const m = model('---\ntitle: Timeline of the 2024 outage\n---\n\n# Timeline of the 2024 outage\n\n- 10:01 Deploy\n- 10:09 Alert\n- 10:30 Rollback\n');
    assert.equal(m.sections[0].kind, 'other');
    const ko = model('# 타임라인 장애 회고\n\n본문\n');
    assert.equal(ko.sections[0].kind, 'other');
  });

  it('benefit lists under a remediation heading are not action items (en, ko)', () => {
    const en = model('# Outage\n\n## Remediation\n\n- [ ] Add a queue alert (owner: @kim)\n\n### Benefits\n\n- Faster detection\n- Fewer pages\n');
    assert.deepEqual(en.actionItems.map((a) => a.text), ['Add a queue alert (owner: @kim)']);
    const ko = model('# 장애 회고\n\n## 재발 방지 대책\n\n- [ ] 큐 알림 추가 (담당: @kim)\n\n### 기대 효과\n\n- 빠른 탐지\n- 호출 감소\n');
    assert.deepEqual(ko.actionItems.map((a) => a.text), ['큐 알림 추가 (담당: @kim)']);
  });
});

describe('heading wordings', () => {
  const cases: Array<[string, string[]]> = [
    ['Fixes', ['action-items']],
    ['Todo', ['action-items']],
    ['Details', ['analysis']],
    ['Aftermath', ['impact']],
    ['Follow-ups', ['action-items']],
    ['Takeaways', ['lessons']],
    ['What is being done about this?', ['action-items']],
    ['Why did it happen?', ['analysis']],
    ['3. Symptoms', ['impact']],
    ['배운 점', ['lessons']],
    ['정리', ['lessons']],
    ['원인', ['analysis']],
    ['해결', ['recovery']],
    ['개선 사항', ['action-items']],
    ['후속 조치', ['action-items']],
    ['재발 방지', ['action-items']],
    ['2. 증상', ['impact']],
    ['8.1 대응 시간', ['timeline']],
    ['조치', ['recovery', 'action-items']],
    ['Mitigation and Takeaways', ['recovery', 'lessons']],
    ['원인 및 해결', ['analysis', 'recovery']],
    ['복구 확인과 남은 일', ['recovery', 'action-items']],
    ['Impact & Timeline', ['impact', 'timeline']],
    ['What did we learn?', ['lessons']],
    ['How did we find out?', ['detection']],
    ['What will we do?', ['action-items']],
    ['무엇을 배웠나?', ['lessons']],
    ['어떻게 알게 되었나?', ['detection']],
    ['어떻게 막을 것인가?', ['action-items']],
    ['무엇이 잘못되었나?', ['analysis']],
  ];
  for (const [text, kinds] of cases) it(`"${text}" holds ${kinds.join(' + ')}`, () => assert.deepEqual(classifyHeadingKinds(text).sort(), [...kinds].sort()));

  it('a combined heading makes both sections present', () => {
    const m = model('# 장애 회고\n\n## 원인 및 해결\n\n설정 누락이 원인이었고 설정을 되돌려 해결했다.\n');
    assert.ok(!m.missingSections.includes('analysis'));
  });
});

describe('done state of action items', () => {
  const table = (status: string) => `# Outage\n\n## Action items\n\n| Action | Owner | Status |\n| --- | --- | --- |\n| Add an alert | @kim | ${status} |\n`;
  const koTable = (status: string) => `# 장애 회고\n\n## 후속 조치\n\n| 조치 | 담당 | 상태 |\n| --- | --- | --- |\n| 알림 추가 | @kim | ${status} |\n`;
  for (const s of ['✅', '☑', '✔️', '[x]', 'Done', 'Fixed', 'Closed', 'Resolved', 'Completed', 'Merged', 'Shipped']) {
    it(`"${s}" in a status cell is done (en)`, () => assert.equal(model(table(s)).actionItems[0].done, true));
  }
  for (const s of ['TODO', 'To do', 'In progress', 'Open', '⏳', '🚧', '❌']) {
    it(`"${s}" in a status cell is not done (en)`, () => assert.equal(model(table(s)).actionItems[0].done, false));
  }
  for (const s of ['완료', '해결', '적용 완료', '배포 완료', '✅ 완료']) {
    it(`"${s}" in a status cell is done (ko)`, () => assert.equal(model(koTable(s)).actionItems[0].done, true));
  }
  for (const s of ['진행 중', '진행 예정', '검토 예정', '예정', '미완료']) {
    it(`"${s}" in a status cell is not done (ko)`, () => assert.equal(model(koTable(s)).actionItems[0].done, false));
  }
  it('a "상태: 완료" field in a list item is done, "상태: 진행 중" is not (ko)', () => {
    const m = model('# 장애 회고\n\n## 후속 조치\n\n- 알림 추가 (담당: @kim, 상태: 완료)\n- 재시도 제한 (담당: @lee, 상태: 진행 중)\n');
    assert.deepEqual(m.actionItems.map((a) => a.done), [true, false]);
  });
  it('a "Completed:" lead-in marks the list after it done; a question heading with "done" does not (en)', () => {
    const m = model('# Outage\n\n## Remediation\n\nCompleted:\n\n- Halted the pool.\n- Traced the funds.\n');
    assert.deepEqual(m.actionItems.map((a) => a.done), [true, true]);
    const q = model('# Outage\n\n## What is being done about this?\n\n- We will add stress tests.\n- We will stage rollouts.\n');
    assert.deepEqual(q.actionItems.map((a) => a.done), [false, false]);
  });
});

describe('timeline forms', () => {
  it('"Mar 02, 2024:" is a date, never the time 20:24', () => {
    const ts = readLeadingTimestamp('Mar 02, 2024: the deploy started');
    assert.deepEqual(ts?.date, { year: 2024, month: 3, day: 2 });
    assert.equal(ts?.time, null);
    assert.equal(readLeadingTimestamp('Mar 02 2024 the deploy')?.time, null);
    assert.equal(readLeadingTimestamp('Mar 02 20:24 the deploy')?.time, '20:24');
  });

  it('date-only entries, and a date followed by a sentence with the time in it (en)', () => {
    const m = model('# Outage\n\n## Timeline\n\n- 2024-03-01: Config change merged\n- 2024-03-02: Around 09:15:40 UTC the queue backed up\n- Mar 03, 2024: Postmortem review\n');
    assert.deepEqual(m.timeline.map((e) => [e.date, e.time]), [['2024-03-01', null], ['2024-03-02', '09:15:40'], ['2024-03-03', null]]);
    assert.equal(m.timeline[1].zone, 'UTC');
  });

  it('military times with a zone, HH:MM:SS (en)', () => {
    const m = model('# Outage\n\n## Timeline\n\n- 0915 UTC Deploy\n- 0930Z Alert\n- 09:45:30 UTC Rollback\n');
    assert.deepEqual(m.timeline.map((e) => e.time), ['09:15', '09:30', '09:45:30']);
  });

  it('Korean times and dates (ko)', () => {
    const m = model('# 장애 회고\n\n## 타임라인\n\n### 3월 2일\n\n- 오후 3시 20분 배포\n- 15시 40분 알림\n\n### 3월 3일\n\n- 오전 1시 복구\n');
    assert.deepEqual(m.timeline.map((e) => e.time), ['15:20', '15:40', '01:00']);
    assert.ok(m.timeline[0].sortKey! < m.timeline[2].sortKey!);
  });

  it('PT takes Los Angeles time on the entry\'s date: -07:00 in July, -08:00 in January', () => {
    const july = model('# Outage\n\n## Timeline\n\n- 2024-07-02 10:00 PT Deploy\n- 2024-07-02 17:30 UTC Alert\n');
    assert.equal(july.timeline[0].iso, '2024-07-02T10:00-07:00');
    assert.ok(july.timeline[0].sortKey! < july.timeline[1].sortKey!);
    const jan = model('# Outage\n\n## Timeline\n\n- 2024-01-02 10:00 PST Deploy\n');
    assert.equal(jan.timeline[0].iso, '2024-01-02T10:00-08:00');
    const kst = model('# 장애 회고\n\n## 타임라인\n\n모든 시간은 한국 시간 기준입니다.\n\n- 2024-07-02 10:00 배포\n');
    assert.equal(kst.timeline[0].iso, '2024-07-02T10:00+09:00');
  });
});

describe('detection and language', () => {
  const koBlog = [
    '---',
    'title: Redis 장애 트러블슈팅',
    'tags: [redis, kubernetes]',
    '---',
    '',
    '# Redis 장애 트러블슈팅',
    '',
    '## Problem',
    '',
    '서버가 새벽에 응답하지 않았고 `redis-cli ping` 이 timeout 을 냈습니다.',
    '',
    '```yaml',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: redis-cache-primary-deployment-with-a-long-name',
    'spec:',
    '  replicas: 3',
    '```',
    '',
    '## Root Cause',
    '',
    '메모리 한도를 넘겨 OOM 으로 재시작되었습니다.',
    '',
    '## Solution',
    '',
    'maxmemory 정책을 바꾸고 한도를 올렸습니다.',
    '',
  ].join('\n');

  it('a Korean troubleshooting post with English headings and code is a Korean postmortem', () => {
    const m = model(koBlog);
    assert.equal(m.language, 'ko');
    assert.equal(m.isPostmortem, true);
  });

  it('front matter `type: troubleshooting` opts in; a README never does (ko)', () => {
    assert.equal(model('---\ntype: troubleshooting\n---\n\n# 로그인 오류\n\n본문\n').isPostmortem, true);
    assert.equal(model(koBlog, 'docs/README.md').isPostmortem, false);
  });

  it('an English post with a few Korean words stays English (en)', () => {
    assert.equal(model('# Outage\n\nThe Seoul team (서울) saw errors in the checkout service for an hour.\n').language, 'en');
  });
});

describe('whys and years', () => {
  it('an arrow chain is a why chain only inside the analysis (ko, en)', () => {
    const inAnalysis = model('# 장애 회고\n\n## 원인 분석\n\n서버 다운 -> 왜? -> 메모리 부족 -> 왜? -> 캐시 무제한 -> 왜? -> 설정 누락\n');
    assert.equal(inAnalysis.whys.length, 3);
    const inTimeline = model('# 장애 회고\n\n## 타임라인\n\n서버 다운 -> 왜? -> 메모리 부족 -> 왜? -> 캐시 무제한\n');
    assert.equal(inTimeline.whys.length, 0);
    const en = model('# Outage\n\n## Lessons\n\nServer down -> why? -> memory ran out -> why? -> unbounded cache\n');
    assert.equal(en.whys.length, 0);
  });

  it('a year in a Korean title next to Hangul gives the year of dates without one (ko)', () => {
    const m = model('# 장애2024 결제 회고\n\n## 타임라인\n\n### 3월 2일\n\n- 10:00 배포\n');
    assert.equal(m.timeline[0].date, '2024-03-02');
  });
});

describe('reading structure stays linear', () => {
  it('many unnamed sections with lists and analyses with factor lists, linted: 2n takes about twice n', () => {
    const doc = (n: number) => {
      const parts = ['# Outage\n'];
      for (let i = 0; i < n; i++) parts.push(`## Part ${i}\n\n- 10:${String(i % 60).padStart(2, '0')} step\n- 11:00 next\n\n### Analysis ${i}\n\n- a factor\n- another factor\n`);
      return parts.join('\n');
    };
    const time = (n: number) => {
      const text = doc(n);
      return msToRun(() => lintText(text, { force: true, today: '2026-11-25' }));
    };
    time(200);
    const small = Math.min(time(1000), time(1000));
    const large = Math.min(time(2000), time(2000));
    assert.ok(large < small * 4 + 100, `${Math.round(small)} ms for n, ${Math.round(large)} ms for 2n`);
  });
});

describe('incident reviews recognised by title or tags', () => {
  it('a Korean post titled as an incident review with only a timeline is a postmortem (ko)', () => {
    assert.equal(model('# 결제 장애 회고\n\n## 그날 밤\n\n- 23:10 배포 시작\n- 23:20 알림 수신\n- 23:35 롤백\n').isPostmortem, true);
  });
  it('front-matter tags say it as a title does (en, ko)', () => {
    assert.equal(model('---\ntitle: A long night\ntags: [postmortem, redis]\n---\n\n## Timeline\n\n- 23:10 Deploy\n- 23:35 Rollback\n').isPostmortem, true);
    assert.equal(model('---\ntitle: 긴 밤\ntags: [트러블슈팅]\n---\n\n## 원인\n\n설정 누락\n\n## 해결 방법\n\n설정 복구\n').isPostmortem, true);
    assert.equal(model('---\ntitle: 긴 밤\ntags: [일상]\n---\n\n## 원인\n\n설정 누락\n').isPostmortem, false);
  });
});

describe('H1 sections beside a front-matter title', () => {
  it('a blog post whose sections are H1s keeps its first section (ko)', () => {
    const m = model('---\ntitle: 결제 장애 회고\n---\n\n# 타임라인\n\n- 23:10 배포 시작\n- 23:35 롤백\n\n# 원인\n\n설정 누락\n');
    assert.equal(m.sections[0].kind, 'timeline');
    assert.equal(m.title, '결제 장애 회고');
  });
  it('an H1 that repeats the title is no section, whatever its content (en)', () => {
    const m = model('---\ntitle: Outage\n---\n\n# Incident on 2023-01-11 - image pulls failed\n\n- 2023-01-11 14:22 First detected\n- 2023-01-11 15:17 Declared\n');
    assert.equal(m.sections[0].kind, 'other');
  });
});

describe('the H1 title beside a front-matter title', () => {
  const insertAt = (text: string, kind: string) => {
    const msg = lintText(text, { force: true }).messages.find((m) => m.ruleId === 'required-sections' && m.fixes[0]?.title.includes(kind))!;
    const edit = msg.fixes[0].edits[0];
    return text.slice(0, edit.start.offset) + edit.newText + text.slice(edit.end.offset);
  };
  it('a lone H1 naming a cause is the title, and a missing section goes under it (en)', () => {
    const text = '---\ntitle: Checkout outage\n---\n\n# Checkout down: requests caused by a retry storm\n\n## Timeline\n\n- 10:01 Deploy\n- 10:09 Alert\n\n## Action items\n\n- [ ] Cap retries\n';
    const m = model(text);
    assert.equal(m.sections[0].kind, 'other');
    assert.ok(m.missingSections.includes('analysis'));
    const fixed = insertAt(text, 'Impact');
    assert.ok(fixed.indexOf('# Checkout down') < fixed.indexOf('## Impact'), fixed);
  });
  it('a lone H1 naming a cause is the title, and a missing section goes under it (ko)', () => {
    const text = '---\ntitle: 결제 장애\n---\n\n# 재시도 폭주로 인한 결제 장애 원인 정리\n\n## 타임라인\n\n- 10:01 배포\n- 10:09 알림\n\n## 후속 조치\n\n- [ ] 재시도 제한\n';
    const m = model(text);
    assert.equal(m.sections[0].kind, 'other');
    assert.ok(m.missingSections.includes('analysis'));
    const fixed = insertAt(text, '영향');
    assert.ok(fixed.indexOf('# 재시도') < fixed.indexOf('## 영향'), fixed);
  });
});

describe('English words with Korean particles', () => {
  it('an entry\'s stage is read from an English word followed by a particle (ko)', () => {
    const m = model('# 장애 회고\n\n## 타임라인\n\n- 10:01 Alert가 발생\n- 10:20 rollback을 진행\n');
    assert.deepEqual(m.timeline.map((e) => e.phase), ['detection', 'recovery']);
  });
});

describe('why-chains and appendices', () => {
  it('a list under a lone "why" question is reasons, not a why-chain (en, ko)', () => {
    const en = model('# Outage\n\n## Root cause\n\n### Why did the queue back up?\n\n- The consumer was paused for the upgrade.\n- Retries doubled the load.\n');
    assert.deepEqual(en.whys, []);
    const ko = model('# 장애 회고\n\n## 원인\n\n### 왜 큐가 밀렸나\n\n- 업그레이드로 컨슈머가 멈춰 있었다.\n- 재시도가 부하를 두 배로 만들었다.\n');
    assert.deepEqual(ko.whys, []);
  });
  it('a list under a "5 Whys" heading is still a chain (en, ko)', () => {
    assert.equal(model('# Outage\n\n## Analysis\n\n### Five whys\n\n- The queue backed up.\n- The consumer was paused.\n- The upgrade paused it.\n').whys.length, 3);
    assert.equal(model('# 장애 회고\n\n## 분석\n\n### 다섯 번의 왜\n\n- 큐가 밀렸다.\n- 컨슈머가 멈췄다.\n- 업그레이드가 멈췄다.\n').whys.length, 3);
  });
  it('an appendix names no kind, whatever words follow (en, ko)', () => {
    const en = model('# Outage\n\n## Appendix: why we chose this vendor\n\n### Costs\n\n- Cheaper per host.\n- Fewer agents.\n');
    assert.deepEqual(kindsAt(en, 'Appendix: why we chose this vendor'), ['other']);
    assert.deepEqual(en.whys, []);
    const ko = model('# 장애 회고\n\n## 부록 - 왜 이 도구를 쓰는가\n\n### 비용\n\n- 호스트당 저렴하다.\n- 에이전트가 적다.\n');
    assert.deepEqual(kindsAt(ko, '부록 - 왜 이 도구를 쓰는가'), ['other']);
    assert.deepEqual(ko.whys, []);
  });
});

describe('heading words met in unseen postmortems', () => {
  const cases: Array<[string, string[]]> = [
    ['Affected wallets', ['impact']],
    ["Attacker's gains", ['impact']],
    ['Flow of funds', ['analysis']],
    ['Laundering route', ['analysis']],
    ['Error messages', ['detection']],
    ['에러 메시지', ['detection']],
    ['Files changed', ['recovery']],
    ['수정한 파일 목록', ['recovery']],
    ['Verification', ['recovery']],
    ['검증', ['recovery']],
    ['Status', ['recovery']],
    ['상태', ['recovery']],
    ['Design principles', ['lessons']],
    ['설계 원칙', ['lessons']],
    ['Remediation', ['action-items', 'recovery']],
    ['Mitigation actions', ['recovery', 'action-items']],
    ['Problem statement', ['summary', 'analysis']],
    ['문제 설명', ['summary', 'analysis']],
    ['Preventing recurrence', ['action-items']],
    ['즉시 조치 필요', ['action-items']],
    ['How it was discovered', ['detection']],
    ['문제 발견 경위', ['detection']],
    ['발견 경위', ['detection']],
    ['Test results', ['recovery']],
    ['테스트 검증 결과', ['recovery']],
    ['개선 효과', ['recovery']],
    ['Runbook: queue backlog', ['other']],
    ['런북 - 큐 적체', ['other']],
    ['Further resources', ['other']],
    ['Incident handling', ['response']],
    ['Bug bounty report', ['detection']],
    ['Options considered', ['recovery']],
    ['검토한 대안', ['recovery']],
    ['Evidence', ['analysis']],
    ['증거 (실측)', ['analysis']],
    ['관측 차이', ['detection']],
    ['어떻게 고쳤나?', ['recovery']],
    ['When did it happen?', ['timeline']],
    ['언제 일어났나?', ['timeline']],
    ['So it never happens again', ['action-items']],
    ['다시 일어나지 않으려면?', ['action-items']],
    ['What we tried', ['recovery']],
    ['시도한 방법', ['recovery']],
    ['재현 방법', ['analysis']],
  ];
  for (const [heading, kinds] of cases) {
    it(`"${heading}" holds ${kinds.join(' + ')}`, () => assert.deepEqual(classifyHeadingKinds(heading), kinds));
  }
  it('a section of recovery actions keeps its list as action items (en)', () => {
    const m = model('# Outage\n\n## Timeline\n\n- 10:01 Deploy\n\n## Recovery actions\n\n- Rotate the leaked key.\n- Contact the affected users.\n');
    assert.equal(m.actionItems.length, 2);
  });
});

describe('parts of a combined section', () => {
  it('an unnamed part in prose holds the first kind only (ko)', () => {
    const m = model('# 장애 회고\n\n## 조치\n\n### 캐시 설정 고정\n\n캐시 이름을 코드에서 등록하도록 바꿨다.\n\n### 남은 확인\n\n- [ ] 운영 DB 백필 실행\n- [ ] 스테이징 백필 실행\n');
    assert.deepEqual(kindsAt(m, '캐시 설정 고정'), ['recovery']);
    assert.equal(m.actionItems.length, 2);
  });
  it('an unnamed part in prose holds the first kind only (en)', () => {
    const m = model('# Outage\n\n## Recovery actions\n\n### Pinning the cache names\n\nThe cache names are now registered in code.\n\n### Still open\n\n- [ ] Backfill production\n- [ ] Backfill staging\n');
    assert.deepEqual(kindsAt(m, 'Pinning the cache names'), ['recovery']);
    assert.equal(m.actionItems.length, 2);
  });
});

describe('task lists', () => {
  it('a task list under an unnamed heading is action items (en, ko)', () => {
    const en = model('# Outage\n\n## Before the next release\n\n- [ ] Add a smoke test for the cache\n- [x] Pin the cache names\n');
    assert.deepEqual(kindsAt(en, 'Before the next release'), ['action-items']);
    assert.deepEqual(en.actionItems.map((a) => a.done), [false, true]);
    const ko = model('# 장애 회고\n\n## 다음 배포 전에\n\n- [ ] 캐시 스모크 테스트 추가\n- [x] 캐시 이름 고정\n');
    assert.deepEqual(kindsAt(ko, '다음 배포 전에'), ['action-items']);
    assert.deepEqual(ko.actionItems.map((a) => a.done), [false, true]);
  });
});

describe('dates and times inside timeline prose', () => {
  it('"The next day, on …" opens a dated entry, and a clock named later in it is its time (en)', () => {
    const m = model('# Outage\n\n## Timeline\n\nOn 12 March 2024, a config change reached the edge fleet.\n\nThe next day, on 13 March 2024, users reported broken links. We traced it back: at 4:40pm UTC the cache had been flushed by a cron job.\n');
    assert.deepEqual(m.timeline.map((e) => [e.line, e.date, e.time]), [[5, '2024-03-12', null], [7, '2024-03-13', '16:40']]);
  });
  it('"다음 날 …" opens a dated entry (ko)', () => {
    const m = model('# 장애 회고\n\n## 타임라인\n\n2024년 3월 12일 설정 변경이 배포되었다.\n\n다음 날 3월 13일 오후 2시 10분 사용자 신고가 들어왔다.\n');
    assert.deepEqual(m.timeline.map((e) => [e.line, e.date, e.time]), [[5, '2024-03-12', null], [7, '2024-03-13', '14:10']]);
  });
});

describe('timeline tables without clock times', () => {
  it('a timeline table of stages is one entry per row, dated by the document (ko)', () => {
    const m = model('# 장애 회고\n\n- 날짜: 2025-02-03\n\n## 대응 시간\n\n| 시점 | 내용 |\n| --- | --- |\n| — | 설정 배포 |\n| 발견 | 사용자 신고 |\n| 복구 | 롤백 |\n');
    assert.deepEqual(m.timeline.map((e) => [e.line, e.time, e.date]), [[9, null, '2025-02-03'], [10, null, '2025-02-03'], [11, null, '2025-02-03']]);
  });
  it('a timeline table of stages is one entry per row (en); durations are not entries', () => {
    const m = model('# Outage\n\n## Timeline\n\n| When | What |\n| --- | --- |\n| Before | Config drifted |\n| Detection | A user reported it |\n| Fix | Rolled back |\n');
    assert.deepEqual(m.timeline.map((e) => [e.line, e.time]), [[7, null], [8, null], [9, null]]);
    const d = model('# Outage\n\n## Timeline\n\n| Measure | Time |\n| --- | --- |\n| To detect | 5 min |\n| To recover | 40 min |\n');
    assert.deepEqual(d.timeline, []);
  });
});

describe('done state from the commit that landed an item', () => {
  it('a row citing a commit is done, one still needed is not (ko)', () => {
    const m = model('# 장애 회고\n\n## 후속 조치\n\n| 원인 | 조치 |\n|---|---|\n| 캐시 미등록 | 캐시 설정을 코드로 고정 (`9f3ab21`) |\n| 백필 누락 | 운영 DB에도 백필 실행 필요 (`9f3ab21` 참고) |\n| 알림 없음 | 알림 추가 |\n');
    assert.deepEqual(m.actionItems.map((a) => a.done), [true, false, false]);
  });
  it('an item citing a commit is done; a hex-free number or word is not a commit (en)', () => {
    const m = model('# Outage\n\n## Action items\n\n- Pin the cache names in code (a41c9e0)\n- Raise the pool size to 1234567\n- Add a deadbeef check\n');
    assert.deepEqual(m.actionItems.map((a) => a.done), [true, false, false]);
  });
});

describe('sub-headings that belong to the section around them', () => {
  it('a runbook and everything under it names no kind (en, ko)', () => {
    const en = model('# Outage\n\n## Runbook: pool exhaustion\n\n### Symptoms\n\n- Errors rise.\n\n### Root cause check\n\n- Look at slow queries.\n');
    assert.deepEqual(en.sections.slice(1).map((s) => s.kind), ['other', 'other', 'other']);
    assert.deepEqual(en.sections.map((s) => s.aside ?? false), [false, true, true, true]);
    const ko = model('# 장애 회고\n\n## 런북: 커넥션 풀 고갈\n\n### 증상 감지\n\n- 에러 증가\n\n### 임시 조치\n\n- 풀 크기 증가\n');
    assert.deepEqual(ko.sections.slice(1).map((s) => s.kind), ['other', 'other', 'other']);
    assert.deepEqual(ko.actionItems, []);
  });
  it('an appendix holding the timeline is still a timeline (en, ko)', () => {
    assert.equal(model('# Outage\n\n## Appendix A: detailed timeline\n\n- 10:01 Deploy\n- 10:09 Alert\n').missingSections.includes('timeline'), false);
    assert.equal(model('# 장애 회고\n\n## 부록 1. 타임라인\n\n- 10:01 배포\n- 10:09 알림\n').missingSections.includes('timeline'), false);
  });
  it('a sub-heading stating a finding, or only saying "overview", takes the section around it (ko, en)', () => {
    const ko = model('# 장애 회고\n\n## 교훈\n\n### 1. 장애 예방은 모니터링에서 시작한다\n\n- 알림이 먼저다\n\n## 최종 해결책\n\n### 구현 개요\n\n풀 크기를 늘렸다.\n');
    assert.deepEqual(kindsAt(ko, '1. 장애 예방은 모니터링에서 시작한다'), ['other']);
    assert.deepEqual(kindsAt(ko, '구현 개요'), ['other']);
    assert.deepEqual(ko.actionItems, []);
    const en = model('# Outage\n\n## Lessons learned\n\n### Prevention starts with an alert on the pool.\n\n- Alerts come first\n\n## The fix\n\n### Implementation overview\n\nThe pool is larger now.\n');
    assert.deepEqual(kindsAt(en, 'Prevention starts with an alert on the pool.'), ['other']);
    assert.deepEqual(kindsAt(en, 'Implementation overview'), ['other']);
    assert.deepEqual(en.actionItems, []);
  });
});

describe('timeline phases and relative times', () => {
  it('phase sub-headings under a timeline hold its entries, written T+5m (ko)', () => {
    const m = model('# 장애 회고\n\n## 타임라인\n\n### 1단계: 탐지 및 대응\n\n| 시간 | 내용 |\n|---|---|\n| T+0m | 에러율 급증 |\n| T+1.5m | 장애 선언 |\n| T+3m | 팀 소집 |\n\n### 2단계: 복구\n\n| 시간 | 내용 |\n|---|---|\n| T+10m | 부하 제거 |\n| T+15m | 풀 증설 |\n| T+1일 | 핫픽스 배포 |\n');
    assert.deepEqual(kindsAt(m, '1단계: 탐지 및 대응'), ['timeline']);
    assert.deepEqual(m.timeline.map((e) => [e.line, e.time]), [[9, null], [10, null], [11, null], [17, null], [18, null], [19, null]]);
  });
  it('a bold timeline label with a note before its colon opens a timeline of T-minus entries (en)', () => {
    const m = model('# Outage\n\n## Detection\n\n**Observed timeline** (from the dashboard):\n\n- T-5m: CPU climbs\n- T-1m: latency doubles\n- T+0m: error rate jumps\n');
    assert.deepEqual(m.timeline.map((e) => e.line), [7, 8, 9]);
    assert.ok(m.sections.some((s) => s.kind === 'timeline' && s.title === 'Observed timeline'));
  });
});

describe('a combined heading whose content shows planned actions', () => {
  it('"Recovery and lessons" with a list of "we will" items holds action items (en, ko)', () => {
    const en = model('# Outage\n\n## Recovery and lessons learned\n\nThe backlog drained by itself.\n\n- We will alert on replica lag.\n- We will raise the rate limits.\n');
    assert.ok(kindsAt(en, 'Recovery and lessons learned')!.includes('action-items'));
    assert.equal(en.actionItems.length, 2);
    const ko = model('# 장애 회고\n\n## 복구 및 교훈\n\n적체는 저절로 해소되었다.\n\n- 복제 지연 알림을 추가할 예정\n- 요청 한도를 올릴 예정\n');
    assert.ok(kindsAt(ko, '복구 및 교훈')!.includes('action-items'));
    assert.equal(ko.actionItems.length, 2);
  });
});

describe('blank templates', () => {
  it('a document titled as a template is not a postmortem, one about a template bug is (en, ko)', () => {
    const body = '\n\n## Summary\n\n- Date:\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 00:00 | Detected |\n| 00:10 | Mitigated |\n\n## Root cause\n\n- Cause:\n\n## Action items\n\n- [ ] Add a test\n';
    assert.equal(model('# Incident Report Template' + body).isPostmortem, false);
    assert.equal(model('# 장애 회고 양식' + body).isPostmortem, false);
    // Its rows and checkboxes are placeholders.
    assert.deepEqual([model('# Incident Report Template' + body).timeline, model('# 장애 회고 양식' + body).actionItems], [[], []]);
    assert.equal(model('---\ntype: postmortem\n---\n# 장애 회고 양식' + body).timeline.length, 2);
    assert.equal(model('# Outage caused by a template rendering bug' + body).isPostmortem, true);
    assert.equal(model('# 템플릿 엔진 장애 회고' + body).isPostmortem, true);
    assert.equal(model('---\ntype: postmortem\n---\n# Incident Report Template' + body).isPostmortem, true);
  });
});

describe('action items written in running text and around lists', () => {
  it('"Action point: …" in a lessons section is an action item, done when the line under it says so (en)', () => {
    const m = model('# Outage\n\n## Timeline\n\n- 10:01 Deploy\n\n## Lessons learned\n\n### Paging\n\nThe pager reached only one person.\n\nAction point: add a second escalation level.\n- This has been done.\n\nAction point: test the pager monthly.\n');
    assert.deepEqual(m.actionItems.map((a) => [a.line, a.done]), [[13, true], [16, false]]);
    assert.deepEqual(kindsAt(m, 'Paging'), ['lessons', 'action-items']);
    assert.ok(!m.missingSections.includes('action-items'));
  });
  it('"후속 조치: …" in a lessons section is an action item (ko)', () => {
    const m = model('# 장애 회고\n\n## 교훈\n\n호출이 한 사람에게만 갔다.\n\n후속 조치: 2단계 호출을 추가한다.\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [7]);
    assert.ok(!m.missingSections.includes('action-items'));
  });
  it('a title or heading with "결과" inside a word, or a title about results, keeps the items (ko, en)', () => {
    assert.equal(model('# 서버 연결과 재시작 불가\n\n## 후속 조치\n\n- 재시작 스크립트 수정\n- 알림 추가\n').actionItems.length, 2);
    assert.equal(model('# Results of a bad deploy\n\n## Action items\n\n- Add a canary\n- Add an alert\n').actionItems.length, 2);
  });
  it('"Key points:" and "포인트:" before a list name something other than actions (en, ko)', () => {
    assert.deepEqual(model('# Outage\n\n## Action items\n\n- Add a canary\n\nKey points:\n\n- Fail fast\n- Automate\n').actionItems.map((a) => a.text), ['Add a canary']);
    assert.deepEqual(model('# 장애 회고\n\n## 후속 조치\n\n- 카나리 추가\n\n포인트:\n\n- 빠른 실패\n- 자동화\n').actionItems.map((a) => a.text), ['카나리 추가']);
  });
  it('a list of work already done under "조치" / "Recovery actions" is recovery, not action items (ko, en)', () => {
    assert.deepEqual(model('# 장애 회고\n\n## 조치\n\n- 멈춘 프로세스를 종료했다.\n- 임시 파일을 삭제했다.\n').actionItems, []);
    assert.deepEqual(model('# Outage\n\n## Recovery actions\n\n- Removed the stale lock file.\n- Restarted the worker pool.\n').actionItems, []);
    assert.equal(model('# Outage\n\n## Recovery actions\n\n- Rotate the leaked key.\n- Contact the affected users.\n').actionItems.length, 2);
  });
  it('"미해결" and "Unresolved" sections hold action items (ko, en)', () => {
    assert.equal(model('# 장애 회고\n\n## 미해결\n\n- 첫 크래시 원인은 미확인이다.\n- 로그 보존 위치를 정해야 한다.\n').actionItems.length, 2);
    assert.equal(model('# Outage\n\n## Unresolved\n\n- The first crash is unexplained.\n- Log retention is undecided.\n').actionItems.length, 2);
  });
});

describe('checklists and summaries inside other sections', () => {
  it('a fully ticked checklist under a fix records checks, not actions (ko, en)', () => {
    assert.deepEqual(model('# 장애 회고\n\n## 해결\n\n### 검증 체크리스트\n\n- [x] 재현 후 해결 확인\n- [x] 회귀 테스트 통과\n').actionItems, []);
    assert.deepEqual(model('# Outage\n\n## Resolution\n\n### Checks\n\n- [x] Reproduced and fixed\n- [x] Regression tests pass\n').actionItems, []);
    assert.equal(model('# Outage\n\n## Resolution\n\n### Checks\n\n- [x] Reproduced and fixed\n- [ ] Load test\n').actionItems.length, 2);
  });
  it('a plain "Summary" under another section stays a summary (en, ko)', () => {
    assert.deepEqual(kindsAt(model('# Outage\n\n## Bug bounty report\n\n### Summary\n\nA bad copy.\n'), 'Summary'), ['summary']);
    assert.deepEqual(kindsAt(model('# 장애 회고\n\n## 해결\n\n### 요약\n\n설정 수정.\n'), '요약'), ['summary']);
  });
});

describe('postmortems without the usual sections', () => {
  it('a note with no headings that tells a problem, its cause and its fix is a postmortem (en, ko)', () => {
    const en = 'Some laptops on the third floor had intermittent issues joining the network, while others worked.\n\nThe problem showed up in the DHCP logs as repeated offers. I found that the relay was dropping large packets because its MTU was too high.\n\nThe solution was to lower the MTU on the relay. Once it came back up, every laptop got an address.\n';
    assert.equal(model(en).isPostmortem, true);
    const ko = '3층 노트북 일부가 네트워크에 붙지 못하는 문제가 있었다. 같은 장애가 이틀 동안 반복됐다.\n\n원인은 릴레이의 MTU 설정 때문이었다. 큰 패킷이 버려졌다.\n\nMTU를 낮춰 해결했다. 이후 모든 노트북이 주소를 받았다.\n';
    assert.equal(model(ko).isPostmortem, true);
  });
  it('a note with no headings about tooling, or with headings, is not (en, ko)', () => {
    assert.equal(model('Our pager tool sends alerts to the on-call person. It rotates weekly and keeps a log of every page.\n\nWe like it because it is simple.\n').isPostmortem, false);
    assert.equal(model('호출 도구는 당번에게 알림을 보낸다. 주마다 당번이 바뀌고 모든 호출을 기록한다.\n\n단순해서 좋다.\n').isPostmortem, false);
    assert.equal(model('# Pager tool\n\n## Setup\n\nErrors and issues are paged because of the rules. The fix for a noisy rule is to raise its threshold, which resolved most problems.\n').isPostmortem, false);
  });
  it('a title naming an incident, a summary and a resolution make a postmortem; a summary and a response alone do not (en, ko)', () => {
    assert.equal(model('# Laptop incident\n\n## Issue summary\n\nA laptop rebooted by itself.\n\n## Resolution and recovery\n\nIt was wiped.\n').isPostmortem, true);
    assert.equal(model('# 노트북 장애\n\n## 요약\n\n노트북이 저절로 재부팅됐다.\n\n## 해결\n\n초기화했다.\n').isPostmortem, true);
    assert.equal(model('# Incident management at Acme\n\n## Overview\n\nHow we run on-call.\n\n## Response\n\nWho is paged.\n').isPostmortem, false);
  });
});

describe('numbered actions with their details as unindented bullets', () => {
  it('bullets right after a bold numbered item detail it (en, ko)', () => {
    const en = model('# Outage\n\n## Action items\n\n1. **Move to a new table**\n\n- Created the table.\n- Backfilled the rows.\n\n2. **Scale the workers**\n\n- Added nodes.\n');
    assert.deepEqual(en.actionItems.map((a) => a.line), [5, 10]);
    const ko = model('# 장애 회고\n\n## 후속 조치\n\n1. **새 테이블로 이전**\n\n- 테이블 생성\n- 데이터 이관\n\n2. **워커 확장**\n\n- 노드 추가\n');
    assert.deepEqual(ko.actionItems.map((a) => a.line), [5, 10]);
  });
  it('a bullet list after a plain numbered list is still items (en)', () => {
    const m = model('# Outage\n\n## Action items\n\n1. Add an alert.\n2. Add a canary.\n\n- Review the runbook.\n');
    assert.equal(m.actionItems.length, 3);
  });
});

describe('timeline items that give their time mid-sentence', () => {
  it('an item of a timeline list may give its clock inside the sentence (en, ko)', () => {
    const en = model('# Outage\n\n## Timeline\n\n- 10:01 UTC Deploy starts\n- The first alert fired at 10:09 UTC\n- Rollback finished around 10:30\n');
    assert.deepEqual(en.timeline.map((e) => [e.line, e.time]), [[5, '10:01'], [6, '10:09'], [7, '10:30']]);
    const ko = model('# 장애 회고\n\n## 타임라인\n\n- 오후 3시 5분 배포 시작\n- 첫 알림이 오후 3시 20분에 울림\n- 롤백은 15시 40분에 끝남\n');
    assert.deepEqual(ko.timeline.map((e) => [e.line, e.time]), [[5, '15:05'], [6, '15:20'], [7, '15:40']]);
  });
  it('outside a timeline section a clock inside a sentence is no entry (en)', () => {
    assert.deepEqual(model('# Outage\n\n## Impact\n\n- Checkout failed from 10:01 to 10:30\n- About 300 orders were lost\n').timeline, []);
  });
});

describe('done state from marks and status words around an item', () => {
  it('a leading mark, a trailing status word, strike-through or "has been done" say done (en)', () => {
    const m = model('# Outage\n\n## Action items\n\n- 🟢 Add a canary\n- Add a runbook — done\n- Write docs (merged)\n- ~~Drop the old table~~\n- Page the DBA; this has already been done.\n- Cap retries - in progress\n- ⏳ Raise limits\n- Fix the closed port check\n');
    assert.deepEqual(m.actionItems.map((a) => a.done), [true, true, true, true, true, false, false, false]);
  });
  it('a trailing status word or "이미 …했다" say done (ko)', () => {
    const m = model('# 장애 회고\n\n## 후속 조치\n\n- 알림 추가 → 완료\n- 재시도 제한: 완료됨\n- 런북 정리, 이미 반영했다\n- 카나리 추가 - 진행 중\n- 🚧 한도 상향\n');
    assert.deepEqual(m.actionItems.map((a) => a.done), [true, true, true, false, false]);
  });
});
