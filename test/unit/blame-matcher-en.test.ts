// English blame wording: positives name a person as the cause or judge them;
// look-alikes put a system in the subject, or a person fixing or reporting.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findWording } from '../../src/core/blame/find-wording.js';
import { parseMarkdown } from '../../src/core/parse.js';

function blame(text: string): Array<[string, string]> {
  return findWording({ tree: parseMarkdown(text), text }, 'blame').map((f) => [f.termId, f.actual]);
}

const FLAGGED: Array<[string, string, string]> = [
  ['Kim wrote bad code.', 'person-wrote-bad-code', 'Kim wrote bad code'],
  ['The new engineer wrote buggy code in the retry loop.', 'person-wrote-bad-code', 'The new engineer wrote buggy code'],
  ['The developer configured the load balancer incorrectly.', 'person-wrote-bad-code', 'The developer configured the load balancer incorrectly'],
  ['@bob pushed a broken config to production.', 'person-wrote-bad-code', '@bob pushed a broken config'],
  ['The intern broke prod.', 'person-broke-prod', 'The intern broke prod'],
  ['An SRE took down the production database.', 'person-broke-prod', 'An SRE took down the production database'],
  ['The on-call engineer caused the outage.', 'person-broke-prod', 'The on-call engineer caused the outage'],
  ['John forgot to renew the certificate.', 'person-forgot', 'John forgot'],
  ['Someone had forgotten the feature flag.', 'person-forgot', 'Someone had forgotten'],
  ['The engineer made a mistake in the config.', 'person-made-mistake', 'The engineer made a mistake'],
  ['She messed up the migration.', 'person-made-mistake', 'She messed up'],
  ['Someone fat-fingered the IP address.', 'person-made-mistake', 'Someone fat-fingered'],
  ['The DBA dropped the ball on backups.', 'person-made-mistake', 'The DBA dropped the ball'],
  ['The on-call ignored the alert for an hour.', 'person-ignored-signal', 'The on-call ignored the alert'],
  ["The developer didn't bother to run the tests.", 'person-did-not-bother', "The developer didn't bother"],
  ['The reviewer never tested the change.', 'person-did-not-bother', 'The reviewer never tested'],
  ['The root cause was human error.', 'human-error', 'human error'],
  ['This outage was caused by operator error.', 'human-error', 'operator error'],
  ['Classic user error.', 'human-error', 'user error'],
  ['Root cause: PEBKAC.', 'human-error', 'PEBKAC'],
  ['A fat-finger error took the cluster down.', 'human-error', 'fat-finger error'],
  ['This was a careless mistake.', 'careless', 'careless'],
  ['Kim carelessly deleted the volume.', 'judgmental-adverb', 'carelessly'],
  ['The on-call engineer was negligent.', 'negligent', 'negligent'],
  ['The contractor was incompetent.', 'incompetent', 'incompetent'],
  ['The sloppy code review let this through.', 'sloppy', 'sloppy'],
  ['The developer was lazy and skipped the tests.', 'lazy', 'The developer was lazy'],
  ['Deleting the bucket was reckless.', 'reckless', 'reckless'],
  ['It was a rookie mistake.', 'stupid', 'rookie mistake'],
  ["The operator wasn't paying attention.", 'inattentive', "wasn't paying attention"],
  ['Engineers need to be more careful.', 'be-more-careful', 'be more careful'],
  ['Whose fault was this?', 'whose-fault', 'Whose fault'],
  ['We need to find out who is to blame.', 'who-to-blame', 'who is to blame'],
  ['Who broke prod?', 'who-to-blame', 'Who broke prod'],
  ["It was the intern's fault.", 'person-fault', "the intern's fault"],
  ['It was Kim’s fault.', 'person-fault', 'Kim’s fault'],
  ['The engineer is at fault.', 'at-fault', 'The engineer is at fault'],
  ['Management blamed the on-call engineer.', 'blame-person', 'blamed the on-call engineer'],
  ['The blame lies with the contractor.', 'blame-person', 'blame lies with the contractor'],
  ['The engineer responsible for the outage left the company.', 'responsible-for-incident', 'The engineer responsible for the outage'],
  ['The intern should be fired.', 'punish-person', 'The intern should be fired'],
  ['We will hold the developer accountable.', 'punish-person', 'hold the developer accountable'],
  ['Disciplinary action will follow.', 'punish-person', 'Disciplinary action'],
];

