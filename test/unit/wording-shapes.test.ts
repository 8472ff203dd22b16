// More shapes of blame, each with sentences written for it (none is from the
// labelled data set) and look-alikes of the same shape that must stay clean.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSentence } from '../../src/core/wording/analyse.js';
import { checkShapes, type ShapeCases } from '../support/shape-cases.js';
import { lintText } from '../../src/core/lint/lint.js';
import { describe as message } from '../../src/core/wording/messages.js';

const SHAPES: ShapeCases[] = [
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
  {
    name: "Korean: a person's mistake a few nouns after the person (관제사의 레이다 관계 판단 착오), past a cause of it (으로 인한)",
    blame: [
      ['사고는 관제사의 레이더 관계 판단 착오에 의해 발생했다.', '관제사의'],
      ['원인은 기장의 가족 걱정으로 인한 운행실수였다.', '기장의'],
    ],
    clean: ['관제사의 레이더 화면 표시 오류가 원인이었다.', '원인은 관제 시스템의 레이더 관계 판단 착오였다.'],
  },
  {
    name: "Korean: a person's act, named by its noun, as the cause of a failure that happened (직원의 클릭으로 인해 … 폭락했다)",
    blame: [
      ['직원의 한 번의 클릭으로 인해 주가가 폭락했다.', '직원의'],
      ['작업자의 조작으로 전산망이 마비됐다.', '작업자의'],
    ],
    clean: ['담당자의 판단으로 서비스를 중단했다.', '직원의 신속한 조치로 피해가 줄었다.', '작업자의 조작으로 밸브가 열렸다.', '직원의 클릭으로 장애가 발생하면 바로 알린다.'],
  },
  {
    name: 'Korean: negligence at work (업무상 과실) found, not charged, asked or denied',
    blame: [
      ['피고인은 업무상 과실로 환자에게 상해를 입게 하였다.', '피고인은'],
      ['업무상의 과실로 인하여 창고 1동을 태운 사실이 확인된다.', ''],
    ],
    clean: ['업무상과실치사 혐의로 기소된 간호사에게 무죄가 선고됐다.', '경찰은 업무상 과실 여부를 조사하고 있다.', '법원은 업무상 과실이 인정되지 않는다고 봤다.'],
  },
  {
    name: 'Korean: a fault or a lack of competence laid on a person with 에게 (선장에게 경험이 없었으며)',
    blame: [
      ['법원은 운전자에게 과실이 있다고 판단했다.', '운전자에게'],
      ['조사 결과 선장에게 지식과 경험이 없었던 것으로 나타났다.', '선장에게'],
    ],
    clean: ['법원은 운전자에게 과실이 있다고 보기 어렵다고 판단했다.', '경찰은 운전자에게 과실이 있는지 조사 중이다.', '신입 직원에게 경험이 없으면 선배가 함께 작업한다.', '운전자에게 안내 문자를 보냈다.'],
  },
  {
    name: 'Korean: a disaster called man-made as the predicate or the topic (인재인 것으로, 인재는 아닐지)',
    blame: [
      ['이번 붕괴사고는 안전불감증이 빚은 인재인 것으로 드러났다.', ''],
      ['이번 사고도 방심이 부른 인재는 아닐지 안타깝다.', ''],
    ],
    clean: ['이번 사고 이후 안전 인재를 채용했다.', '인재는 회사의 가장 큰 자산이다.'],
  },
  {
    name: 'Korean: 저 때문에 (because of me) names the speaker; 그 때문에 (because of that) names no one',
    blame: [['저 때문에 사고가 났다는 죄책감이 들었어요.', '저']],
    clean: ['그 때문에 사고가 났다.', '저 서버 때문에 사고가 났다.'],
  },
  {
    name: 'Korean: a fault in one clause stays told when a later clause is a condition (…책임이 크지만, …했다면)',
    blame: [['버스 운전자 책임이 가장 크겠지만, 신호가 제대로 켜졌다면 사고를 피했을 것이다.', '운전자']],
    clean: ['운전자 책임이 되려면 과실이 입증되어야 한다.'],
  },
  {
    name: 'Korean: a mistake in a clause in -지 that is looked into (착오로 사고가 난 건지 조사) is asked, not said',
    blame: [['작업자가 조정 착오로 사고를 냈다.', '작업자가']],
    clean: ['경찰은 작업자가 조정 착오로 사고가 난 건지 등 경위를 조사하고 있다.', '작업자가 실수로 밸브를 연 것인지 확인하고 있다.', '직원에게 책임이 있는지는 아직 알 수 없다.'],
  },
  {
    name: 'Korean: the power switched off (전원을 끄고 갔다), not for planned work',
    blame: [['마감한 직원이 쇼케이스 전원을 끄고 퇴근했다.', '직원이']],
    clean: ['점검 동안 담당자가 서버 전원을 껐다.', '담당자가 전원을 껐다가 다시 켰다.'],
  },
  {
    name: 'Korean: a stem that holds its object (원인을 제공) in a clause that modifies the person',
    blame: [['참사의 원인을 제공했던 운전자 김모씨는 경찰 조사를 받았다.', '운전자']],
    clean: ['참사의 원인을 분석했던 조사관 김모씨는 보고서를 냈다.'],
  },
  {
    name: "English: a person's act, then what its thing did as a clause of its own (… and it broke production; … while testing and it got merged)",
    blame: [
      ['Kim changed the load balancer config and it took the API down.', 'Kim'],
      ['I disabled the auth check while debugging and it got deployed.', 'I'],
    ],
    clean: ['I restarted the server and it came back.', 'I disabled the auth check and it got deployed.', 'The intern deployed the fix and it took the errors down to zero.', 'The engineer changed the timeout and it failed again, so we looked deeper.', 'The script changed the config and it broke production.', 'If I changed the config and it broke production, I would roll back.'],
  },
  {
    name: 'English: the writer finding a defect of their own (realized I had a bug)',
    blame: [['I shipped the release, then realized I had left a typo in the config.', 'I']],
    clean: ['I realized the library had a bug.', 'I realized I had a meeting at noon.', 'I noticed I had no access to the logs.'],
  },
  {
    name: 'English: a failure that began when a person acted (there was downtime when I rolled back …)',
    blame: [
      ['There were five minutes of downtime when Tom restarted the primary.', 'Tom'],
      ['The site went down when I ran the migration.', 'I'],
      ['The site went down when the on-call engineer ran the migration.', 'the on-call engineer'],
    ],
    clean: ['The outage ended when I rolled back the deploy.', 'There were errors when I opened the dashboard.', 'There was downtime when the certificate expired.', 'The outage started when I was asleep.'],
  },
  {
    name: 'English: a blaming question about a faulty act in the passive, with no person named',
    blame: [
      ['Why was this merged directly into master?', ''],
      ['Why were the changes deployed without review?', ''],
    ],
    clean: ['Why was the build broken?', 'Why was the cache flushed?', 'Why was this merged?'],
  },
  {
    name: 'English: a person let through (Who let the intern …; I let a broken link get merged)',
    blame: [
      ['Who let the new hire have write access to production?', 'Who'],
      ['I let a broken migration get merged into main.', 'I'],
    ],
    clean: ['Let me know if the build breaks.', 'I let the team know about the outage.', 'I let the deploy go out after the checks passed.', 'I let the hotfix get merged before the freeze.', 'Who let the dogs out?', 'The gate let the build get merged.'],
  },
  {
    name: 'English: the culprit named with "it was" (I bet it was a developer)',
    blame: [
      ['Yes, it was the intern.', 'the intern'],
      ['I bet it was a contractor.', 'a contractor'],
    ],
    clean: ["Spoiler: it's not the developer.", 'It was the intern who found the bug.', "It was the intern's first week.", 'It was a team effort.'],
  },
  {
    name: 'English: a slip by a person (slipped, tripped over), people named by kin or friendship',
    blame: [
      ['Someone at the vendor slipped on the keyboard and wiped the table.', ''],
      ['His friends tripped over the power cable.', 'His friends'],
    ],
    clean: ['The release date slipped by a week.', 'The breaker tripped over the weekend.', 'A bug slipped through review.', 'Our friends at the vendor slipped a fix in quickly.'],
  },
  {
    name: 'English: a diary line that opens with a past verb and owns a failure after "but" (Did a release, but forgot to …)',
    blame: [['Cut the release, but totally forgot to bump the version.', '']],
    clean: ['Rebooted the server, but the errors continued.', 'Updated the docs, and checked the logs.', 'Did a release, and announced it in the channel.'],
  },
  {
    name: "English: what the writer will do (I'll … skip the tests) is announced, not told",
    blame: [['I skipped the flaky tests and merged.', 'I']],
    clean: ["I'll look at this and skip the flaky tests until they are fixed.", "I'll fix the errors or skip the specific tests."],
  },
  {
    name: "Korean: a person's act reported as a scandal (…보내 논란이다, 물의를 빚었다)",
    blame: [
      ['한 개발자가 고객들에게 엉뚱한 알림을 보내 논란이다.', '개발자가'],
      ['담당 직원이 고객 명단을 잘못 올려 물의를 빚었다.', '직원이'],
    ],
    clean: ['큰 논란이 됐던 사건은 시스템 오류가 원인이었다.', '정부 정책이 논란이다.'],
  },
  {
    name: 'Korean: a punishment laid on a company, asked about, or stated as a rule for a case is no blame of a person',
    blame: [
      ['법원은 담당 직원에게 벌금을 선고했다.', '직원에게'],
      ['이번 사고로 담당자가 징계를 받았다.', '담당자가'],
    ],
    clean: ['금융위원회가 우리은행에 벌금을 부과했다.', '이러한 경우 담당자도 징계 대상이 됩니다.', '원처분이 담당자의 책임을 묻는 것인지 불분명하다.'],
  },
  {
    name: 'Korean: a fault said to be hard to see (잘못이라고 보기 어려운) is withheld',
    blame: [['전적으로 담당자 잘못이라고 판단했다.', '담당자']],
    clean: ['전적으로 담당자 잘못이라고 보기 어려운 점을 감안했다.'],
  },
  {
    name: 'Korean: a duty the person had (…할 의무가 있었음에도) is no other actor, and the connective -다가 ends a verb, not a subject in 가',
    blame: [
      ['선장은 승객을 구조할 의무가 있었음에도 이를 이행하지 않았다.', '선장은'],
      ['작업자들은 신고를 미루고 사고를 방치하다가 결국 피해를 키웠다.', '작업자들은'],
    ],
    clean: ['선장은 승객을 구조할 의무가 있었고 이를 모두 이행했다.', '작업자들은 점검하다가 바다가 잔잔해지자 철수했다.'],
  },
  {
    name: 'Korean: a user as the subject is the agent of their own slip only (고객이 … 잘못 입력했다)',
    blame: [
      ['고객이 가입할 때 이메일 주소를 잘못 입력했다.', '고객이'],
      ['사용자가 실수로 계정을 삭제했다.', '사용자가'],
    ],
    clean: ['사용자가 잘못된 결과를 받았다.', '사용자가 접속하지 못했다.', '고객이 결제를 완료하지 않았다.', '사용자가 잘못 입력한 값이 검증되지 않았다.'],
  },
  {
    name: 'Korean: 인재 after a negation that sets something else aside (사고가 아니라 … 인재) stays a judgement',
    blame: [['이번 장애는 물리적 사고가 아니라 설정 오류에 따른 인재라는 점에서 비판이 거세다.', '']],
    clean: ['이번 사고는 인재가 아니라 천재지변이었다.'],
  },
  {
    name: 'English: a mistake a person was able to make is what they could do, not what they did',
    blame: [['The hook let me push, and I made a mistake in the config.', 'I']],
    clean: ['The hook rejected it, which means I was able to make a mistake but not able to fix it.', 'Anyone is allowed to make a mistake here.'],
  },
  {
    name: 'Korean: a noun in -자 that is no role word names a person only as the owner of a slip or a fault (운전자의 과실로, 탑승자 책임)',
    blame: [
      ['이로 인해 생기는 문제는 탑승자 책임이에요.', '탑승자'],
      ['운행자의 부주의로 사고가 났다.', '운행자의'],
    ],
    clean: ['연산자의 오류로 계산이 틀렸다.', '생성자의 실수 처리 로직이 빠졌다.', '탑승자가 대피하지 못했다.', '목격자의 진술이 엇갈렸다.'],
  },
  {
    name: "Korean: a person's act in -면서, then a wrong event a few words on (잠들면서 … 잘못 이체되는 사건이 벌어졌다)",
    blame: [['담당 직원이 근무 중 졸면서 고객 돈이 잘못 이체되는 사건이 벌어졌다.', '직원이']],
    clean: ['담당 직원이 복구하면서 사건이 마무리됐다.', '직원이 퇴근하면서 정전 사건이 벌어졌다.'],
  },
  {
    name: 'Korean: a habit of wrongdoing judged (상습적이었다, 상습적인 주문 취소), past a count of times (한 두번이 아니라)',
    blame: [
      ['이 직원들은 한 두번이 아니라 거의 상습적이었다.', '직원들은'],
      ['점주는 직원의 상습적인 주문 취소로 피해를 봤다.', '직원의'],
    ],
    clean: ['직원들은 한 두번이 아니라 여러 번 점검했다.', '상습 정체 구간에서 사고가 났다.'],
  },
];

