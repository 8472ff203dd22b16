// Who did what: each pattern of blame and hindsight the rules read, and its
// look-alikes, in English and Korean. The figures on real sentences are in
// wording-data.test.ts; these pin the patterns one by one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMarkdown } from '../../src/core/parse.js';
import { LineIndex } from '../../src/core/text.js';
import { analyseSentence } from '../../src/core/wording/analyse.js';
import { findWordingFindings } from '../../src/core/wording/find.js';
import { boundedSentences, MAX_SENTENCE, splitSentences } from '../../src/core/wording/sentences.js';
import { lintText } from '../../src/core/lint/lint.js';
import { applyEdits } from '../support/fix.js';

const kindOf = (s: string): string => analyseSentence(s)[0]?.kind ?? 'clean';

const BLAME: Array<[string, string, string]> = [
  // sentence, agent, failure cue
  ['Tom restarted the primary instead of the replica.', 'Tom', 'restarted'],
  ['She never checked the dashboard.', 'She', 'never checked'],
  ['The release manager skipped the canary.', 'The release manager', 'skipped'],
  ['An SRE accidentally truncated the sessions table.', 'An SRE', 'truncated'],
  ['Our intern left debug logging on in production.', 'Our intern', 'left'],
  ['The platform team missed the expiry.', 'The platform team', 'missed'],
  ['Maria merged the change without review.', 'Maria', 'merged'],
  ['Kim wrote bad code and took down checkout.', 'Kim', 'wrote'],
  ['The engineer, tired after a long shift, made a mistake in the runbook.', 'The engineer', 'made a mistake'],
  ["Why didn't anyone look at the error budget?", 'anyone', "didn't anyone look"],
  ['The engineer responsible has been taken off the rotation.', 'The engineer', 'responsible'],
  ['The fault lies with whoever approved it.', 'whoever', 'fault lies'],
  ['Kim should have caught this.', 'Kim', 'should have caught'],
  ['The table was dropped by an engineer by mistake.', 'an engineer', 'dropped'],
  ['Someone force pushed to main.', 'Someone', 'force pushed'],
  ['He pushed his change directly to master.', 'He', 'pushed'],
  ['Did nobody test this?', 'nobody', 'test'],
  ["They didn't wait for the tests.", 'They', "didn't wait"],
  ['김 대리가 운영 DB를 삭제했다.', '김 대리가', '삭제했다'],
  ['아무도 로그를 확인하지 않았다.', '아무도', '확인하지 않'],
  ['누가 이 코드를 머지했나요?', '누가', '머지했나요?'],
  ['B씨가 0을 한 번 더 눌러 착오송금했다.', 'B씨가', '착오송금했다'],
  ['이 대리님이 백업 확인 없이 스크립트를 돌렸다.', '이 대리님이', '백업 확인 없이 스크립트를 돌렸다'],
  ['운영팀이 알림을 무시해서 장애가 길어졌다.', '운영팀이', '무시해서'],
  ['신입이 설정 파일을 덮어쓰는 바람에 서비스가 중단되었다.', '신입이', '덮어쓰는'],
  ['박 과장님이 인증서 만료를 놓쳤습니다.', '박 과장님이', '놓쳤습니다'],
  ['담당자가 배포 전에 설정을 확인하지 않았어요.', '담당자가', '확인하지 않았어요'],
  ['김 책임이 실수로 설정을 지웠다.', '김 책임이', '실수로 설정을 지웠다'],
];

const CLEAN = [
  'Jane rolled back the release.',
  'The alert paged the on-call.',
  'The deploy script wrote a bad config.',
  "Dependencies are built first due to the dev target's build dependency.",
  'We asked Kim to review.',
  'Naming a culprit only teaches people to hide mistakes.',
  'Nobody here was incompetent.',
  "Don't blame a person or a team; ask what the system made easy.",
  'Why did our tests not catch this bug?',
  'If an engineer forgets a step, the pipeline should catch it.',
  'Human error: a slip or lapse by a person, a term this glossary avoids.',
  'Jane pushed the fix directly to production to stop the errors.',
  'We waited for the tests.',
  '담당자가 롤백을 진행했다.',
  '담당자가 운영 DB의 오래된 로그를 삭제했다.',
  '아무도 다치지 않았다.',
  '누가 대응했나요?',
  '담당직원이 배당 1분 뒤 착오를 인지했다.',
  '배포 스크립트가 잘못된 설정을 덮어썼다.',
  '누구의 잘못도 아니다.',
  '사람을 탓하지 말고 시스템을 봐야 한다.',
  '왜 테스트가 이 버그를 잡지 못했을까?',
  '작업자가 실수하더라도 파이프라인이 막을 수 있도록 검증을 추가한다.',
  '우수한 인재를 채용하는 것도 중요하다.',
];

