// Blame and hindsight read by the shape of the sentence, not by its words: each
// category holds sentences written for it (none is from the labelled data
// set) and look-alikes of the same shape that must stay clean.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verbForms } from '../../src/core/blame/ko-words.js';
import { analyseSentence } from '../../src/core/wording/analyse.js';
import { checkShapes, type ShapeCases } from '../support/shape-cases.js';

const CATEGORIES: ShapeCases[] = [
  {
    name: 'Korean: a team or an organisation as the subject with 에서',
    blame: [
      ['운영팀에서 설정을 잘못 변경했다.', '운영팀에서'],
      ['협력업체에서는 작업 전 백업을 하지 않았다.', '협력업체에서는'],
      ['개발팀에서 리뷰 없이 바로 배포했다.', '개발팀에서'],
    ],
    clean: [
      '운영팀에서 원인을 분석한 결과 디스크가 가득 찼다.',
      '협력업체에서 장애가 발생했다.',
      '개발팀에서 배포한 코드에 버그가 있었다.',
      '인프라팀에서 새벽에 롤백을 진행했다.',
      '이중화 작업이 정부에서 이뤄지지 않아 장애가 길어졌다.',
      '운영팀에서 관리되지 않은 서버가 다운됐다.',
    ],
  },
  {
    name: 'Korean: the short negation of an activity noun (못 했다, 안 했고, 못 한 채)',
    blame: [
      ['김 대리가 게이트 키핑을 못 했다.', '김 대리가'],
      ['담당자는 장애 공지를 제대로 안 했고 고객 문의가 폭주했다.', '담당자는'],
      ['운영팀이 용량 산정을 못 한 채 배포를 진행했다.', '운영팀이'],
    ],
    clean: ['고객이 결제를 못 했다.', '담당자는 아직 원인 분석을 못 했다.', '엔지니어가 밤새 잠을 못 잤다.', '사용자들이 로그인을 못 했다.'],
  },
  {
    name: 'Korean: an omission told as a noun clause (~지 않은 것, ~지 못한 탓)',
    blame: [
      ['김 대리가 백신을 깔지 않은 것이다.', '김 대리가'],
      ['담당자가 인증서를 갱신하지 못한 탓이었다.', '담당자가'],
    ],
    clean: ['김 대리가 백신을 깔지 않은 서버를 찾았다.', '담당자가 아직 갱신하지 않은 인증서를 목록으로 만들었다.'],
  },
  {
    name: 'Korean: a clause with its own subject that modifies a noun, inside the person\'s clause',
    blame: [
      ['김 대리는 고객정보가 담긴 파일을 첨부한 메일을 오발송했다.', '김 대리는'],
      ['작업자는 전원이 연결된 장비를 잘못 분리했다.', '작업자는'],
      ['담당자는 권한이 바뀐 계정으로 운영 DB를 삭제했다.', '담당자는'],
    ],
    clean: ['김 대리는 서버가 다운 되자 바로 롤백했다.', '담당자는 트래픽이 급증한 시점에 서버를 증설했다.', '연구팀은 방벽이 없었을 경우 차량은 멈췄을 것으로 분석했다.'],
  },
  {
    name: 'Korean: a person heading a clause that modifies the subject of the failure',
    blame: [
      ['김 대리가 작성한 스크립트를 실수로 운영에서 실행했다.', '김 대리가'],
      ['개발팀이 정한 배포 시각은 새벽 2시였는데, 실수로 오후에 배포했다.', '개발팀이'],
    ],
    clean: ['KT가 발표한 공식 장애 원인은 설정 명령을 빠뜨린 실수였다.', '담당자가 작성한 점검표는 백업 확인을 빠뜨렸다.', '운영팀이 공개한 사고 경위는 검증 단계를 건너뛴 배포였다.'],
  },
  {
    name: 'Korean: a failure with nobody acting, named as a cause or as what caused a loss',
    blame: [
      ['실수로 운영 DB를 삭제했다.', ''],
      ['백업을 확인하지 않았다.', ''],
    ],
    clean: [
      '한 번의 주문 실수로 큰 손실을 입은 증권사가 영업정지를 신청했다.',
      '지난해 유출 사건은 모두 개인정보를 암호화하지 않은 것이 원인이었습니다.',
      '인증서를 갱신하지 않은 것이 근본 원인으로 확인됐다.',
      '입력값 실수로 큰 피해를 본 고객이 많았다.',
    ],
  },
  {
    name: 'English: nobody took a due act on a thing',
    blame: [
      ['Nobody deleted the stale DNS record.', 'Nobody'],
      ['After the migration no one archived the old bucket, so it stayed public.', 'no one'],
      ['Nobody migrated the last two services off the old cluster.', 'Nobody'],
    ],
    clean: [
      'Nobody lost their data.',
      'Nobody touched the cluster during the freeze.',
      'Nobody knew the cause at first.',
      'Nobody was paged.',
      'No alert fired, so nobody restarted the service.',
      'Nobody deleted any data.',
      'If nobody renewed the certificate, the job would alert.',
      'Nobody anticipated the spike in traffic.',
      'Nobody needed the old endpoint.',
    ],
  },
  {
    name: 'Korean: failure verbs in every conjugation, listed once by their dictionary form',
    blame: [
      ['작업자가 안전 규정을 어겨 설비가 멈췄다.', '작업자가'],
      ['김 대리가 원본 설정 파일을 덮어쓴 뒤 서비스가 멈췄다.', '김 대리가'],
      ['운영팀이 경보를 묵살했다.', '운영팀이'],
      ['담당자가 점검 절차를 등한시한 탓에 사고가 커졌다.', '담당자가'],
      ['팀장이 보안 경고를 경시했다.', '팀장이'],
    ],
    clean: [
      '농협 전산망이 이틀 연속 장애를 일으켜 고객들이 큰 불편을 겪었다.',
      '배치 작업이 오류를 일으켜 정산이 늦어졌다.',
      '스크립트가 원본 파일을 덮어썼다.',
      '저는 삭제를 최대한 미루는 형태로 작업했다.',
    ],
  },
  {
    name: 'Korean: a failure verb under negation is no failure',
    blame: [['작업자가 안전 규정을 어기고 작업했다.', '작업자가']],
    clean: ['담당자는 경고를 놓치지 않았다.', '김 대리는 운영 DB를 지우지 않았다.', '작업자는 안전 규정을 어기지 않았다.', '운영팀은 알림을 안 놓쳤다.'],
  },
  {
    name: 'Korean: any act nobody took (아무도, 누구도 and a long negation)',
    blame: [
      ['누구도 백업을 돌리지 않았다.', '누구도'],
      ['아무도 만료일을 챙기지 않았다.', '아무도'],
      ['아무도 신경 쓰지 않은 설정 파일이 문제를 일으켰다.', '아무도'],
    ],
    clean: ['아무도 피해를 입지 않았다.', '다행히 누구도 데이터를 잃지 않았다.', '아무도 없었다.', '아무도 다치지 않았다.'],
  },
  {
    name: 'Korean: a past failure act told with its subject left out, any failure verb',
    blame: [
      ['결국 또 설정 파일을 덮어썼습니다.', ''],
      ['급한 마음에 경고 메일을 무시했습니다.', ''],
      ['지침이 있었는데도 규정을 어겼던 겁니다.', ''],
    ],
    clean: ['업데이트 과정의 오류로 인해 시스템 충돌을 일으켰다.', '원인은 설정 값을 빠뜨린 실수였다.', '스크립트가 경고를 무시했다.', '잘못 입력된 값이 배포됐다.', '경고를 무시하지 않았다.', '새 배포 도구는 이전 설정을 덮어썼다.', '배포 스크립트가 잘못된 설정을 덮어썼다.'],
  },
  {
    name: 'English: a relative clause between the person and the failing verb',
    blame: [
      ['The engineer who was on call deleted the production database.', 'The engineer'],
      ['The developer that wrote the patch skipped the tests.', 'The developer'],
      ['The contractor we hired deleted the backups.', 'The contractor'],
    ],
    clean: [
      'The engineer who was on call restarted the service.',
      'The developer that wrote the patch added tests.',
      'The config that the engineer wrote broke nothing.',
      'I told Kim we deleted the old table.',
    ],
  },
  {
    name: 'English: destroying what must not be lost, active or passive',
    blame: [
      ['The backups were deleted by an engineer.', 'an engineer'],
      ['An engineer wiped the backups during the migration.', 'An engineer'],
    ],
    clean: ['The backups were deleted by a cron job.', 'The script deleted the backups.', 'We deleted the stale preview environments.'],
  },
  {
    name: 'English: an omission phrase that opens with a negation',
    blame: [
      ['She just didn\'t bother to check.', 'She'],
      ['The on-call engineer did not bother to read the runbook.', 'The on-call engineer'],
    ],
    clean: ['We didn\'t bother the customer with the details.', 'Don\'t bother restarting the pod; it recovers on its own.'],
  },
  {
    name: 'English: a blaming question whose modal asks how a person failed',
    blame: [
      ['How could the reviewer miss such an obvious bug?', 'the reviewer'],
      ['How could you forget to run the migration?', 'you'],
    ],
    clean: ['How could we catch this earlier?', 'How could a reviewer spot this kind of bug?', 'How can the pipeline skip the canary stage?'],
  },
  {
    name: 'English: a secret exposed or put where others read it',
    blame: [
      ['The intern committed the AWS keys to a public repository.', 'The intern'],
      ['An engineer pasted the database credentials into a public Slack channel.', 'An engineer'],
      ['The contractor logged the customers\' tokens in plain text.', 'The contractor'],
      ['Someone leaked the signing key.', 'Someone'],
    ],
    clean: [
      'The scanner found AWS keys committed to the repository.',
      'We rotated the leaked credentials within an hour.',
      'The engineer stored the password in the vault.',
      'The deploy job pushed the secrets to the key manager.',
      'The engineer committed the fix to the repository.',
      'A bot posted the alert to the channel.',
    ],
  },
  {
    name: 'Korean: a subject closed only by a modifier of the noun after it is still the subject of a failure told without one',
    blame: [['백업이 중단된 뒤에도 한 달 동안 확인하지 않았습니다.', '']],
    clean: ['시스템이 잘못된 값을 검증하지 못했다.', '모니터링이 누락된 알림을 감지하지 못했다.'],
  },
  {
    name: 'Korean: a secret exposed or put where others read it',
    blame: [
      ['관리자가 비밀번호를 슬랙 채널에 올렸다.', '관리자가'],
      ['개발자가 API 키를 공개 저장소에 커밋했다.', '개발자가'],
      ['신입 개발자가 DB 접속 정보를 코드에 하드코딩했다.', '개발자가'],
    ],
    clean: ['개발자가 API 키를 교체했다.', '관리자가 비밀번호를 금고에 보관했다.', '개발자가 설정 파일을 저장소에 커밋했다.', '보안팀이 노출된 토큰을 폐기했다.'],
  },
  {
    name: 'Korean: reckless manner, and alerts switched off outside planned work',
    blame: [
      ['담당자가 검증 없이 성급하게 설정을 바꿨다.', '담당자가'],
      ['운영팀은 모니터링 알림을 꺼 두었다.', '운영팀은'],
      ['김 대리가 일정을 무리하게 당겼습니다.', '김 대리가'],
    ],
    clean: ['운영팀은 점검 동안 알림을 껐다.', '작업자는 계획된 작업을 위해 경보를 껐다.', '운영팀은 알림을 껐다가 다시 켰다.', '시스템이 부하 때문에 알림을 꺼버렸다.', '함부로 판단하지 않는 것이 중요하다.'],
  },
  {
    name: 'English: the owner of a piece of work named by its identifier, and a guess about what a person did',
    blame: [
      ['Bob\'s commit 3f2a1c broke the deploy.', "Bob's"],
      ['Her change #42 took down checkout.', 'Her'],
      ['Kim may have deleted the wrong table.', 'Kim'],
    ],
    clean: ['The PR #6185 may have broken the CI build.', 'The config change may have caused the outage.', 'The deploy may have been delayed by the freeze.', 'We may have missed a couple of bugs that a smoke test would have caught.'],
  },
  {
    name: 'Korean: a person or team named as the problem',
    blame: [
      ['결국 그 담당자가 문제였다.', '담당자가'],
      ['운영팀의 문제였다.', '운영팀의'],
      ['아무것도 안 하는 감리가 문제다.', '감리가'],
      ['개발팀 파트의 문제 같은데요?', '파트의'],
    ],
    clean: ['담당자가 문제를 발견했다.', '담당자의 문제 제기로 장애를 막았다.', '시스템의 문제였다.', '운영팀의 문제 해결 속도가 빨랐다.', '배포 절차가 문제였다.', '담당자가 문제없다고 판단했다.'],
  },
  {
    name: 'English: adverbs that judge how a person acted',
    blame: [
      ['I probably did this rashly while juggling other work.', 'I'],
      ['The engineer sloppily copied the config from staging.', 'The engineer'],
      ['He irresponsibly pushed to production on a Friday night.', 'He'],
    ],
    clean: ['We rolled back quickly.', 'The job lazily loads the config.', 'The rash of alerts started at 02:10.'],
  },
  {
    name: 'Korean: a passive loss done by a person (에 의해 … 삭제되었다, 뽑혔다)',
    blame: [
      ['담당자에 의해 운영 DB가 삭제되었다.', '담당자에'],
      ['작업자에 의해 전원 케이블이 뽑혔다.', '작업자에'],
    ],
    clean: ['작업자에 의해 전원이 복구되었다.', '작업자에 의해 백업이 복구되었다.', '스케줄러에 의해 운영 DB가 삭제되었다.'],
  },
  {
    name: 'Korean: going on despite a warning, and a due step taken late',
    blame: [
      ['김 과장은 경고를 받고도 배포를 강행했다.', '김 과장은'],
      ['당직자는 알림을 보고도 조치하지 않았다.', '당직자는'],
      ['담당자는 고객 공지를 늦게 올렸다.', '담당자는'],
    ],
    clean: ['운영팀은 경고를 받고도 침착하게 대응했다.', '담당자는 경고를 받고 배포를 중단했다.', '담당자가 공지를 늦게 올리지 않도록 자동화했다.', '배포를 강행하지 않기로 했다.'],
  },
  {
    name: 'Korean: who did it, asked in any form of the verb; character judged in the present',
    blame: [
      ['도대체 누가 운영 DB를 지운 거야?', '누가'],
      ['그 개발자는 정말 무능하다.', '개발자는'],
    ],
    clean: ['누가 이 설정을 관리하나요?', '무능한 시스템 설계가 문제였다.', '징계 대신 재발 방지책을 마련했다.', '징계보다는 절차 개선에 집중했다.'],
  },
  {
    name: 'Korean: could not reach a service or a message, and mistakes not held against anyone',
    blame: [
      ['담당자가 알림을 확인하지 않았다.', '담당자가'],
      ['인프라팀이 디스크 증설을 미뤘다.', '인프라팀이'],
    ],
    clean: [
      '운영팀이 알림을 받지 못했다.',
      '직원들이 시스템에 접속하지 못했다.',
      '팀원들은 서로의 실수를 탓하지 않았다.',
      '인프라팀은 디스크 증설을 미뤘다가 이번 분기에 진행했다.',
    ],
  },
  {
    name: 'English: the author of a work that failed, named in a clause on the work or by a possessive',
    blame: [
      ['The patch Dana merged broke checkout for every user.', 'Dana'],
      ['A migration he wrote caused the orders table to be wiped.', 'he'],
      ['Her config made it drop every second request.', 'Her'],
    ],
    clean: ['The patch Dana merged fixed checkout for every user.', 'The migration made it faster to restore the table.', 'The retry loop made it drop every second request.'],
  },
  {
    name: 'English: a failure laid on a person named at the end ("this outage is on Tom")',
    blame: [
      ['This outage is on Maria.', 'Maria'],
      ["That's on the release manager.", 'the release manager'],
      ['That one might have been on me.', 'me'],
    ],
    clean: ['The review is on Monday.', 'The dashboard is on the second screen.', 'The pager rotation is on the wiki.'],
  },
  {
    name: 'English: a step skipped, told by a gerund after "without"',
    blame: [
      ['Marco merged the branch without running the smoke tests first.', 'Marco'],
      ['The contractor rebooted the switch without telling anyone.', 'The contractor'],
      ['How come you didn\'t want to check the canary?', 'you'],
    ],
    clean: ['Marco finished the migration without running out of disk.', 'The job retried without telling the scheduler.'],
  },
  {
    name: 'English: a slip of the fingers in two words',
    blame: [['Ahmed fat fingered the replica count.', 'Ahmed']],
    clean: ['The fat fingered keyboard joke is old.'],
  },
  {
    name: 'Korean: a sentence passed by a court or a disciplinary board (에 처한다)',
    blame: [
      ['피고인을 징역 2년에 처한다.', '피고인을'],
      ['위원회는 당직 근무자를 감봉 3월에 처하기로 했다.', '근무자를'],
    ],
    clean: ['회사는 위기에 처했다.', '서버가 과부하 상태에 처했다.'],
  },
  {
    name: 'Korean: resigning to take responsibility, a role glued to 실수, and a duty not carried out',
    blame: [
      ['박 대표가 장애의 책임을 지고 사임했다.', '대표가'],
      ['관제사의 조작실수였다.', '관제사의'],
      ['승무원은 대피 안내 의무를 이행하지 않았다.', '승무원은'],
      ['상황실은 경보를 받고도 무사안일하게 대응했다.', '상황실은'],
    ],
    clean: ['대표가 재발 방지 대책을 발표했다.', '관제 시스템의 조작 화면이 바뀌었다.', '승무원은 대피 안내를 마쳤다.'],
  },
  {
    name: 'Korean: blame shifted onto people, reported (책임을 전가했다는 지적), and a mistake not held against someone',
    blame: [],
    clean: [
      '본사가 사고 책임을 현장 직원들에게 전가했다는 비판이 나왔다.',
      '경영진은 안전관리 책임을 협력업체로 미뤘다고 노조는 말했다.',
      '팀장은 “실수한 신입이 많이 미안해한다”며 실수를 문제 삼지 않았다고 밝혔다.',
      '숙련된 직원의 실수에 의해서도 장애는 발생할 수 있습니다.',
    ],
  },
  {
    name: 'English: a first name that is also a word (Max, Bill, Mark) right before a failing verb in the past',
    blame: [
      ['Max made a typo in the firewall rule.', 'Max'],
      ['Bill forgot to rotate the signing key.', 'Bill'],
      ['Mark accidentally dropped the orders table.', 'Mark'],
    ],
    clean: ['Max retries were exceeded on the queue.', 'Mark the ticket as resolved.', 'Bill the customer after the credit is applied.', 'Jenkins deleted the stale workspaces.'],
  },
  {
    name: 'English: a blaming question whose subject is a longer noun phrase (the on-call engineer, the senior DBA)',
    blame: [
      ["Why didn't the on-call engineer page the database team?", 'the on-call engineer'],
      ['Why did the senior DBA let him run the migration?', 'the senior DBA'],
    ],
    clean: ["Why didn't the deploy script check the lock?", "Why didn't the alert reach the on-call engineer?", 'Why did the primary fail over to the replica?'],
  },
  {
    name: 'English: an action taken without a step, the step a gerund (without first updating, without even reading)',
    blame: [
      ['I merged the branch without first rebasing it onto main, so the build broke.', 'I'],
      ['She deployed the hotfix without even reading the diff.', 'She'],
      ['Tom pushed the config without waiting for the canary.', 'Tom'],
    ],
    clean: ['We migrated the cluster without taking the site down.', 'Jane restarted the pods without losing any requests.', 'The job ran without waiting for the lock.'],
  },
  {
    name: 'Korean: whether there was a mistake, asked (실수 여부를 조사), is no mistake said',
    blame: [['정비사의 과실로 엔진이 멈췄다.', '정비사의']],
    clean: ['경찰은 정비사의 과실 여부를 조사하고 있다.', '당국은 관제사 실수 여부 등을 확인 중이다.', '담당자의 점검 누락 여부를 살펴보고 있다.'],
  },
  {
    name: 'Korean: a person named by a noun of work in -원 or -생, and the formal negation 하지 아니하였다',
    blame: [
      ['상담원이 고객 정보를 확인하지 않고 변경했다.', '상담원이'],
      ['실습생의 실수로 설비가 멈췄다.', '실습생의'],
      ['담당자는 백업 결과를 확인하지 아니하였다.', '담당자는'],
      ['관리자가 점검을 게을리 하였다.', '관리자가'],
    ],
    clean: ['장애 재발생이 확인되지 않았다.', '대학원이 장비를 새로 들였다.', '예비 전원이 투입되지 아니하였다.', '상담원이 고객에게 장애 상황을 안내했다.'],
  },

];

