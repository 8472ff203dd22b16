// Korean blame wording: a person word (title, role, name with 님/씨, @handle)
// with its particle, then a blame predicate; or blame words on their own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findWording } from '../../src/core/blame/find-wording.js';
import { parseMarkdown } from '../../src/core/parse.js';

function blame(text: string): Array<[string, string]> {
  return findWording({ tree: parseMarkdown(text), text, language: 'ko' }, 'blame').map((f) => [f.termId, f.actual]);
}

const FLAGGED: Array<[string, string, string]> = [
  ['김 대리님이 코드를 잘못 짰네요', 'ko-person-wrong', '김 대리님이 코드를 잘못 짰네요'],
  ['민지 씨가 잘못 설정한 값이 배포되었다.', 'ko-person-wrong', '민지 씨가 잘못 설정한'],
  ['김민지 님이 잘못했다.', 'ko-person-wrong', '김민지 님이 잘못했다'],
  ['이번 장애는 박 과장님의 잘못입니다.', 'ko-person-wrong', '박 과장님의 잘못입니다'],
  ['담당자의 실수로 설정이 삭제되었다.', 'ko-person-mistake', '담당자의 실수로'],
  ['개발자가 실수로 설정을 지웠다.', 'ko-person-mistake', '개발자가 실수로'],
  ['김 책임이 실수로 설정을 지웠다.', 'ko-person-mistake', '김 책임이 실수로'],
  ['@minji가 실수를 했다.', 'ko-person-mistake', '@minji가 실수를'],
  ['이번 일은 박 과장 탓이다.', 'ko-person-blamed', '박 과장 탓이다'],
  ['담당자 때문에 장애가 났다.', 'ko-person-blamed', '담당자 때문에'],
  ['팀장이 개발자를 탓했다.', 'ko-person-blamed', '개발자를 탓했다'],
  ['김 대리님의 책임이다.', 'ko-person-responsible', '김 대리님의 책임이다'],
  ['운영자에게 책임이 있다.', 'ko-person-responsible', '운영자에게 책임이 있다'],
  ['책임을 물어야 한다.', 'ko-hold-accountable', '책임을 물어야'],
  ['먼저 책임 소재를 가려야 한다.', 'ko-hold-accountable', '책임 소재를'],
  ['누구의 잘못인가요?', 'ko-who', '누구의 잘못인가요'],
  ['누가 프로덕션을 망가뜨렸나요?', 'ko-who', '누가 프로덕션을 망가뜨렸나요'],
  ['범인을 찾아야 합니다.', 'ko-who', '범인을 찾아야'],
  ['인턴이 장애를 일으켰다.', 'ko-person-broke', '인턴이 장애를 일으켰다'],
  ['개발자가 프로덕션 DB를 날렸다.', 'ko-person-broke', '개발자가 프로덕션 DB를 날렸다'],
  ['신입이 설정 갱신을 깜빡했다.', 'ko-person-forgot', '신입이 설정 갱신을 깜빡했다'],
  ['@minji님이 테스트하지 않고 배포했다.', 'ko-person-skipped-check', '@minji님이 테스트하지 않고'],
  ['그가 경고를 무시하고 배포했다.', 'ko-person-skipped-check', '그가 경고를 무시하고'],
  ['작업자의 부주의로 서버가 재시작되었다.', 'ko-negligence', '부주의로'],
  ['운영자의 안일한 대응이 문제였다.', 'ko-negligence', '안일한'],
  ['이번 장애는 휴먼 에러로 발생했다.', 'ko-human-error', '휴먼 에러로'],
  ['원인: 인적 오류', 'ko-human-error', '인적 오류'],
  ['단순 실수로 인한 장애였다.', 'ko-human-error', '단순 실수로'],
  ['담당자를 문책해야 한다.', 'ko-punishment', '문책해야'],
  ['경위서를 제출하도록 했다.', 'ko-punishment', '경위서를'],
];

const NOT_FLAGGED = [
  '잘못된 설정 값이 배포되었다.',
  '책임자: 김민지',
  '담당: @minji',
  '실수를 방지하기 위해 배포 파이프라인에 검증 단계를 추가',
  '담당자의 실수를 막기 위해 배포 전에 자동 검증을 한다.',
  '김민지 님이 배포를 롤백했다.',
  '@minji님이 서비스를 복구했다.',
  '김 대리님이 잘못 설정된 값을 찾아 수정했다.',
  '김민지 님이 로그를 확인하고 실수로 삭제된 파일을 복구했다.',
  '누구나 실수할 수 있다.',
  '김민지 님의 잘못이 아닙니다.',
  '이번 장애는 누구의 잘못도 아닙니다.',
  '담당자 실수가 아니라 프로세스의 문제다.',
  '휴먼 에러를 줄이기 위해 자동화했다.',
  '인적 오류 가능성을 줄였다.',
  '우리는 문책하지 않는 문화를 지향한다.',
  '책임 소재를 따지지 않습니다.',
  '네트워크 탓에 지연이 발생했다.',
  '개발자를 탓하기보다 프로세스를 개선하자.',
  '김민지 님이 책임지고 수정한다.',
  '이 서비스는 누구의 책임인가요?',
  '서버가 잘못 응답했다.',
  '팀장님께 보고했다.',
  '지연 로딩을 사용한다.',
  '김민지 님이 슬랙에 메시지를 날렸다.',
  '배포 스크립트가 잘못된 설정을 썼다.',
];

describe('blame wording in Korean', () => {
  for (const [text, id, actual] of FLAGGED) {
    it(`flags: ${text}`, () => {
      assert.deepEqual(blame(text), [[id, actual]]);
    });
  }
  for (const text of NOT_FLAGGED) {
    it(`does not flag: ${text}`, () => {
      assert.deepEqual(blame(text), []);
    });
  }

  it('keeps the longer of two overlapping findings', () => {
    assert.deepEqual(blame('개발자가 실수로 프로덕션 DB를 날렸다.'), [['ko-person-broke', '개발자가 실수로 프로덕션 DB를 날렸다']]);
  });

  it('skips quotations, blockquotes and code in Korean text too', () => {
    assert.deepEqual(blame('"김 대리님이 코드를 잘못 짰네요"는 잘못된 표현입니다.'), []);
    assert.deepEqual(blame('「담당자의 실수로」라는 말은 쓰지 않습니다.'), []);
    assert.deepEqual(blame('> 담당자의 실수로 설정이 삭제되었다'), []);
    assert.deepEqual(blame('봇이 `개발자가 실수로 DB를 날렸다`라고 표시했다.'), []);
  });

  it('writes messages and suggestions in the document language', () => {
    const text = '김 대리님이 코드를 잘못 짰네요';
    const [finding] = findWording({ tree: parseMarkdown(text), text, language: 'ko' }, 'blame');
    assert.match(finding!.message.ko, /^"김 대리님이 코드를 잘못 짰네요" 표현은 사람을 원인으로 지목합니다/);
    assert.match(finding!.message.ko, /테스트 프로세스에서 이 버그가 걸러지지 않은 이유가 무엇일까요\?/);
    assert.match(finding!.message.en, /names a person as the cause/);
    assert.deepEqual(finding!.expected, ['테스트 프로세스에서 이 버그가 걸러지지 않은 이유가 무엇일까요?', '배포 파이프라인을 어떻게 개선하면 좋을까요?']);
  });
});