const COUNTERFACTUAL = [
  'An integration test would have flagged this.',
  'Issues that could have been avoided by not committing directly to master cost us hours.',
  'A lock could have prevented the double write.',
  'If we had alerted on queue depth, we would have caught it an hour earlier.',
  'We should have had a canary stage.',
  '캐시를 미리 적용했다면 피할 수 있었을 것이다.',
  '모니터링만 있었어도 막을 수 있었다.',
  '설정에는 기본값이 있었어야 했다.',
];

describe('wording: a person as the agent of a failure', () => {
  for (const [sentence, agent, cue] of BLAME) {
    it(`blame: ${sentence}`, () => {
      const [f] = analyseSentence(sentence);
      assert.equal(f?.kind, 'blame');
      assert.equal(f!.agent?.text, agent);
      assert.equal(f!.cue.text, cue);
      assert.ok(f!.question.endsWith('?'));
    });
  }
  for (const sentence of CLEAN) it(`clean: ${sentence}`, () => assert.equal(kindOf(sentence), 'clean'));
});

// English shapes: each with the agent and cue it must name, and look-alikes that must stay clean.
const BLAME_EN: Array<[string, string | undefined, string]> = [
  // a possessive role owns the mistake
  ["The on-call engineer's mistake took down search.", "The on-call engineer's", 'mistake'],
  // the writer owns the failure
  ['Sorry, that outage is on me.', 'me', 'on me'],
  ['Pushing without tests was my bad.', 'my', 'my bad'],
  ['The mistake on our side was trusting the cache.', 'our', 'mistake on our side'],
  // punishment: an idiom in any tense; a relative clause's antecedent
  ['Heads are going to roll for this.', undefined, 'Heads are going to roll'],
  ['The contractor who pushed the change was suspended.', 'The contractor', 'suspended'],
  ['The one who botched the migration still works here.', 'The one', 'botched'],
  // blame laid on a person
  ['Acme blames outage on contractor.', 'contractor', 'blames'],
  ['The outage was blamed on a junior engineer.', 'a junior engineer', 'blamed'],
  // cutting power or taking a system off the air
  ['A technician switched off the power to the storage rack.', 'A technician', 'switched off'],
  ['The cache was knocked offline by a contractor.', 'a contractor', 'knocked offline'],
  ['The DBA took the replica off the air during the upgrade.', 'The DBA', 'took'],
  // a trailing participle shares the sentence's subject
  ['An operator paused the job at 9:15, then left for the day forgetting to resume it.', 'An operator', 'forgetting'],
  ["He ran a command he wasn't supposed to run.", 'he', "wasn't supposed to"],
  // nobody checked
  ['Nobody had checked the backup logs.', 'Nobody', 'checked'],
  ['No one on the team noticed the disk filling up.', 'No one', 'noticed'],
  // a person in a past conditional
  ['Had the operator followed the runbook, the outage would not have happened.', 'the operator', 'Had the operator followed'],
  ['If only she had read the alert, the outage would have been short.', 'she', 'If only she had read'],
  // "Instead of X, Y did Z"; an error by a person; a skipped check named in a few words
  ['Instead of restoring from backup, the admin rebuilt the index by hand.', 'the admin', 'rebuilt'],
  ['The outage followed a configuration error by a contractor.', 'a contractor', 'error'],
  ['Lee merged the patch without peer review.', 'Lee', 'merged'],
  // a first-person failure told without its subject
  ['Accidentally deleted the staging bucket.', undefined, 'deleted'],
  ['Forgot to renew the certificate.', undefined, 'Forgot to renew'],
  // idioms of omission, an aside between commas, an asked duty, a guess about the past
  ["The reviewers didn't do their job.", 'The reviewers', "didn't do"],
  ['The SRE restarted the pods, however, skipped the canary.', 'The SRE', 'skipped'],
  ['Should the reviewer have caught this?', 'the reviewer', 'have caught'],
  ["The outage may have been down to the operator's error.", "the operator's", 'error'],
  ['The operators lacked situational awareness.', 'The operators', 'lacked situational awareness'],
  ["The on-call didn't think to check the queue.", 'The on-call', "didn't think to"],
  ['It was an operator-induced configuration error.', 'operator-induced', 'operator-induced configuration error'],
  // a surname the first-name lexicon does not know, read by compromise
  ['Then Nakamura pushed the wrong config.', 'Nakamura', 'pushed'],
  // the author of the work that failed; introducing a defect; punishment called for
  ["Bob's change broke production.", "Bob's", 'broke production'],
  ['The developer introduced a bug in the payment service.', 'The developer', 'introduced'],
  ['The engineer should be fired for this.', 'The engineer', 'fired'],
  ['We need to hold the engineer accountable.', 'the engineer', 'hold'],
  // an adverb after "were" still marks the act as a slip
  ['The operators were mistakenly restarting the primary pods.', 'The operators', 'restarting'],
  // an adverb of error before any past act; making a mess; a role named by a letter
  ['The contractor inadvertently published the staging keys.', 'The contractor', 'published'],
  ['I made a real mess of the release branch last night.', 'I', 'made a real mess'],
  ['Engineer B should have checked the staging logs.', 'Engineer B', 'should have checked'],
  // a step nobody bothered or thought to take
  ['Nobody bothers to rotate the old keys.', 'Nobody', 'bothers'],
  ['Nobody thought to turn off the old cron job.', 'Nobody', 'thought'],
  // a person said to be to blame, in the present
  ['The release managers are mostly to blame for the outage.', 'The release managers', 'to blame'],
];

