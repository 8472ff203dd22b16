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
  'We asked Kim to review.',
  'Naming a culprit only teaches people to hide mistakes.',
  'Nobody here was incompetent.',
  "Don't blame a person or a team; ask what the system made easy.",
  'Why did our tests not catch this bug?',
  'If an engineer forgets a step, the pipeline should catch it.',
  'Human error: a slip or lapse by a person, a term this glossary avoids.',
  '담당자가 롤백을 진행했다.',
  '배포 스크립트가 잘못된 설정을 덮어썼다.',
  '누구의 잘못도 아니다.',
  '사람을 탓하지 말고 시스템을 봐야 한다.',
  '왜 테스트가 이 버그를 잡지 못했을까?',
  '작업자가 실수하더라도 파이프라인이 막을 수 있도록 검증을 추가한다.',
  '우수한 인재를 채용하는 것도 중요하다.',
];

const COUNTERFACTUAL = [
  'An integration test would have flagged this.',
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