const NOT_FLAGGED = [
  'The deploy script wrote a bad config.',
  'The cron job broke prod.',
  'Kim rolled back the deploy.',
  'Alice reported the error.',
  '@minji restored the service.',
  'Kim noticed the spike and paged Alice.',
  'He fixed the bug within ten minutes.',
  'The migration introduced a bug.',
  'Kubernetes killed the pod.',
  'The load balancer caused the outage.',
  'Terraform configured the DNS record incorrectly.',
  'Helm ignored the values file.',
  'Prometheus fired an alert at 12:03.',
  'The alert fired at 12:03.',
  'We made a mistake and we own it.',
  'I forgot to mention the timeout earlier.',
  'We added validation to prevent human error.',
  'Reduce the risk of operator error with a confirmation prompt.',
  'This was not human error; the tooling made the wrong step easy.',
  'There is no such thing as human error.',
  'Human error is a symptom, not a cause.',
  'Any operator error is a symptom of a missing mechanism.',
  'The Kubernetes operator errors were noisy.',
  'The API returns a user error message.',
  'We track the human error rate per quarter.',
  'We use lazy loading for the replay extension.',
  'The lazy-loaded script was still served.',
  'Dynamo uses a sloppy quorum.',
  'It was nobody’s fault.',
  "It wasn't the engineer's fault.",
  'The servers lost their fault tolerance.',
  'We ran fault injection tests.',
  "We don't blame the intern.",
  'We ran git blame on the file.',
  'The disk was at fault.',
  'The team responsible for the service was paged.',
  'The on-call engineer is responsible for the incident response.',
  'We cannot rely on people being more careful.',
  'The reviewer approved the change after the tests passed.',
  'The database was negligible in size.',
  'Blameless postmortems focus on systems, not people.',
];

describe('blame wording in English', () => {
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

  it('flags several findings in one sentence, in order', () => {
    assert.deepEqual(blame('The root cause was human error: John forgot to update the list.'), [
      ['human-error', 'human error'],
      ['person-forgot', 'John forgot'],
    ]);
  });

  it('flags headings too', () => {
    assert.deepEqual(blame('## Whose fault was it?'), [['whose-fault', 'Whose fault']]);
  });
});

describe('blame wording: what is not prose', () => {
  const cases: Array<[string, string]> = [
    ['a quotation', 'Our guideline says "Kim wrote bad code" is wrong.'],
    ['curly quotes', 'Our guideline says “Kim wrote bad code” is wrong.'],
    ['single quotes', "Saying 'the intern broke prod' is not an analysis."],
    ['a blockquote', '> Kim wrote bad code.'],
    ['inline code', 'The bot posted `the intern broke prod` in chat.'],
    ['a code block', '```\nKim wrote bad code\n```'],
    ['an HTML block', '<div>\nThe intern broke prod.\n</div>'],
    ['inline HTML', 'The bot posted <span>the intern broke prod</span> in chat.'],
    ['a link URL', 'See [the dashboard](https://example.com/the-intern-broke-prod).'],
    ['a bare URL', 'See https://example.com/the-intern-broke-prod for details.'],
    ['front matter', '---\nnotes: Kim wrote bad code\n---\n\n# Outage\n'],
    ['a link definition', '[ref]: https://example.com "the intern broke prod"'],
  ];
  for (const [what, text] of cases) {
    it(`skips ${what}`, () => {
      assert.deepEqual(blame(text), []);
    });
  }

  it('still reads link text, emphasis and table cells', () => {
    assert.deepEqual(blame('See [the intern broke prod](https://example.com).'), [['person-broke-prod', 'the intern broke prod']]);
    assert.deepEqual(blame('**Kim** wrote bad code.'), [['person-wrote-bad-code', 'Kim wrote bad code']]);
    assert.deepEqual(blame('| Time | Event |\n| --- | --- |\n| 12:01 | The intern broke prod |\n'), [
      ['person-broke-prod', 'The intern broke prod'],
    ]);
  });

  it('does not join words across a masked quotation', () => {
    assert.deepEqual(blame('The intern "fixed" prod.'), []);
  });
});