const CLEAN_EN = [
  'We saw the build being broken by a flaky test.',
  'The alarms existed, but they were not properly configured.',
  'Guards catch mistakes before they cause outages.',
  'Teams that used blame language had more repeat incidents.',
  "Reviewers look for the engineer's mistake and the misconfigured flag.",
  "We didn't notice the expiry until a customer wrote in.",
  'I disagree that she skipped the checklist.',
  'What did we do wrong here?',
  'Our errors tracker caught it.',
  "It's not my fault the vendor changed the API.",
  'The engineer who found the leak was thanked.',
  "Don't blame outages on people.",
  'Blaming the outage on the intern would miss the point.',
  'The operator disconnected the faulty node from the cluster.',
  'We turned off the feature flag.',
  'Nobody thought the change was risky.',
  "If she hadn't done it, someone else would have.",
  'Instead of blaming the admin, ask what the tool allowed.',
  'Missed alerts piled up in the channel.',
  'Other missing packages blocked the rollback.',
  'The rollout plan was reckless.',
  'The engineer who dropped the table was not disciplined.',
  'He said he would not be a real SRE until he had broken production.',
  'I am merging this without review because the fix is urgent.',
  'We turned off the power to the rack to stop the fire.',
  "He wasn't supposed to be on call that week.",
  'Nobody noticed any impact.',
  'Terraform accidentally deleted the production bucket.',
  'Jenkins deleted the workspace by mistake.',
  '# Chain Halt due to Transaction Receipts Validation Skip',
  "The affected employee's account was suspended by the identity provider.",
  'No alert was configured, so nobody noticed the lag.',
  'Nobody was paged during the incident.',
  'The change introduced a regression.',
  "Bob's laptop crashed.",
  'The engineer should not be fired.',
  'We have not introduced any other regressions.',
  "We didn't ship it because we are careless people, we shipped it because the tool allowed it.",
  'The nightly job was accidentally disabled during the upgrade.',
  'The storm made a mess of our travel plans.',
  'Engineer B restored the backup at noon.',
  'Nobody bothered us during the freeze.',
  'Fixed a crash caused by a stupid typo.',
  'The old kernels are mostly to blame for the slowdown.',
  'The release managers are not to blame.',
];

const COUNTERFACTUAL_EN = [
  'A canary could probably have caught that.',
  'The lint step would also have flagged it.',
  'A staged rollout would have been useful here.',
  'It would have been a good idea to test the failover first.',
  'The flag was never removed, and it should have been.',
  'The change was merged when it should not have been.',
  'We could have let the release bake longer.',
  'The outage was entirely preventable.',
  'Looking back, the migration plan was too aggressive.',
  'With a disk alert, the on-call would have been paged an hour earlier.',
];

const NOT_COUNTERFACTUAL_EN = [
  'Firing the operator would not have fixed the missing guard.',
  'The fuzzer would not have picked up this bug.',
  "I don't think a canary would have caught this.",
  "I'm not entirely sure it should have been.",
  'The bug could have put customer data at risk.',
  'The crash could have been caused by either of two changes.',
  'We should have dashboards for every service.',
  'Most users should have been able to log in.',
  'Nobody should have to remember this step.',
  'Not all outages are preventable.',
  'Looking back at the logs, we found the first error at 12:01.',
  'This class of bug is preventable with static analysis.',
  'The revert is as easy as the upgrade, so users should not have had lingering issues.',
  "I updated the cron job too, so it shouldn't have mattered.",
];

