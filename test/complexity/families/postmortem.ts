import type { Family } from '../measure.js';
import { analyse, analyseWithTerms, clock, HEAD, repeat } from './support.js';

/** What the model extracts and each rule loops over. */
export const postmortemFamilies: Family[] = [
  {
    name: 'timeline entries (list)',
    short: 233,
    full: 3_330,
    prepare: (n) => analyse(HEAD + '## Timeline\n\nAll times in UTC.\n\n' + repeat(n, (k) => `- ${clock(k)} — Step ${k}: alert fired, engineer paged\n`)),
  },
  {
    name: 'timeline entries (table)',
    short: 233,
    full: 3_330,
    prepare: (n) => analyse(HEAD + '## Timeline\n\n| Time (UTC) | Event |\n| --- | --- |\n' + repeat(n, (k) => `| 2026-03-14 ${clock(k)} | Step ${k} |\n`)),
  },
  {
    name: '5 whys steps',
    short: 186,
    full: 2_660,
    prepare: (n) => analyse(HEAD + '## 5 Whys\n\n' + repeat(n, (k) => `${k + 1}. Why did step ${k} fail? Because the check before it did not run.\n`)),
  },
  {
    name: 'action items (task list)',
    short: 140,
    full: 2_660,
    prepare: (n) => analyse(HEAD + '## Action Items\n\n' + repeat(n, (k) => `- [${k % 2 ? 'x' : ' '}] Add a check for case ${k} (owner: @minji, due: 2026-12-01)\n`)),
  },
  {
    name: 'action items (table with owner and due)',
    short: 186,
    full: 2_660,
    prepare: (n) => analyse(HEAD + '## Action Items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n' + repeat(n, (k) => `| Improve thing ${k} | @jun | 2026-${String((k % 12) + 1).padStart(2, '0')}-01 |\n`)),
  },
  {
    // Numbered sub-headings that each name one action, with a list of details under each.
    name: 'action items (numbered headings with details)',
    short: 140,
    full: 2_000,
    prepare: (n) => analyse(HEAD + '## Action Items\n\n' + repeat(n, (k) => `### ${(k % 99) + 1}. Add check ${k}\n\n- detail ${k}\n- more on ${k}\n\n`)),
  },
  {
    // A timeline told as steps with no time on any: every step becomes an entry without a time.
    name: 'timeline steps without times',
    short: 233,
    full: 3_330,
    prepare: (n) => analyse(HEAD + '## Timeline\n\n' + repeat(n, (k) => `- **Step ${k}:** the team looked at part ${k}\n`)),
  },
  {
    // A timeline written in a code block, with a continuation line under every entry.
    name: 'timeline entries (code block)',
    short: 233,
    full: 3_330,
    prepare: (n) => analyse(HEAD + '## Timeline\n\n```\n' + repeat(n, (k) => `${clock(k)} - step ${k}\n        detail of step ${k}\n`) + '```\n'),
  },
  {
    // Days and colonless clocks with a zone: "Mar 3 0942 UTC".
    name: 'timeline entries (day and colonless clock)',
    short: 233,
    full: 3_330,
    prepare: (n) => analyse(HEAD + '## Timeline\n\n' + repeat(n, (k) => `- Mar ${(k % 28) + 1} ${clock(k).replace(':', '')} UTC: step ${k}\n`)),
  },
  {
    // A header list of plain "Key: value" fields, some of which name sections.
    name: 'header list of plain fields',
    short: 233,
    full: 3_330,
    prepare: (n) => analyse('# Outage\n\n' + repeat(n, (k) => `- ${k % 3 === 0 ? 'Summary' : k % 3 === 1 ? 'Impact' : 'Date'}: value ${k}\n`) + '\n## Timeline\n\n- 10:00 alert\n'),
  },
  {
    // One paragraph of bold labels, one per line: each later label may be a section.
    name: 'paragraph of bold labels',
    short: 233,
    full: 3_330,
    prepare: (n) => analyse(HEAD + repeat(n, (k) => `**${k % 2 ? 'Root cause' : 'Date'}:** value ${k}\n`) + '\n'),
  },
  {
    name: 'front matter keys',
    short: 466,
    full: 6_660,
    prepare: (n) => analyse('---\ntype: postmortem\n' + repeat(n, (k) => `key${k}: value ${k}\n`) + '---\n\n# Outage\n\n## Summary\n\nText.\n'),
  },
  {
    name: 'suppression comments',
    short: 84,
    full: 850,
    prepare: (n) =>
      analyse(
        HEAD +
          repeat(
            n,
            (k) =>
              `The engineer forgot step ${k}. <!-- postmortem-disable-line blame-language -->\n<!-- postmortem-disable-next-line five-whys -->\nLine ${k}.\n\n<!-- postmortem-disable counterfactual-language -->\n\nWe should have known.\n\n<!-- postmortem-enable counterfactual-language -->\n\n`,
          ),
      ),
  },
  {
    name: 'blame and counterfactual wording',
    short: 140,
    full: 2_000,
    prepare: (n) => analyse(HEAD + repeat(n, (k) => `Bob broke prod at step ${k} because he forgot the check; we should have caught it.\n\n`)),
  },
  {
    // One run-on blaming sentence: each finding must not rescan the sentence.
    name: 'run-on blaming sentence',
    short: 1_500,
    full: 5_500,
    prepare: (n) => analyse(HEAD + 'Kim forgot to renew the certificate and '.repeat(n) + 'then left.\n'),
  },
  {
    // Korean with no spaces and no sentence end: one word as long as the paragraph.
    name: 'Korean paragraph without spaces',
    short: 2_000,
    full: 20_000,
    prepare: (n) => analyse(HEAD + '담당자가확인없이배포했다'.repeat(n) + '\n'),
  },
  {
    // A project's own blame term hit thousands of times in one sentence.
    name: 'user term on a run-on sentence',
    short: 2_000,
    full: 7_500,
    prepare: (n) => analyseWithTerms(HEAD + 'the cowboy deployed again and '.repeat(n) + 'stopped.\n', ['cowboy']),
  },
];
