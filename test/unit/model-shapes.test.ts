// Shapes of postmortem structure met in documents the vocabulary was not tuned on:
// terse and question headings, headings that join two kinds with a verb, and
// the lists and paragraphs of a section that are or are not action items.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core/model/build.js';
import { classifyHeadingKinds } from '../../src/core/model/section-kinds.js';
import { parseMarkdown } from '../../src/core/parse.js';

const model = (text: string) => buildModel(parseMarkdown(text), text, {}).model;
const kindsAt = (m: ReturnType<typeof model>, title: string) => {
  const s = m.sections.find((x) => x.title === title);
  return s ? [s.kind, ...(s.alsoKinds ?? [])] : null;
};

describe('heading words of detection, plans, reproduction and rollback', () => {
  const cases: Array<[string, string[]]> = [
    ['How were the errors spotted?', ['detection']],
    ['이상을 발견한 시각', ['detection']],
    ['어떻게 알았나?', ['detection']],
    ['Action plan', ['action-items']],
    ['Next actions', ['action-items']],
    ['다음 단계', ['action-items']],
    ['장기 과제', ['action-items']],
    ['개선 아이디어', ['action-items']],
    ["Why didn't the tests catch it?", ['analysis']],
    ['Steps to reproduce', ['analysis']],
    ['Reproduction', ['analysis']],
    ['재현', ['analysis']],
    ['Rollback', ['recovery']],
    ['롤백', ['recovery']],
    ['What we changed', ['recovery']],
    ['Steps taken', ['recovery']],
  ];
  for (const [heading, kinds] of cases) {
    it(`"${heading}" holds ${kinds.join(' + ')}`, () => assert.deepEqual(classifyHeadingKinds(heading), kinds));
  }
  it('a label naming a rollback step inside action items stays an item (en)', () => {
    const m = model('# Outage\n\n## Timeline\n\n- 10:01 Deploy\n\n## Follow-ups\n\n- **Rollback runbook**: write the steps down.\n- **Alert tuning**: page on queue depth.\n');
    assert.equal(m.actionItems.length, 2);
  });
  it('a label naming a reproduction test inside action items stays an item (ko)', () => {
    const m = model('# 장애 회고\n\n## 타임라인\n\n- 10:01 배포\n\n## 후속 조치\n\n- **재현 테스트**: 같은 입력으로 실패하는 테스트를 추가한다.\n- **알림**: 큐 길이 알림을 추가한다.\n');
    assert.equal(m.actionItems.length, 2);
  });
});

describe('a question heading that joins two kinds with a verb', () => {
  it('"…탐지하고 복구했나" holds detection and recovery (ko)', () => {
    assert.deepEqual(classifyHeadingKinds('Q3. 장애를 어떻게 탐지하고 복구했나요?').sort(), ['detection', 'recovery']);
  });
  it('"…발견하고 분석했나" holds detection and analysis (ko)', () => {
    assert.deepEqual(classifyHeadingKinds('이 오류는 어떻게 발견하고 분석했나?').sort(), ['analysis', 'detection']);
  });
  it('"How we noticed it and how we fixed it" holds detection and recovery (en)', () => {
    assert.deepEqual(classifyHeadingKinds('How we noticed it and how we fixed it').sort(), ['detection', 'recovery']);
  });
});

describe('language of a Korean postmortem full of English terms', () => {
  const ko = [
    '# Post-mortem: ingress controller 재시작 loop',
    '',
    '| 항목 | 값 |',
    '|---|---|',
    '| **Detection Time** | 2026-02-03 10:12 UTC |',
    '| **Resolution Time** | 2026-02-03 10:40 UTC |',
    '| **Affected Services** | ingress-nginx on staging cluster |',
    '| **Severity** | P3 |',
    '| **Status** | Finalized after the weekly review by the platform group |',
    '| **Category** | network configuration and kubernetes probes |',
    '| **Reviewers** | platform engineering and site reliability engineering |',
    '',
    '## Summary',
    '',
    'ingress-nginx controller pod 가 배포 직후 liveness probe timeout 으로 계속 재시작되어 스테이징 전체가 약 삼십 분 동안 응답하지 않았음.',
    '',
    '배포도 멈춤.',
    '',
    '## Impact',
    '',
    '- **사용자 영향**: 없음, 내부 스테이징 환경만 영향',
    '- **데이터 손실**: 없음',
    '- **외부 공지**: 필요 없음',
    '',
    '## Root Cause',
    '',
    '- readinessProbe initialDelaySeconds 값이 설정 파일을 읽는 시간보다 너무 짧았음',
    '- ConfigMap 을 다시 읽는 동안 health endpoint 응답이 늦어져 재시작이 반복됨',
    '',
    '## 후속 조치',
    '',
    '- [ ] probe timeout 값을 바꾸기 전에 staging 에서 먼저 검증하기',
  ].join('\n');
  it('is Korean when most prose lines hold Hangul, though Latin letters outnumber it (ko)', () => {
    assert.equal(model(ko).language, 'ko');
  });
  it('stays English when only a few lines hold Hangul (en)', () => {
    const en = '# Outage: login failures\n\n## Summary\n\nThe login service returned errors for twenty minutes after a bad configuration push.\n\n## Impact\n\nUsers in the Seoul region (서울) could not sign in.\n\n## Root cause\n\nA configuration value was renamed without updating the consumers that read it.\n';
    assert.equal(model(en).language, 'en');
  });
});