describe('wording: English shapes of blame', () => {
  for (const [sentence, agent, cue] of BLAME_EN) {
    it(`blame: ${sentence}`, () => {
      const [f] = analyseSentence(sentence);
      assert.equal(f?.kind, 'blame');
      assert.equal(f!.agent?.text, agent);
      assert.equal(f!.cue.text, cue);
      assert.ok(f!.question.endsWith('?'));
    });
  }
  for (const sentence of CLEAN_EN) it(`clean: ${sentence}`, () => assert.equal(kindOf(sentence), 'clean'));
  for (const sentence of COUNTERFACTUAL_EN) it(`counterfactual: ${sentence}`, () => assert.equal(kindOf(sentence), 'counterfactual'));
  for (const sentence of NOT_COUNTERFACTUAL_EN) it(`not hindsight: ${sentence}`, () => assert.equal(kindOf(sentence), 'clean'));
  it('a person in a past conditional is judged with hindsight, and the question is about what they did', () => {
    const [f] = analyseSentence('Had the operator followed the runbook, the outage would not have happened.');
    assert.equal(f?.shape, 'person-hindsight');
    assert.equal(f!.question, 'What would have made the runbook visible at the time, without hindsight?');
  });
});

describe('wording: hindsight', () => {
  for (const sentence of COUNTERFACTUAL) it(`counterfactual: ${sentence}`, () => assert.equal(kindOf(sentence), 'counterfactual'));
  it('a retrospective prompt is not hindsight', () => {
    assert.equal(kindOf('What could we have done better?'), 'clean');
    assert.equal(kindOf('어떻게 하면 막을 수 있었을까?'), 'clean');
  });
});

describe('wording: questions about the sentence itself', () => {
  it('asks about the two things a wrong target confused', () => {
    assert.equal(analyseSentence('Tom restarted the primary instead of the replica.')[0]!.question, 'What made the primary and the replica easy to confuse?');
  });
  it('asks how the skipped check can be required', () => {
    assert.match(analyseSentence('Maria merged the change without review.')[0]!.question, /without review, and how can the process require it\?$/);
  });
  it('asks in Korean about a Korean sentence, with the right particle', () => {
    assert.equal(analyseSentence('박 과장님이 인증서 만료를 놓쳤습니다.')[0]!.question, '인증서 만료를 한 사람의 기억에 기대지 않고 확인하려면 무엇이 필요할까?');
  });
});

describe('wording: sentences', () => {
  it('splits at sentence marks but not at abbreviations, initials or soft breaks', () => {
    const text = 'We paged J. Smith, e.g. by phone. Then\nwe rolled back! Done?';
    assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), ['We paged J. Smith, e.g. by phone.', 'Then\nwe rolled back!', 'Done?']);
  });
  it('does not end a sentence at "eg.", "(e.g.", "(i.e." or "vs."', () => {
    const text = 'Use a canary, eg. a small slice. Restart the pods (e.g. with kubectl) first. One node (i.e. the primary) died. Blue vs. green won.';
    assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), [
      'Use a canary, eg. a small slice.',
      'Restart the pods (e.g. with kubectl) first.',
      'One node (i.e. the primary) died.',
      'Blue vs. green won.',
    ]);
  });
  it('reads a run-on sentence in bounded pieces', () => {
    const text = 'word '.repeat(1000);
    const pieces = boundedSentences(text);
    assert.ok(pieces.length > 1);
    assert.ok(pieces.every((p) => p.end - p.start <= MAX_SENTENCE));
  });
});

describe('wording: where the question goes', () => {
  it('never between "\\r" and "\\n" when a long sentence is read in pieces', () => {
    const text = ' 담당자가 실수\r\n' + 'a'.repeat(700) + '\n';
    const lines = new LineIndex(text);
    for (const f of findWordingFindings({ tree: parseMarkdown(text), text, lines }, 'blame')) {
      for (const fix of f.fixes) {
        const at = fix.edits[0]!.start.offset;
        assert.ok(!(text[at - 1] === '\r' && text[at] === '\n'), `insertion at ${at}`);
        assert.ok(fix.edits[0]!.start.column <= lines.text.split(/\r\n|\n|\r/)[fix.edits[0]!.start.line - 1]!.length + 1);
      }
    }
  });
});

