import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { disableLineInsertion } from '../../src/core/lint/disable-comments.js';
import { lintText, modelOf } from '../../src/core/lint/lint.js';

const DOC = [
  '---', // 1
  'type: postmortem', // 2
  'status: draft', // 3
  '---', // 4
  '',
  '# Postmortem: checkout outage', // 6
  '',
  '## Timeline', // 8
  '',
  '- 10:00 deploy', // 10
  '',
  '```text', // 12
  'the operator forgot the flag', // 13
  '```', // 14
  '',
  '| Item | Owner | Status |', // 16
  '| --- | --- | --- |', // 17
  '| Add alerts | @kim | Open |', // 18
  '',
  '---', // 20
  '',
  'Setext', // 22
  '======', // 23
  '',
  'hard break  ', // 25
  'next', // 26
  '',
].join('\n');

const at = (line: number) => disableLineInsertion(DOC, line, 'five-whys');

describe('disable-line quick fix placement', () => {
  it('is not offered inside front matter, including its fences', () => {
    for (const line of [1, 2, 3, 4]) assert.equal(at(line), null, `line ${line}`);
  });

  it('is not offered inside a code fence', () => {
    for (const line of [12, 13, 14]) assert.equal(at(line), null, `line ${line}`);
  });

  it('is not offered on a table header or delimiter row, but is on a body row', () => {
    assert.equal(at(16), null);
    assert.equal(at(17), null);
    assert.ok(at(18));
  });

  it('is not offered on a thematic break, a setext underline, a hard break or a blank line', () => {
    for (const line of [20, 23, 25, 5]) assert.equal(at(line), null, `line ${line}`);
  });

  it('appends the comment at the end of an ordinary line, which then keeps its meaning', () => {
    for (const line of [6, 10, 18]) {
      const ins = at(line)!;
      const fixed = DOC.slice(0, ins.offset) + ins.newText + DOC.slice(ins.offset);
      assert.equal(fixed.split('\n')[line - 1], DOC.split('\n')[line - 1] + ' <!-- postmortem-disable-line five-whys -->');
      const [before, after] = [modelOf(DOC, { path: 'postmortems/x.md' }), modelOf(fixed, { path: 'postmortems/x.md' })];
      assert.equal(after.isPostmortem, before.isPostmortem);
      assert.deepEqual(after.metadata, before.metadata);
      assert.equal(after.sections.length, before.sections.length);
      assert.equal(after.timeline.length, before.timeline.length);
      assert.equal(after.actionItems.length, before.actionItems.length);
    }
  });

  it('never breaks the front matter for a message on it', () => {
    const text = '---\ntype: postmortem\ntitle: [unclosed\n---\n\n# Postmortem: x\n';
    const fm = lintText(text, { force: true, today: '2026-11-25' }).messages.find((m) => m.ruleId === 'front-matter');
    assert.ok(fm, 'expected a front-matter message');
    assert.equal(disableLineInsertion(text, fm.line, 'front-matter'), null);
  });
});