describe('a heading that may name the fix made or the actions to take', () => {
  it('"조치" listing only work already done holds recovery, and action items are then missing (ko)', () => {
    const m = model('# 결제 지연\n\n## 영향\n\n결제 승인 지연.\n\n## 원인\n\n캐시 만료 설정 오류.\n\n## 조치\n\n- 만료 시간을 10분으로 되돌렸다.\n- 캐시를 비우고 다시 채웠다.\n');
    assert.deepEqual(kindsAt(m, '조치'), ['recovery']);
    assert.ok(m.missingSections.includes('action-items'));
  });
  it('"조치" with an action still to take keeps both (ko)', () => {
    const m = model('# 결제 지연\n\n## 조치\n\n- 만료 시간을 10분으로 되돌렸다.\n- [ ] 만료 설정 검증 테스트 추가하기\n- [ ] 설정 변경 알림 만들기\n');
    assert.deepEqual(kindsAt(m, '조치'), ['recovery', 'action-items']);
    assert.ok(!m.missingSections.includes('action-items'));
  });
  it('"Mitigation actions" listing only what was done holds recovery (en)', () => {
    const m = model('# Checkout outage\n\n## Mitigation actions\n\n- Rolled back the cache change.\n- Flushed and warmed the cache.\n');
    assert.deepEqual(kindsAt(m, 'Mitigation actions'), ['recovery']);
  });
  it('an empty "Mitigation actions" heading of a skeleton keeps both (en)', () => {
    const m = model('# Checkout outage\n\n## Mitigation actions\n\n## Impact\n\nTBD\n');
    assert.deepEqual(kindsAt(m, 'Mitigation actions'), ['recovery', 'action-items']);
  });
});

describe('heading words of candidates, reinforcement, first alerts and end matter', () => {
  const cases: Array<[string, string[]]> = [
    ['장기 개선 후보', ['action-items']],
    ['개선 후보', ['action-items']],
    ['알림 고도화', ['action-items']],
    ['배포 검증 보강', ['action-items']],
    ['1.3 최초 알림', ['detection']],
    ['첫 제보', ['detection']],
    ['Error manifestation', ['detection']],
    ['How the failure surfaced', ['detection']],
    ['First alerts', ['detection']],
    ['추가 학습 자료', ['other']],
    ['연락처', ['other']],
    ['Learning resources', ['other']],
    ['Contact', ['other']],
  ];
  for (const [heading, kinds] of cases) {
    it(`"${heading}" holds ${kinds.join(' + ')}`, () => assert.deepEqual(classifyHeadingKinds(heading), kinds));
  }
  it('a section under end matter ("연락처") takes no kind from the section around it (ko)', () => {
    const m = model('# 장애 회고\n\n## 마무리\n\n배운 점을 정리했다.\n\n### 연락처\n\n- 인프라팀 채널\n');
    assert.equal(m.sections.find((s) => s.title === '연락처')?.aside, true);
  });
  it('a section under end matter ("Learning resources") takes no kind from the section around it (en)', () => {
    const m = model('# Outage\n\n## Lessons learned\n\nWe wrote down what we learned.\n\n### Learning resources\n\n- The queueing chapter of the SRE book\n');
    assert.equal(m.sections.find((s) => s.title === 'Learning resources')?.aside, true);
  });
});

describe('questions and answers inside an action section', () => {
  it('a list after "예상 질문과 답변:" is no action (ko)', () => {
    const m = model('# 장애 회고\n\n## 재발 방지\n\n- 배포 전 부하 테스트 추가\n- 커넥션 풀 알림 추가\n\n**예상 질문과 답변:**\n\n- Q: 왜 미리 몰랐나? A: 알림이 없었다.\n- Q: 또 일어나나? A: 가능성은 낮다.\n');
    assert.equal(m.actionItems.length, 2);
  });
  it('a list after "Expected questions:" is no action (en)', () => {
    const m = model('# Outage\n\n## Action items\n\n- Add a load test before deploys\n- Alert on pool saturation\n\nExpected questions:\n\n- Q: Why was it not caught? A: No alert existed.\n- Q: Can it recur? A: Unlikely.\n');
    assert.equal(m.actionItems.length, 2);
  });
});