describe('wording: the added question answers the sentence', () => {
  const wording = (text: string) => lintText(text, { force: true }).messages.filter((m) => m.ruleId === 'blame-language' || m.ruleId === 'counterfactual-language');
  for (const text of [
    'Tom carelessly deleted the production table.',
    'Tom carelessly deleted the production table',
    'I had accidentally executed my statement on the production database.',
    'The on-call engineer skipped the canary (from the phone!?)',
    'A staging check would have caught the typo.',
    '작업자가 명령어를 누락하면서 장애가 발생했다',
    '박 과장님이 인증서 만료를 놓쳤습니다.',
  ]) {
    it(`one pass of the fix leaves nothing to flag: ${text}`, () => {
      const before = wording(text);
      assert.ok(before.length > 0 && before.every((m) => m.fixes.length > 0));
      const fixed = applyEdits(text, before.flatMap((m) => m.fixes[0]!.edits));
      assert.deepEqual(wording(fixed).map((m) => m.message), [], fixed);
    });
  }
  it('a question that is not the sentence\'s own does not answer it', () => {
    assert.equal(wording('Tom carelessly deleted the production table. Why did it happen?').length, 1);
    assert.equal(wording('Tom carelessly deleted the production table (why?)').length, 1);
  });
});

// Mechanisms that reach past particular sentences: each with look-alikes that stay clean.
const EN_MECHANISMS: Array<[string, string | undefined, string]> = [
  // sentence, agent (undefined: the writer, unnamed), failure cue
  ['Oops, sorry about the broken build.', undefined, 'sorry'],
  ['I do apologise for pushing straight to main.', 'I', 'apologise'],
  ['My apologies, that deploy was mine.', 'My', 'apologies'],
  ['The contractor ran a migration that wiped the orders table.', 'The contractor', 'wiped'],
  ['Someone had shipped a build which crashed the payment workers.', 'Someone', 'crashed'],
  ['We kept skipping the staging check.', 'We', 'skipping'],
  ['The intern removed the old index, which caused issues for search.', 'The intern', 'caused'],
  ['The outage came from sloppy testing on my part.', 'my', 'on my part'],
  ['This was caused by our failure to rotate the key.', 'our', 'our failure'],
  ['A config omission of mine exposed the bucket.', 'mine', 'of mine'],
  ['The flag was accidentally enabled, I thought it was off.', 'I', 'accidentally'],
  ['Wrong cluster by accident, thought it was staging.', undefined, 'by accident'],
  ['Well, if only I had read the diff.', 'I', 'if only I had read'],
  // log lines that open with a handle, timeline entries, an intensified why
  ['jdoe42: typo in the proxy config that sent all traffic to one node', 'jdoe42', 'typo'],
  ['kimr: accidentally deleted the staging bucket', 'kimr', 'deleted'],
  ['14:02: We restart the primary by mistake', 'We', 'restart'],
  ['Why on earth did she skip the canary?', 'she', 'skip'],
  ['I think I made a mistake.', 'I', 'made a mistake'],
];
const EN_MECHANISM_LOOKALIKES = [
  'We apologize for the disruption this outage caused.',
  'Sorry to hear the migration was painful.',
  'The team lead asked him to apologize to the customer.',
  'She was not sorry.',
  'The on-call engineer reverted the change that took down checkout.',
  'Jane found the commit that broke the build.',
  'A cron job ran a script that wiped the cache.',
  'If someone merges a change that breaks the build, CI blocks it.',
  'I kept the old replica running as a fallback.',
  'Our failure domain is the rack.',
  'Great work on my part, said nobody.',
  "I don't see why the alert fired.",
  'This change should have caused a rebuild.',
  'The flag was accidentally enabled; I thought about how to prevent it.',
  'Nothing was accidentally deleted, I thought.',
  'The page fired by accident and Kim thought it was noise.',
  'note: the deploy broke the cache',
  'kubectl: deleted the pod after the error',
  'jdoe: restarted the replica',
  'We restart the primary every Sunday by design.',
  'Honestly, I think the retry tag was a mistake.',
  'We believe the retry policy was an error.',
];
const EN_MECHANISM_COUNTERFACTUALS = ['A canary should (in hindsight) have caught this.'];
const EN_MECHANISM_HEDGED = ["I don't see how a unit test would have caught this."];

describe('wording: apologies, consequences and habits in English', () => {
  for (const [sentence, agent, cue] of EN_MECHANISMS) {
    it(`blame: ${sentence}`, () => {
      const f = analyseSentence(sentence)[0];
      assert.equal(f?.kind, 'blame');
      assert.equal(f!.agent?.text, agent);
      assert.equal(f!.cue.text, cue);
    });
  }
  for (const sentence of EN_MECHANISM_LOOKALIKES) it(`clean: ${sentence}`, () => assert.equal(kindOf(sentence), 'clean'));
  for (const sentence of EN_MECHANISM_COUNTERFACTUALS) it(`counterfactual: ${sentence}`, () => assert.equal(kindOf(sentence), 'counterfactual'));
  for (const sentence of EN_MECHANISM_HEDGED) it(`clean (hedged): ${sentence}`, () => assert.equal(kindOf(sentence), 'clean'));
});

