// More shapes of blame, each with sentences written for it (none is from the
// labelled data set) and look-alikes of the same shape that must stay clean.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSentence } from '../../src/core/wording/analyse.js';
import { lintText } from '../../src/core/lint/lint.js';

interface Shape {
  name: string;
  /** Sentence, the agent the finding names, or '' when it names none. */
  blame: Array<[string, string]>;
  clean: string[];
}

const SHAPES: Shape[] = [
  {
    name: 'Korean: a person named by a title of work in -사 (조종사, 설계사, 관리사)',
    blame: [
      ['설계사들이 구조계산을 빠뜨리는 오류를 범했다.', '설계사들이'],
      ['항해사가 경보를 무시하고 운항을 계속했다.', '항해사가'],
      ['기계를 점검하던 관리사가 전원을 확인하지 않았다.', '관리사가'],
    ],
    clean: ['현장조사가 제대로 이뤄지지 않았다.', '항공사가 결항을 제때 공지하지 않았다.', '안전검사가 형식적으로 진행되지 않았다.', '시행사가 공사를 서둘렀다.'],
  },
  {
    name: 'Korean: a user named only as the owner of a slip (사용자의 실수로)',
    blame: [
      ['사용자의 실수로 설정 파일이 삭제됐다.', '사용자의'],
      ['고객의 입력 착오로 엉뚱한 계좌에 이체됐다.', '고객의'],
    ],
    clean: ['사용자가 서비스에 접속하지 못했다.', '고객이 결제를 완료하지 못했다.', '사용자의 요청이 처리되지 않았다.', '사용자의 실수 여부를 확인하고 있다.'],
  },
];

describe('wording shapes: new sentences of each shape and their look-alikes', () => {
  for (const c of SHAPES) {
    describe(c.name, () => {
      for (const [sentence, agent] of c.blame) {
        it(`blame: ${sentence}`, () => {
          const f = analyseSentence(sentence)[0];
          assert.equal(f?.kind, 'blame', sentence);
          if (agent) assert.equal(f!.agent?.text, agent);
        });
      }
      for (const sentence of c.clean) {
        it(`not blame: ${sentence}`, () => assert.notEqual(analyseSentence(sentence)[0]?.kind, 'blame', sentence));
      }
    });
  }
});

/** Whether blame-language flags the sentence read as a document (quotes are masked there). */
const flagged = (text: string): boolean => lintText(text, { force: true }).messages.some((m) => m.ruleId === 'blame-language');

describe('Korean: a quoted term named as another name for something (라고도 함) is only mentioned', () => {
  it('blame: a quoted cause is read', () => assert.ok(flagged('원인은 “작업자 실수”로 밝혀졌다.')));
  it('not blame: “사용자 오류”라고도 함', () => assert.ok(!flagged('“파일럿 오류”(“사용자 오류” 라고도 함)는 초기 보고서의 결론이었다.')));
});

describe('Korean: a likelihood (가능성이 높다) describes people in general, not an event', () => {
  it('blame: the event told in the past', () => assert.equal(analyseSentence('운영자의 조작 미숙으로 통신 장애가 발생했다.')[0]?.kind, 'blame'));
  it('not blame: 가능성이 높은', () => assert.notEqual(analyseSentence('운영자의 조작 미숙으로 통신 장애가 발생할 가능성이 높은 것은 명령 체계가 복잡하기 때문이다.')[0]?.kind, 'blame'));
});