describe('"**Action:**" under a lesson', () => {
  it('is an action item, and the lesson holds action items (en)', () => {
    const m = model('# Build failure\n\n## Lessons learned\n\n### 1. Caches hide ordering bugs\n\nLocal builds reuse old output.\n\n**Action:** run one clean build a week in CI\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [9]);
    assert.deepEqual(kindsAt(m, '1. Caches hide ordering bugs'), ['lessons', 'action-items']);
  });
  it('is an action item, and the lesson holds action items (ko)', () => {
    const m = model('# 빌드 실패 회고\n\n## 교훈\n\n### 1. 캐시는 순서 문제를 숨긴다\n\n로컬 빌드는 이전 결과를 재사용한다.\n\n**액션:** CI에서 주 1회 깨끗한 빌드 돌리기\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [9]);
    assert.deepEqual(kindsAt(m, '1. 캐시는 순서 문제를 숨긴다'), ['lessons', 'action-items']);
  });
  it('a bold label naming a section still opens that section (en)', () => {
    const m = model('# Outage\n\n**Action items:** none yet\n');
    assert.equal(m.sections.find((s) => s.title === 'Action items')?.kind, 'action-items');
  });
});

describe('"문제 상황" describes the failure as users met it', () => {
  it('is impact (ko)', () => assert.deepEqual(classifyHeadingKinds('문제 상황'), ['impact']));
  it('"Problem statement" stays a summary with analysis (en)', () => assert.deepEqual(classifyHeadingKinds('Problem statement'), ['summary', 'analysis']));
});

describe('the README or index of a postmortem folder', () => {
  const readme = (title: string, label: string) =>
    `# ${title}\n\n## Format\n\n- **Impact:** who was hurt\n- **Root cause:** why it happened\n- **Resolution:** what fixed it\n\n## ${label}\n\n- [2025-03-02: Queue backlog after deploy](./2025-03-02-queue.md) - workers stalled\n- [2025-04-11: DNS cache poisoning](./2025-04-11-dns.md) - stale records\n- [2025-06-20: Disk full on the primary](./2025-06-20-disk.md) - logs grew\n`;
  it('is not a postmortem, and its dated links are no timeline (en)', () => {
    const m = model(readme('Team postmortems', 'Index'));
    assert.equal(m.isPostmortem, false);
    assert.equal(m.timeline.length, 0);
    assert.notEqual(m.sections.find((s) => s.title === 'Index')?.kind, 'timeline');
  });
  it('is not a postmortem, and its dated links are no timeline (ko)', () => {
    const m = model(readme('장애 회고 모음', '목록'));
    assert.equal(m.isPostmortem, false);
    assert.equal(m.timeline.length, 0);
  });
  it('a timeline whose times link to logs stays a timeline (en)', () => {
    const m = model('# Outage\n\n## Events\n\n- [10:02](https://logs.example/1) Alert fired\n- [10:09](https://logs.example/2) Rolled back\n- [10:30](https://logs.example/3) Recovered\n');
    assert.equal(m.timeline.length, 3);
  });
  it('a single postmortem whose title names it stays one (en)', () => {
    assert.equal(model('# Postmortem: the checkout outages of May\n\n## Impact\n\nx\n\n## Timeline\n\n- 10:01 deploy\n\n## Root cause\n\ny\n').isPostmortem, true);
  });
});

describe('troubleshooting steps', () => {
  it('"트러블슈팅 과정" is response (ko)', () => assert.deepEqual(classifyHeadingKinds('트러블슈팅 과정'), ['response']));
  it('"Troubleshooting steps" is response (en)', () => assert.deepEqual(classifyHeadingKinds('Troubleshooting steps'), ['response']));
});

describe('work said complete inside an item', () => {
  it('"PDB 적용 완료" marks the item done, "배포 완료 후" does not (ko)', () => {
    const m = model('# 장애 회고\n\n## 재발 방지\n\n- 단기: PDB 적용 완료, 알림 추가\n- 중기: 배포 완료 후 부하 테스트 자동화\n');
    assert.deepEqual(m.actionItems.map((a) => a.done), [true, false]);
  });
  it('"backfill complete" marks the item done, "complete the backfill" does not (en)', () => {
    const m = model('# Outage\n\n## Action items\n\n- Short term: backfill complete, alerts added\n- Mid term: complete the backfill on the replicas\n');
    assert.deepEqual(m.actionItems.map((a) => a.done), [true, false]);
  });
});

describe('the state written in the due column of an action table', () => {
  it('"DONE in v2" marks the row done, "done by Friday" does not (en)', () => {
    const m = model('# Outage\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Drop the fallback | infra | DONE in v2 |\n| Add the alert | infra | done by Friday |\n| Write the runbook | infra | next sprint |\n');
    assert.deepEqual(m.actionItems.map((a) => a.done), [true, false, false]);
    assert.equal(m.actionItems[0].due, null);
  });
  it('"완료 (v2)" marks the row done, "완료 예정" does not (ko)', () => {
    const m = model('# 장애 회고\n\n## 후속 조치\n\n| 조치 | 담당 | 기한 |\n|---|---|---|\n| 폴백 제거 | 인프라 | 완료 (v2) |\n| 알림 추가 | 인프라 | 완료 예정 |\n');
    assert.deepEqual(m.actionItems.map((a) => a.done), [true, false]);
  });
});

describe('actions written as sub-headings with prose under them', () => {
  it('each unnamed sub-heading is one action, the prose under it is not (ko)', () => {
    const m = model('# 디스크 부족 회고\n\n## 재발 방지 방안\n\n### 1. 로그 디렉터리를 별도 볼륨에 두기\n\n설치할 때 다음처럼 구성한다:\n\n```sh\nmount /dev/sdb1 /data\n```\n\n### 2. 사용률 점검\n\n주 1회 사용률을 확인한다.\n\n모두 80% 아래여야 한다.\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [5, 13]);
  });
  it('each unnamed sub-heading is one action, the prose under it is not (en)', () => {
    const m = model('# Disk full\n\n## Prevention\n\n### 1. Put logs on their own volume\n\nMount it before installing.\n\n### 2. Weekly usage check\n\nLook at usage every week.\n\nIt should stay below 80%.\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [5, 9]);
  });
  it('term groups ("Short term") still hold their paragraphs as actions (en)', () => {
    const m = model('# Outage\n\n## Action items\n\n### Short term\n\nAdd an alert on queue depth.\n\n### Long term\n\nMove the queue to its own cluster.\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [7, 11]);
  });
});

describe('a list introduced as what was learned', () => {
  it('is not action items, while the list after it is (ko)', () => {
    const m = model('# 장애 회고\n\n## 배운 점과 재발 방지\n\n이번 일로 세 가지를 배웠습니다.\n\n1. 설정 변경도 리뷰가 필요하다\n2. 알림이 없으면 늦게 안다\n3. 부하 테스트는 운영과 비슷해야 한다\n\n다음을 적용합니다:\n\n1. 설정 변경 리뷰 의무화\n2. 커넥션 풀 알림 추가\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [13, 14]);
  });
  it('is not action items, while the list after it is (en)', () => {
    const m = model('# Outage\n\n## Lessons and follow-ups\n\nWe learned three things.\n\n1. Config changes need review too\n2. Without an alert we hear late\n3. Load tests must look like production\n\nWe will:\n\n1. Require review of config changes\n2. Alert on pool saturation\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [13, 14]);
  });
});

describe('a paragraph planning one more action beside the lists', () => {
  it('is one action item on its first line (en)', () => {
    const m = model('# Delays\n\n## Recovery and lessons\n\nThe backlog cleared by itself.\n\n- We will add an alert on replica lag.\n- We will raise the polling limits.\n\nLastly, we will move the replicas to push-based sync this year. It removes polling. Specifically:\n\n- No more polling loop.\n- Blocks arrive over gossip.\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [7, 8, 10]);
  });
  it('is one action item on its first line (ko)', () => {
    const m = model('# 지연 회고\n\n## 복구와 교훈\n\n적체는 저절로 풀렸다.\n\n- 복제 지연 알림을 추가할 예정입니다.\n- 폴링 한도를 올릴 예정입니다.\n\n마지막으로 올해 안에 복제본을 푸시 방식으로 전환할 예정입니다. 구체적으로:\n\n- 폴링 루프 제거\n- 가십으로 블록 전달\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [7, 8, 10]);
  });
  it('a sentence introducing the list is no item (en)', () => {
    const m = model('# Delays\n\n## Recovery and lessons\n\nWe will do the following to avoid it.\n\n- We will add an alert on replica lag.\n- We will raise the polling limits.\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [7, 8]);
  });
});

describe('a timeline told as steps with no time on any', () => {
  it('has one entry per step, without a time, and its labels open no sections (en)', () => {
    const m = model('# Build failures\n\n## Timeline\n\n- **Initial report:** builds fail in CI\n- **Investigation:** suspected the submodules\n- **Root cause identified:** a missing build dependency\n- **Fix applied:** added the dependency\n\n## Root cause\n\nThe config overrode the defaults.\n');
    assert.deepEqual(m.timeline.map((e) => [e.line, e.time, e.rawTime, e.text]), [
      [5, null, '**Initial report:**', 'builds fail in CI'],
      [6, null, '**Investigation:**', 'suspected the submodules'],
      [7, null, '**Root cause identified:**', 'a missing build dependency'],
      [8, null, '**Fix applied:**', 'added the dependency'],
    ]);
    assert.deepEqual(m.sections.map((s) => s.title), ['Build failures', 'Timeline', 'Root cause']);
  });
  it('has one entry per step under a date heading, with that date (ko)', () => {
    const m = model('# 배포 장애 회고\n\n## 타임라인\n\n### 2024-03-02\n\n- 배포 후 오류율 상승 확인\n- 직전 배포 롤백\n- 오류율 정상화\n');
    assert.deepEqual(m.timeline.map((e) => [e.line, e.time, e.date]), [[7, null, '2024-03-02'], [8, null, '2024-03-02'], [9, null, '2024-03-02']]);
  });
  it('a list beside timed entries stays their detail, not more entries (en)', () => {
    const m = model('# Outage\n\n## Timeline\n\nDashboards during the incident:\n\n- [overview](https://example.com/a)\n- [nodes](https://example.com/b)\n- [pods](https://example.com/c)\n\n### 07:30 - First report\n\nUsers report errors.\n');
    assert.deepEqual(m.timeline.map((e) => e.line), [11]);
  });
});

describe('action items grouped by urgency, fixes already made, and numbered actions', () => {
  it('a sub-heading naming how soon ("즉시 조치 (Immediate)") keeps its task list as action items (ko)', () => {
    const m = model('# 장애 보고서\n\n## 9. Action Items (개선 과제)\n\n### 즉시 조치 (Immediate - 24시간 이내)\n- [x] 커넥션 풀 증설\n- [ ] 오토스케일링 정책 수정\n\n### 단기 조치 (Short-term - 1주 이내)\n- [ ] 캐시 워머 구현\n- [ ] 서킷 브레이커 설정\n');
    assert.deepEqual(m.actionItems.map((a) => [a.line, a.done]), [[6, true], [7, false], [10, false], [11, false]]);
    assert.deepEqual(m.sections.filter((s) => s.depth === 3).map((s) => s.kind), ['action-items', 'action-items']);
  });
  it('"Immediate actions" in the response, outside action items, stays the recovery (en)', () => {
    const m = model('# Outage\n\n## Recovery\n\n### Immediate actions\n\nWe restarted the pool.\n');
    assert.notEqual(m.sections.find((s) => s.title === 'Immediate actions')?.kind, 'action-items');
  });
  it('a "Fixes" label over the changes already made holds no action items, while "Follow-ups" does (en)', () => {
    const m = model('# Registration failures\n\n## Bug 1\n\nThe limit was too low.\n\n**Fixes:**\n- `BASE_LIMIT` raised 3.2M → 4M\n- The email flow now retries once on AA24\n\n## Follow-ups\n\n- Alert on AA24 rejections\n- Document the limit\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [13, 14]);
  });
  it('numbered sub-headings each name one action; the list under one details it (ko)', () => {
    const m = model('# 장애 회고\n\n## 향후 개선 사항\n\n### 1. CORS 설정 강화\n\n현재 설정은 임시 조치입니다.\n\n### 2. WAF 규칙 추가\n\nWAF를 도입하여:\n\n- Rate limiting\n- SQL Injection 방어\n\n### 3. ALB 액세스 로그 활성화\n\n로그를 남긴다.\n');
    assert.deepEqual(m.actionItems.map((a) => [a.line, a.text]), [[5, '1. CORS 설정 강화'], [9, '2. WAF 규칙 추가'], [16, '3. ALB 액세스 로그 활성화']]);
  });
  it('numbered sub-headings over task lists are groups: the tasks are the items (en)', () => {
    const m = model('# Outage\n\n## Action items\n\n### 1. Monitoring\n\n- [ ] Alert on queue depth\n- [ ] Dashboard for lag\n\n### 2. Deploys\n\n- [ ] Canary stage\n- [ ] Automatic rollback\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [7, 8, 12, 13]);
  });
});

describe('a title that names the document a postmortem', () => {
  it('is a postmortem without the usual sections (en)', () => {
    const m = model('# Ajna Finance Liquidation Exploit Postmortem\n\n## At a glance\n\nA pool was drained.\n\n## The method\n\nWe replayed the blocks.\n');
    assert.equal(m.isPostmortem, true);
  });
  it('is a postmortem without the usual sections (ko)', () => {
    const m = model('# 결제 장애 보고서\n\n## 무슨 일이\n\n결제가 실패했다.\n\n## 그 다음\n\n다시 배포했다.\n');
    assert.equal(m.isPostmortem, true);
  });
  it('but a post about writing postmortems is not (en, ko)', () => {
    assert.equal(model('# How we write a postmortem\n\n## Start early\n\nText.\n\n## Keep it short\n\nText.\n').isPostmortem, false);
    assert.equal(model('# 포스트모템 작성 가이드\n\n## 먼저\n\n글.\n\n## 다음\n\n글.\n').isPostmortem, false);
  });
});

describe('labels on the later lines of one paragraph, and findings', () => {
  it('"**Root cause:**" on the second line of a metadata paragraph is the analysis (en)', () => {
    const m = model('# Network lockout\n\n**Date:** 2024-03-02\n**Root cause:** an untested network config\n**Resolution:** rebuilt the host\n\n## Timeline\n\n- 09:00 change applied\n');
    assert.deepEqual(m.sections.filter((s) => s.depth === 7).map((s) => [s.line, s.kind]), [[4, 'analysis'], [5, 'recovery']]);
  });
  it('"**원인:**" on a later line is the analysis (ko)', () => {
    const m = model('# 장애 회고\n\n**일시:** 2024-03-02\n**원인:** 설정 누락\n');
    assert.deepEqual(m.sections.filter((s) => s.depth === 7).map((s) => [s.line, s.kind]), [[4, 'analysis']]);
  });
  it('"At a glance" is the summary and "What it found" the analysis (en); "발견 사항" the analysis (ko)', () => {
    for (const [heading, kind] of [['At a glance', 'summary'], ['What it found', 'analysis'], ['Key findings', 'analysis'], ['발견 사항', 'analysis'], ['조사 결과', 'analysis']] as const) {
      assert.deepEqual(classifyHeadingKinds(heading), [kind], heading);
    }
  });
});

describe('timeline shapes: clocks without a colon after a day, "After HH:MM", a date and time joined by a slash, times in a code block', () => {
  it('"Mar 3 0942 UTC" is 09:42 on 3 March; the next bare "1010 UTC" keeps the day (en)', () => {
    const m = model('# Queue outage\n\nDate: 2024-03-03\n\n## Timeline\n\n- Mar 3 0942 UTC: the queue stopped draining.\n- 1010 UTC: a worker was restarted.\n- Mar 4 0105 UTC: the backlog cleared.\n');
    assert.deepEqual(m.timeline.map((e) => [e.line, e.time, e.date]), [[7, '09:42', '2024-03-03'], [8, '10:10', '2024-03-03'], [9, '01:05', '2024-03-04']]);
  });
  it('"Mar 3, 2024 UTC" and "Mar 3 2024 10:20" keep their year', () => {
    const m = model('# Queue outage\n\n## Timeline\n\n- Mar 3, 2024 UTC: the queue stopped draining.\n- Mar 3 2024 10:20: a worker was restarted.\n');
    assert.deepEqual(m.timeline.map((e) => [e.time, e.date]), [[null, '2024-03-03'], ['10:20', '2024-03-03']]);
  });
  it('a timeline heading "After 14:30 KST" is an entry at 14:30; "Afterwards" is not (en)', () => {
    const m = model('# Cache outage\n\n## Timeline\n\n### 14:10 KST\nThe cache emptied.\n\n### After 14:30 KST\nAll hits back to normal.\n\n### Afterwards\nWe kept watching.\n');
    assert.deepEqual(m.timeline.map((e) => [e.line, e.time, e.zone]), [[5, '14:10', 'KST'], [8, '14:30', 'KST']]);
  });
  it('"2024-05-06/08:15" is a date and a time; "2024-05-06/07" is a date alone', () => {
    const m = model('# Login outage\n\n## Timeline\n\n*2024-05-06/08:15*: logins failed.<br />\n*2024-05-06/07*: the fix was planned.\n');
    assert.deepEqual(m.timeline.map((e) => [e.time, e.date]), [['08:15', '2024-05-06'], [null, '2024-05-06']]);
  });
  it('lines of a code block in a timeline section that open with a time are entries; its other lines are not (ko)', () => {
    const m = model('# 주문 장애\n\n## 타임라인\n\n```\n09:05 - 주문 실패 알림\n        "결제가 안 돼요" 문의 접수\n09:20 - 배포 롤백\n```\n\n## 원인\n\n```\n09:30 로그 한 줄\n```\n');
    assert.deepEqual(m.timeline.map((e) => [e.line, e.time]), [[6, '09:05'], [8, '09:20']]);
  });
  it('a code block in the timeline that is mostly something else (a stack trace) gives no entries (en)', () => {
    const m = model('# Crash\n\n## Timeline\n\n- 10:00 the worker crashed\n\n```\n10:00:01 panic: nil map\n10:00:01 goroutine 1 [running]:\nmain.go:12\nmain.go:40\nproc.go:250\nasm.s:1598\n```\n');
    assert.deepEqual(m.timeline.map((e) => e.line), [5]);
  });
  it('a log excerpt outside the timeline gives no entries (en)', () => {
    const m = model('# Disk full\n\n## Root cause\n\n```\n10:01:02 write failed: no space left\n10:01:03 write failed: no space left\n```\n');
    assert.equal(m.timeline.length, 0);
  });
});

describe('numbered headings of the document that name its action sections', () => {
  it('"## 5. Root cause", "## 6. Remediation", "## 7. Prevention": the lists under the last two are the items (en)', () => {
    const m = model('# Disk outage\n\n## 4. Timeline\n\n- 10:00 disk full\n\n## 5. Root cause\n\nLogs grew unchecked.\n\n## 6. Remediation\n\n### Done\n- Log rotation on every host\n- Old logs removed\n\n### Planned\n- Alerting on disk usage\n\n## 7. Prevention\n\n- Quotas per service\n- Weekly capacity review\n');
    assert.deepEqual(m.actionItems.map((a) => [a.line, a.done]), [[14, true], [15, true], [18, false], [22, false], [23, false]]);
  });
  it('numbered action headings that start their own numbering under the section stay one action each (en)', () => {
    const m = model('# Disk outage\n\n## 1. Summary\n\nThe disk filled.\n\n## 2. Follow-ups\n\n### 1. Improve log rotation\n\nRotate daily.\n\n- keep 7 days\n\n### 2. Improve disk alerts\n\nAlert at 80%.\n\n- page the owner\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [9, 15]);
  });
});

describe('checklists of questions, links to the rest of a series, and pointers to more reading', () => {
  it('a task list of questions under an unnamed heading is a checklist for the reader, not action items (ko)', () => {
    const m = model('# 캐시 장애 회고\n\n## 타임라인\n\n- 10:00 캐시 만료\n\n## 배포 전 확인\n\n- [ ] TTL을 설정했나?\n- [ ] 키 이름이 겹치지 않는가?\n- [ ] 만료 시 폭주를 막는가? (락 또는 지터)\n');
    assert.equal(m.actionItems.length, 0);
    assert.notEqual(m.sections.find((s) => s.title === '배포 전 확인')?.kind, 'action-items');
  });
  it('a task list of actions with one question among them stays action items (en)', () => {
    const m = model('# Cache outage\n\n## Timeline\n\n- 10:00 keys expired\n\n## Before the next release\n\n- [ ] Add jitter to TTLs\n- [ ] Lock the refill\n- [ ] Should the TTL be per key?\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [9, 10, 11]);
  });
  it('"Other posts in this series", "시리즈 목차", "다음 글 예고" are end matter; "Series of events" is the timeline', () => {
    for (const heading of ['Other posts in this series', 'Related posts', '시리즈 목차', '시리즈 다른 편', '관련 글', '다음 글 예고']) {
      assert.deepEqual(classifyHeadingKinds(heading), ['other'], heading);
    }
    const m = model('# 장애 회고\n\n## 원인\n\n설정 누락.\n\n## 시리즈 목차\n\n- [1편](/a) — 완료\n- (2편 캐시 설계 — 예정)\n- (3편 락 설계 — 예정)\n');
    assert.equal(m.actionItems.length, 0);
    assert.deepEqual(classifyHeadingKinds('Series of events'), ['timeline']);
  });
  it('"What happens now" holds the next steps (en)', () => {
    assert.deepEqual(classifyHeadingKinds('What happens now'), ['action-items']);
    assert.deepEqual(classifyHeadingKinds('What happens next'), ['action-items']);
  });
  it('a sentence that only points to more reading is no action; a sentence to read a runbook is one (en)', () => {
    const m = model('# Node outage\n\n## Timeline\n\n- 10:00 node down\n\n## Next steps\n\nWe will move the nodes to the new release.\nYou can read more about the release at [the blog](https://example.com).\nRead the runbook before each upgrade.\n');
    assert.deepEqual(m.actionItems.map((a) => a.line), [9, 11]);
  });
});

describe('a header list of plain "Key: value" fields', () => {
  it('"- Summary:", "- Impact:", "- Root Causes:" label sections as bold labels do (en)', () => {
    const m = model('# Cache outage\n\n- Date: 2024-04-02\n- Summary: the cache was flushed by a cron job.\n- Impact: 20 minutes of slow pages\n- Root Causes: a cron job with the wrong host\n\n## Timeline\n\n- 10:00 cache flushed\n');
    assert.deepEqual(m.sections.filter((s) => s.depth === 7).map((s) => [s.line, s.kind, s.title]), [[4, 'summary', 'Summary'], [5, 'impact', 'Impact'], [6, 'analysis', 'Root Causes']]);
  });
  it('"- 요약: …", "- 원인: …" label sections too (ko)', () => {
    const m = model('# 캐시 장애\n\n- 일시: 2024-04-02\n- 요약: 크론 작업이 캐시를 비웠다\n- 원인: 잘못된 호스트 설정\n');
    assert.deepEqual(m.sections.filter((s) => s.depth === 7).map((s) => s.kind), ['summary', 'analysis']);
  });
  it('a list with one key naming a section, or with an item that is no field, opens no sections (en)', () => {
    const one = model('# Cache outage\n\n- Date: 2024-04-02\n- Owner: the platform team\n- Impact: slow pages\n\n## Timeline\n\n- 10:00 cache flushed\n');
    assert.equal(one.sections.filter((s) => s.depth === 7).length, 0);
    const mixed = model('# Cache outage\n\n- Summary: the cache was flushed.\n- Impact: slow pages\n- We flushed it again by hand at noon.\n');
    assert.equal(mixed.sections.filter((s) => s.depth === 7).length, 0);
  });
  it('"Key: value" items inside a named section stay its content (en)', () => {
    const m = model('# Cache outage\n\n## Action items\n\n- Monitoring: alert on flushes\n- Impact: measure slow pages\n- Root cause: audit cron hosts\n');
    assert.equal(m.sections.filter((s) => s.depth === 7).length, 0);
    assert.equal(m.actionItems.length, 3);
  });
});

describe('a page that names a way of handling incidents', () => {
  it('"Incident Escalation Procedure" with detection and response sections is no postmortem (en)', () => {
    const m = model('# Incident Escalation Procedure\n\n## Summary\n\nHow we escalate.\n\n## Detection\n\n- Alerts page the on-call engineer.\n\n## Response\n\n- The on-call engineer opens a channel.\n');
    assert.equal(m.isPostmortem, false);
  });
  it('"배포 장애 대응 절차 (Runbook)" is no postmortem (ko)', () => {
    const m = model('# 배포 장애 대응 절차 (Runbook)\n\n## 요약\n\n절차를 정한다.\n\n## 탐지\n\n- 알림을 받는다.\n\n## 대응\n\n- 롤백한다.\n\n## 복구\n\n- 재배포한다.\n');
    assert.equal(m.isPostmortem, false);
  });
  it('an outage of a process that tells its timeline and cause stays a postmortem (en)', () => {
    const m = model('# Outage of the billing process\n\n## Summary\n\nBilling stopped.\n\n## Timeline\n\n- 10:00 jobs failed\n- 10:30 fixed\n\n## Root cause\n\nA bad config.\n\n## Response\n\n- Rolled back.\n');
    assert.equal(m.isPostmortem, true);
  });
});

describe('closing statements and questions written with a typographic apostrophe', () => {
  const cases: Array<[string, string[]]> = [
    ['Final statement', ['summary']],
    ['Closing statement', ['summary']],
    ['Final thoughts', ['lessons']],
    ['Why doesn’t the retry cover this', ['analysis']],
    ["Why isn't the queue bounded?", ['analysis']],
    ['What’s next', ['action-items']],
  ];
  for (const [heading, kinds] of cases) {
    it(`"${heading}" holds ${kinds.join(' + ')}`, () => assert.deepEqual(classifyHeadingKinds(heading), kinds));
  }
});

describe('a heading over a collection of write-ups, and metrics during the event', () => {
  it('"트러블슈팅 기록 모음" names no section; "장애 대응" stays the response (ko)', () => {
    assert.deepEqual(classifyHeadingKinds('트러블슈팅 기록 모음'), ['other']);
    assert.deepEqual(classifyHeadingKinds('Collection of troubleshooting notes'), ['other']);
    assert.deepEqual(classifyHeadingKinds('장애 대응'), ['response']);
    assert.deepEqual(classifyHeadingKinds('조치 목록'), ['recovery']);
  });
  it('"Metrics during the outage" is the impact; "Metrics" alone is not (en)', () => {
    assert.deepEqual(classifyHeadingKinds('Metrics during the outage'), ['impact']);
    assert.deepEqual(classifyHeadingKinds('Numbers during event 2'), ['impact']);
    assert.notDeepEqual(classifyHeadingKinds('Metrics'), ['impact']);
  });
});