// Korean shapes read by clause and particle: each with a look-alike that stays clean.
const KO_BLAME: Array<[string, string, string]> = [
  // sentence, agent, failure cue
  ['운영팀은 어제 디스크가 가득 찼다는 알림을 확인하지 않았다.', '운영팀은', '확인하지 않았다'],
  ['설정 파일을 지운 신입이 회고에 참석했다.', '신입이', '지운'],
  ['리뷰 없이 외주 개발자가 배포를 진행했다.', '개발자가', '리뷰 없이'],
  ['우리는 트래픽 급증을 예상하지 못했습니다.', '우리는', '예상하지 못했습니다'],
  ['관리자가 접속 기록을 검토도 하지 않았다.', '관리자가', '검토도 하지 않았다'],
  ['작업자가 착오로 운영 DB를 초기화했다.', '작업자가', '착오로 운영 DB를 초기화했다'],
  ['직원이 전원 코드를 고의로 뽑았다.', '직원이', '고의로 뽑았다'],
  ['인턴이 다른 서버에 접속하는 바람에 서비스가 멈췄다.', '인턴이', '접속하는 바람에'],
  ['담당자들은 재시작만 반복해 장애를 키웠다.', '담당자들은', '재시작만'],
  ['그들은 이번 장애에 책임이 있다.', '그들은', '책임이 있다'],
  ['운영팀의 작업 편의 때문에 점검이 낮에 진행됐다.', '운영팀의', '때문에'],
  ['협력사의 관리 미흡이 원인이었다.', '협력사의', '미흡이'],
  ['해킹은 아니었지만 직원의 사소한 실수로 정전이 났다.', '직원의', '실수로'],
  ['Judy가 리뷰에서 설정 오류를 놓쳤다.', 'Judy가', '놓쳤다'],
  ['A씨가 실수로 백업 파일을 지웠다.', 'A씨가', '실수로 백업 파일을 지웠다'],
  ['누군가는 경고를 무시했다.', '누군가는', '무시했다'],
  ['엔지니어가 정리 스크립트를 실행하면서 장애가 발생했다.', '엔지니어가', '실행하면서 장애가 발생했다'],
  ['협력사 직원들끼리 점검 없이 장비를 교체했다.', '직원들끼리', '점검 없이 장비를 교체했다'],
  ['담당자가 로그를 조금만 더 살폈다면 장애를 막을 수 있었을 것이다.', '담당자가', '살폈다면'],
  ['운영팀은 뭐했나.', '운영팀은', '뭐했'],
  // roles and ranks outside IT; a safety device switched off and left off
  ['기관사가 정지 신호를 확인하지 않았다.', '기관사가', '확인하지 않았다'],
  ['김 중사가 경고를 무시했다.', '김 중사가', '무시했다'],
  ['경비원이 시끄럽다며 감지기를 꺼두었다.', '경비원이', '감지기를 꺼두었다'],
];

const KO_JUDGEMENTS = [
  // sentences that blame without a subject and its verb
  '그걸 왜 놓치냐?',
  '왜 배포 전에 로그 안 봤냐?',
  '이번 먹통 사태는 막을 수 있었던 인재가 분명하다.',
  '관련자를 찾아내 책임 소재를 분명히 가려야 한다.',
  '정작 중요한 설정을 꺼꾸로 써놓고 넘어가버렸습니다.',
];

const KO_CLEAN = [
  '장애를 처음 발견한 담당자가 팀에 공유했다.',
  '조사팀은 침입 흔적은 찾지 못했다.',
  '보통은 책임자를 찾아 질책하곤 한다.',
  '동승자가 있었다면 피해가 더 컸을 것이다.',
  '개발자들이 백업을 하지 않았더라면 데이터가 사라졌을 것이다.',
  '모니터링 시스템은 이 이상을 인식하지 못했습니다.',
  '우리는 사람이라 가끔 실수를 하곤 합니다.',
  '저희도 비슷한 실수를 하고 있지 않을까 싶어요.',
  '한 번도 시험해 보지 못한 절차였기 때문에 복구가 늦었다.',
  '이 글은 다른 이들의 실수를 평가하려는 게 아닙니다.',
  '누락을 검증 과정에서 발견하지 못했다.',
  '직원이 퇴사하면 키를 폐기하는 게 기본인데, 지켜지지 않았습니다.',
  '위험 요소: 잘못된 입력, 사람의 실수, 트래픽 급증.',
  '해커가 회사의 잘못 설정된 계정을 해킹했다.',
  '실수를 바로잡은 엔지니어가 회고를 썼다.',
  '장애를 일으킨 원인을 찾은 엔지니어가 발표했다.',
  '우리는 아직 근본 원인을 찾지 못했습니다.',
  '우리는 한 건의 데이터도 잃지 않았다.',
  '이번 장애로 누구도 징계를 받지 않았다.',
  '직원의 실수가 아니라 설정 도구의 결함이었다.',
  '관제원이 열차를 정지시켰다.',
  '점검팀은 교체를 위해 감지기를 잠시 껐다가 다시 켰다.',
  '이 부품은 교체로 예방이 가능하다.',
  '감지기가 울지 않았다면 화재를 발견할 수 없었을 것이다.',
];

