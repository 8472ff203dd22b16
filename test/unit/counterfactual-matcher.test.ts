// Counterfactual and hindsight wording about what people should have done,
// in English and Korean; look-alikes are about systems, the future, or are questions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findWording } from '../../src/core/blame/find-wording.js';
import { parseMarkdown } from '../../src/core/parse.js';

function hindsight(text: string): Array<[string, string]> {
  return findWording({ tree: parseMarkdown(text), text }, 'counterfactual').map((f) => [f.termId, f.actual]);
}

const FLAGGED: Array<[string, string, string]> = [
  ['We should have known better.', 'should-have-known', 'should have known better'],
  ['Kim should have known.', 'should-have-known', 'should have known'],
  ["The operator should've noticed the spike.", 'should-have-known', "should've noticed"],
  ['The engineer should have caught this in review.', 'should-have-done', 'should have caught'],
  ["We shouldn't have deployed on Friday.", 'should-have-done', "shouldn't have deployed"],
  ['This should have been caught in review.', 'should-have-been-caught', 'should have been caught'],
  ['It should have been obvious.', 'should-have-been-caught', 'should have been obvious'],
  ['We could have prevented this.', 'could-have-prevented', 'could have prevented'],
  ['The on-call engineer could have easily avoided the outage.', 'could-have-prevented', 'could have easily avoided'],
  ['If only we had tested the migration.', 'if-only', 'If only'],
  ['Had we tested the failover, we would have found it.', 'had-we-known', 'Had we tested'],
  ['If someone had checked the dashboard, the alert would have been noticed.', 'had-we-known', 'If someone had checked'],
  ['We failed to verify the backup.', 'failed-to', 'failed to'],
  ['The on-call engineer failed to escalate.', 'failed-to', 'failed to'],
  ['배포 전에 확인했어야 했다.', 'ko-should-have', '확인했어야 했다'],
  ['롤백을 먼저 했어야지.', 'ko-should-have', '했어야지'],
  ['알림을 봤어야 했는데 놓쳤다.', 'ko-should-have', '봤어야 했는데'],
  ['카나리 배포를 했더라면 영향이 줄었을 것이다.', 'ko-had-if', '했더라면'],
  ['우리가 더 일찍 막을 수 있었다.', 'ko-could-have-prevented', '막을 수 있었다'],
  ['담당자가 알림을 확인하지 못했다.', 'ko-person-failed-to', '확인하지 못했다'],
];

const NOT_FLAGGED = [
  'The config should have a default.',
  'Each repository should have clear rules.',
  'We should have alerting on config load failures.',
  'Nodes should have at least 4GB of memory.',
  'Nobody should have to remember this step.',
  'The pods should have been evicted first.',
  'Downstream jobs should have been automatically retried.',
  'The deploy failed to start.',
  'Terraform failed to apply the plan.',
  'Kubernetes failed to schedule the pod.',
  'A canary deploy would have caught this.',
  'Feature flags would have enabled a quick rollback.',
  'There are no items in the backlog that could have prevented this incident.',
  'Without paging we could have noticed it way later than we did.',
  'Entries are skipped if only CI is updated.',
  'What should we have done differently?',
  'Could we have caught this earlier?',
  '## What could have gone better?',
  '### What should have happened?',
  '배포 전에 테스트해야 한다.',
  '설정에 기본값이 있어야 한다.',
  '설정에 기본값이 있었어야 했다.',
  '모니터링이 원인을 감지하지 못했다.',
  '무엇을 했어야 했을까요?',
  '무엇을 했어야 했을까',
  '"배포 전에 확인했어야 했다"는 표현은 쓰지 않는다.',
];

describe('counterfactual wording', () => {
  for (const [text, id, actual] of FLAGGED) {
    it(`flags: ${text}`, () => {
      assert.deepEqual(hindsight(text), [[id, actual]]);
    });
  }
  for (const text of NOT_FLAGGED) {
    it(`does not flag: ${text}`, () => {
      assert.deepEqual(hindsight(text), []);
    });
  }

  it('leaves blame to blame-language and hindsight to counterfactual-language', () => {
    const text = 'Kim wrote bad code. We should have known better.';
    const tree = parseMarkdown(text);
    assert.deepEqual(findWording({ tree, text }, 'blame').map((f) => f.termId), ['person-wrote-bad-code']);
    assert.deepEqual(findWording({ tree, text }, 'counterfactual').map((f) => f.termId), ['should-have-known']);
  });

  it('suggests a neutral description in the document language', () => {
    const text = '배포 전에 확인했어야 했다.';
    const [f] = findWording({ tree: parseMarkdown(text), text, language: 'ko' }, 'counterfactual');
    assert.match(f!.message.ko, /결과를 알고 난 뒤의 시각으로 판단합니다/);
    assert.ok(f!.expected!.every((s) => /[\uAC00-\uD7A3]/.test(s)));
    const en = 'We should have known better.';
    const [g] = findWording({ tree: parseMarkdown(en), text: en, language: 'en' }, 'counterfactual');
    assert.match(g!.message.en, /judges with hindsight\. Describe what happened and what the system made easy or hard/);
  });
});