checkShapes('wording categories: new sentences of each shape and their look-alikes', CATEGORIES);

describe('Korean verb forms from the dictionary form', () => {
  it('contracts the infinitive and the past of a stem ending in a vowel', () => {
    assert.deepEqual(verbForms('놓치다'), ['놓치', '놓친', '놓쳐', '놓쳤']);
    assert.deepEqual(verbForms('지우다'), ['지우', '지운', '지워', '지웠']);
    assert.deepEqual(verbForms('무시하다'), ['무시하', '무시한', '무시해', '무시했']);
    assert.deepEqual(verbForms('덮어쓰다'), ['덮어쓰', '덮어쓴', '덮어써', '덮어썼']);
  });
  it('doubles the ㄹ of a 르 stem and keeps a stem ending in a consonant whole', () => {
    assert.deepEqual(verbForms('저지르다'), ['저지르', '저지른', '저질러', '저질렀']);
    assert.deepEqual(verbForms('모르다'), ['모르', '모른', '몰라', '몰랐']);
    assert.deepEqual(verbForms('까먹다'), ['까먹']);
  });
});

describe('Korean: what should have been, in the polite and plain past obligation', () => {
  for (const sentence of ['배포 전에 점검 절차가 있었어야 합니다.', '변경 이력을 남기는 도구가 갖춰졌어야 한다.']) {
    it(`hindsight: ${sentence}`, () => assert.equal(analyseSentence(sentence)[0]?.kind, 'counterfactual'));
  }
  for (const sentence of ['배포 전에 점검 절차가 있어야 합니다.', '어떤 조치가 이뤄졌어야 하는지 짚어보겠습니다.']) {
    it(`no hindsight: ${sentence}`, () => assert.equal(analyseSentence(sentence)[0], undefined));
  }
});