const KO_COUNTERFACTUAL = [
  '카나리 배포가 있었을 경우 오류를 일찍 잡았을 것이다.',
  '알림 설정만 했어도',
  '다른 리뷰어가 바로 발견했을 것이다.',
  '재시도를 줄이기만 해도 장애는 짧았을 것이다.',
  '롤백 스크립트를 만들었다면 금방 복구할 수 있다는 지적이다.',
  '조금 더 차분히 로그를 읽었다면 금방 찾았을 원인이었다.',
  '작은 덮개 하나만 씌우면 막을 수 있는 사고였다.',
  '전원을 내리는 조치만으로 예방이 가능했다.',
];

describe('wording: Korean clauses, particles and judgements', () => {
  for (const [sentence, agent, cue] of KO_BLAME) {
    it(`blame: ${sentence}`, () => {
      const f = analyseSentence(sentence)[0];
      assert.equal(f?.kind, 'blame');
      assert.equal(f!.agent?.text, agent);
      assert.ok(f!.cue.text.startsWith(cue) || cue.startsWith(f!.cue.text), `cue "${f!.cue.text}"`);
      assert.ok(f!.question.endsWith('?'));
    });
  }
  for (const sentence of KO_JUDGEMENTS) it(`blame: ${sentence}`, () => assert.equal(kindOf(sentence), 'blame'));
  for (const sentence of KO_CLEAN) it(`clean: ${sentence}`, () => assert.equal(kindOf(sentence), 'clean'));
  for (const sentence of KO_COUNTERFACTUAL) it(`counterfactual: ${sentence}`, () => assert.equal(kindOf(sentence), 'counterfactual'));
});

