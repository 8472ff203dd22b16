// Korean sentences of real postmortems (test/fixtures/unseen, unseen2) that read as blame and are
// not, each beside the blame it must still catch: a product's name that ends in a first name, a
// noun of failure in the passive, and a slip under a condition.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSentence } from '../../src/core/wording/analyse.js';

const kindOf = (s: string): string => analyseSentence(s)[0]?.kind ?? 'clean';

const CLEAN = [
  // github:Aetheria-Tech/BE-Server docs/troubleshooting/04-scheduler-duplicate-shedlock.md (code masked as it is read).
  'Spring Boot는 \uFFFC 없이는 \uFFFC를 등록하지 않으므로 \uFFFC는 조용히 무시됩니다.',
  // github:Aetheria-Tech/BE-Server docs/troubleshooting/10-sqs-listener-startup-failure.md
  '운영에서 큐 이름 오타가 나면 조용히 빈 큐가 생겨 메시지를 영영 받지 못하는 상황이 가능합니다.',
  'Ruby on Rails는 설정이 없으면 경고를 무시했다.',
  '그 결과 알림이 무시되었다.',
  // The person is who the passive happens to.
  '담당자는 회의에서 조용히 무시됩니다.',
  '백업 확인이 누락됐다.',
];

const BLAME: Array<[string, string, string]> = [
  ['Judy가 설정을 무시했다.', 'Judy가', '무시했다'],
  ['담당자가 알림을 무시했다.', '담당자가', '무시했다'],
  ['지난 25일 작업자가 잘못된 설정 명령을 입력한 것이 원인으로 확인됐다.', '작업자가', '잘못된'],
];

describe('wording: Korean look-alikes from real postmortems', () => {
  for (const sentence of CLEAN) it(`clean: ${sentence}`, () => assert.equal(kindOf(sentence), 'clean'));
  for (const [sentence, agent, cue] of BLAME) {
    it(`blame: ${sentence}`, () => {
      const f = analyseSentence(sentence)[0];
      assert.equal(f?.kind, 'blame');
      assert.equal(f!.agent?.text, agent);
      assert.ok(f!.cue.text.startsWith(cue), `cue "${f!.cue.text}"`);
    });
  }
});
