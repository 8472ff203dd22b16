import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core/model/build.js';
import { classifyHeading } from '../../src/core/model/section-kinds.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { FIXTURES } from '../support/corpus.js';

const model = (text: string, path?: string) => buildModel(parseMarkdown(text), text, { path }).model;
const fixture = (p: string) => readFileSync(join(FIXTURES, p), 'utf8');

describe('section headings', () => {
  const cases: Array<[string, string]> = [
    ['Timeline', 'timeline'],
    ['Timeline (UTC)', 'timeline'],
    ['Chain of Events', 'timeline'],
    ['타임라인', 'timeline'],
    ['Customer impact', 'impact'],
    ['Summary of impact', 'impact'],
    ['영향 범위', 'impact'],
    ['Root Cause Analysis', 'analysis'],
    ['Contributing Factors', 'analysis'],
    ['Root cause identification: The Five Whys', 'analysis'],
    ['상세 분석 (5-Whys)', 'analysis'],
    ['근본 원인', 'analysis'],
    ['Action Items', 'action-items'],
    ['Follow-ups', 'action-items'],
    ['Corrective and Preventative Measures', 'action-items'],
    ['Remediation', 'action-items'],
    ["What we're doing about it", 'action-items'],
    ['재발 방지 대책', 'action-items'],
    ['후속 조치', 'action-items'],
    ['Action Item', 'action-items'],
    ['Lessons Learned', 'lessons'],
    ['What went well?', 'lessons'],
    ['교훈', 'lessons'],
    ['Detection', 'detection'],
    ['Resolution and recovery', 'recovery'],
    ['장애 복구', 'recovery'],
    ['Summary', 'summary'],
    ['요약', 'summary'],
    ['Installation', 'other'],
    ['Appendix', 'other'],
  ];
  for (const [text, kind] of cases) it(`"${text}" is ${kind}`, () => assert.equal(classifyHeading(text), kind));
});

describe('model of the seed-style Korean postmortem', () => {
  const m = model(fixture('rules/five-whys/ko-five.md'));
  it('is Korean and a postmortem', () => {
    assert.equal(m.language, 'ko');
    assert.equal(m.isPostmortem, true);
    assert.equal(m.title, '결제 API 장애 회고');
    assert.equal(m.metadata['severity'], 'SEV2');
  });
  it('reads the timeline with zone, phases and metrics', () => {
    assert.deepEqual(m.timeline.map((e) => [e.time, e.zone, e.phase]), [
      ['12:01', 'KST', null],
      ['12:09', 'KST', 'detection'],
      ['12:15', 'KST', 'classification'],
      ['12:20', 'KST', 'propagation'],
      ['12:52', 'KST', 'recovery'],
    ]);
    assert.deepEqual(m.metrics, { timeToDetectMinutes: 8, timeToRecoverMinutes: 51 });
  });
  it('reads five whys and two action items with owners, due, term and done', () => {
    assert.equal(m.whys.length, 5);
    assert.deepEqual(m.actionItems.map((a) => [a.owner, a.due, a.term, a.done]), [
      ['@민지', '2026-12-01', null, false],
      ['@준', null, 'mid', true],
    ]);
    assert.deepEqual(m.missingSections, []);
  });
});

describe('timelines in the forms real documents use', () => {
  it('applies a date heading and a stated zone to the entries below, and builds ISO times', () => {
    const m = model('# X\n\n## Timeline\n\nAll times in KST.\n\n### 2026-03-14\n\n- 12:09 — Alert fired\n- 13:10 — Rolled back\n');
    assert.deepEqual(m.timeline.map((e) => e.iso), ['2026-03-14T12:09+09:00', '2026-03-14T13:10+09:00']);
  });
  it('reads `<br>`-joined lines as separate entries', () => {
    const m = model('## Timeline (UTC)\n\n21:14 - Change takes effect.<br> 21:20 - Monitoring sends first e-mail.<br>\n21:27 - Second e-mail.\n');
    assert.deepEqual(m.timeline.map((e) => [e.line, e.time]), [[3, '21:14'], [3, '21:20'], [4, '21:27']]);
    assert.equal(m.timeline[1].text, 'Monitoring sends first e-mail.');
  });
  it('reads table rows with separate date and time columns', () => {
    const m = model('## Timeline\n\n| Date | Time | Event |\n| --- | --- | --- |\n| 2026-03-14 | 12:09 | Alert fired |\n');
    assert.deepEqual(m.timeline.map((e) => [e.date, e.time, e.text]), [['2026-03-14', '12:09', 'Alert fired']]);
  });
  it('reads heading entries and takes their text from the paragraph below', () => {
    const m = model('## Timeline\n\n### 14:08\n\nWe delete the pods.\n\n### 14:09\n\nLaunches work again.\n');
    assert.deepEqual(m.timeline.map((e) => [e.time, e.text]), [['14:08', 'We delete the pods.'], ['14:09', 'Launches work again.']]);
  });
  it('ignores times outside the timeline and inside code', () => {
    const m = model('## Impact\n\n- 09:12 ~ 10:22 errors\n\n## Timeline\n\n```\n12:00 log line\n```\n\n- 12:09 Alert\n');
    assert.deepEqual(m.timeline.map((e) => e.time), ['12:09']);
  });
});

describe('postmortem detection', () => {
  const body = '# Notes\n\nSome text.\n';
  it('never treats a README as a postmortem', () => {
    assert.equal(model(fixture('rules/five-whys/en-five.md').replace('type: postmortem\n', ''), 'docs/postmortems/README.md').isPostmortem, false);
  });
  it('uses front matter, path globs and content', () => {
    assert.equal(model('---\ntype: postmortem\n---\n' + body).isPostmortem, true);
    assert.equal(model(body, 'repo/postmortems/2026-03-14.md').isPostmortem, true);
    assert.equal(model(body, 'repo/docs/2026-03-14-db-postmortem.md').isPostmortem, true);
    assert.equal(model(body, 'repo/docs/notes.md').isPostmortem, false);
    assert.equal(model('---\ntype: design\n---\n' + body, 'repo/postmortems/x.md').isPostmortem, false);
  });
});