checkShapes('wording shapes: new sentences of each shape and their look-alikes', SHAPES);

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

describe('English: a subject pronoun after a quoted term is not the object of the gerund before the quote', () => {
  it('blame: instead of choosing "…" I mistakenly committed', () => assert.ok(flagged('I used the web editor, and instead of choosing "create a new branch" I mistakenly committed to main.')));
  it('not blame: the object of a gerund', () => assert.ok(!flagged('Paging them accidentally deleted the on-call schedule.')));
});

describe('messages of the new shapes name the agent and the failure', () => {
  const cases: Array<[string, string, string]> = [
    ['I commented out a where clause while testing and it got merged.', 'I', 'commented out a where clause while testing'],
    ['There was downtime when Tom rolled back the staging database.', 'Tom', 'rolled back the staging database'],
    ['Why was this merged directly into master?', 'a person', 'merged directly into master'],
    ['Who let the junior DBA have access to production?', 'who', 'let the junior DBA'],
    ['직원의 단 한 번의 클릭으로 인해 주가가 폭락했다.', '직원', '클릭으로'],
    ['선장에게 지식과 경험이 없었다.', '선장', '경험이 없었'],
  ];
  for (const [sentence, agent, failure] of cases) {
    it(sentence, () => {
      const f = analyseSentence(sentence)[0]!;
      const m = message(f, sentence.slice(f.cue.start, f.cue.end));
      const text = /[\uAC00-\uD7A3]/.test(sentence) ? m.ko : m.en;
      assert.ok(text.includes(agent), text);
      assert.ok(text.includes(failure), text);
    });
  }
});