// Korean mechanisms: people counted together, a passive act by a person and what it led to, admissions, denials, rates and reasons.
const KO_MECHANISMS: Array<[string, string | undefined, string]> = [
  ['개발자와 리뷰어 모두 경고를 무시했다.', '개발자와 리뷰어 모두', '무시했다'],
  ['운영팀, 나 둘다 만료 알림을 확인하지 못했다.', '나 둘다', '확인하지 못했다'],
  ['작업자에 의해 차단기가 내려졌고 이 때문에 서비스가 중단됐다.', '작업자에', '때문에 서비스가 중단'],
  ['배포하는 과정에서 실수가 있었습니다.', undefined, '실수가 있었'],
  ['오늘은 내가 또 그런 짓을 했다.', '내가', '짓을 했다'],
  ['정비사가 부품을 어긋나게 끼웠다.', '정비사가', '어긋나게 끼웠다'],
  ['엔지니어가 백업하던 중 데이터베이스를 실수로 지웠다.', '엔지니어가', '실수로 지웠다'],
  ['당직자가 점검표를 제대로 지켰더라면 일어날 수 없는 사고였다.', '당직자가', '지켰더라면'],
  // organisations named as agents
  ['국민은행은 고객 명단을 협력사에 오발송했다.', '국민은행은', '오발송했다'],
  ['ABC는 관리자 비밀번호를 3년 동안 변경치 않았다.', 'ABC는', '변경치 않았다'],
  ['㈜한빛문고는 고객 정보를 잘못 공개했다.', '㈜한빛문고는', '잘못 공개했다'],
  // a full name after a role, going on without a stop, neglect named as a cause
  ['팀장 김민수가 보낸 잘못된 공지 하나.', '팀장 김민수가', '잘못된'],
  ['기관사는 신호를 보고 멈추지 않고 계속 달렸다.', '기관사는', '멈추지 않고 계속'],
  ['현장의 근무태만이 화를 키웠다.', undefined, '근무태만'],
  ['점검을 소홀히 해서 사고가 났다.', undefined, '소홀히 해'],
  // the subject goes on past an embedded clause that modifies an object; a case told of a body
  ['한빛호텔이 회원에 해당하는 고객의 주소를 유출하는 사고를 냈다.', '한빛호텔이', '유출하는'],
  ['작업자의 경우 설정을 잘못 바꿨다.', '작업자의 경우', '잘못 바꿨다'],
  // asking whose fault it was, also as a rhetorical question closed by a period
  ['이번 장애의 책임은 과연 누구에게 있는가.', undefined, '책임은 과연 누구'],
  // reporting delayed, loose handling, not knowing properly; the nearer subject is the agent
  ['SKT는 사고를 알고도 당국에 신고를 지연했다.', 'SKT는', '신고를 지연했다'],
  ['한빛은행이 관리자 비밀번호를 허술하게 관리했다.', '한빛은행이', '허술하게 관리했다'],
  ['담당자가 상황을 제대로 모르면서 공지를 보냈다.', '담당자가', '제대로 모르면서'],
  ['조사단은 KT가 점검을 소홀히 했다고 지적했다.', 'KT가', '소홀히'],
];
// What an organisation could have done is hindsight about its system, not blame.
const KO_ORGANISATION_HINDSIGHT = ['KT가 신고만 했어도 피해를 줄일 수 있었다.'];
const KO_MECHANISM_LOOKALIKES = [
  '개발자와 리뷰어 모두 회고에 참석했다.',
  '관리자에 의해 서버가 정상적으로 재시작되었다.',
  '장애를 처리하는 과정에서 생긴 실수로 서비스가 멈췄다.',
  '사람이 직접 확인하는 절차라서 오류를 발견하지 못했다.',
  '잘못 입력된 값이 전국으로 퍼졌다.',
  '직원의 실수로 정보가 유출되면 즉시 신고해야 한다.',
  '운영자의 실수로 인한 장애 비중이 높다.',
  '작업자가 철근을 빼먹어서 무너졌다고 보기는 어렵다.',
  'DB가 요청을 확인하지 못했다.',
  '삼성증권의 배당 입력 오류가 발견되지 않았다.',
  '팀은 지난 실수로부터 배우고 절차를 바꿨다.',
  '관계자는 "작업 도중 실수로 발생한 사고였다"고 말했다.',
  '그 책임이 누구에게 있는지 궁금하다.',
  '김민수가 보낸 공지 하나.',
  '작업자는 쉬지 않고 계속 일했다.',
  '작업자의 경우 실수할 수 있다.',
  '책임은 누구에게 있는지가 아니라 무엇이 바뀌어야 하는지 묻자.',
  '운영팀이 배포를 하루 지연했다.',
  '응답이 지연됐다.',
];

describe('wording: Korean subjects counted together, passive agents, admissions', () => {
  for (const [sentence, agent, cue] of KO_MECHANISMS) {
    it(`blame: ${sentence}`, () => {
      const f = analyseSentence(sentence)[0];
      assert.equal(f?.kind, 'blame');
      assert.equal(f!.agent?.text, agent);
      assert.ok(f!.cue.text.startsWith(cue) || cue.startsWith(f!.cue.text), `cue "${f!.cue.text}"`);
    });
  }
  for (const sentence of KO_MECHANISM_LOOKALIKES) it(`clean: ${sentence}`, () => assert.equal(kindOf(sentence), 'clean'));
  for (const sentence of KO_ORGANISATION_HINDSIGHT) it(`counterfactual: ${sentence}`, () => assert.equal(kindOf(sentence), 'counterfactual'));
});

describe('the question a fix adds never carries a masked placeholder', () => {
  it('leaves code, links and quotes out of the question rather than writing U+FFFC into the file', () => {
    for (const [lang, sentence] of [
      ['en', 'Kim accidentally deleted the `main` branch in production.'],
      ['en', 'She forgot to rotate the `api-gateway` certificate.'],
      ['ko', '김 대리가 실수로 `main` 브랜치를 삭제했다.'],
      ['ko', '담당자가 `config.yaml` 파일을 확인하지 않고 배포했다.'],
    ] as const) {
      const text = `---\ntype: postmortem\n---\n# ${lang === 'ko' ? '장애' : 'Outage'}\n\n## ${lang === 'ko' ? '원인' : 'Root cause'}\n\n${sentence}\n`;
      const fixes = lintText(text, { path: 'postmortems/x.md' }).messages.filter((m) => m.ruleId === 'blame-language').flatMap((m) => m.fixes);
      assert.ok(fixes.length > 0, sentence);
      for (const f of fixes) for (const e of f.edits) assert.ok(!e.newText.includes('\uFFFC') && !e.newText.includes('\u2029'), `${sentence} -> ${e.newText}`);
    }
  });
});
