import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TickHistory, revertLine } from '../../src/core/board/tick-history.js';
import { toggleStatusEdit, type OffsetEdit } from '../../src/core/board/toggle.js';
import { modelOf } from '../../src/core/lint/lint.js';

const apply = (text: string, edit: OffsetEdit) => text.slice(0, edit.start) + edit.newText + text.slice(edit.end);

const TABLE = ['# Postmortem: checkout outage', '', '## Action items', '', '| Item | Owner | Status |', '| --- | --- | --- |', '| Add a retry budget | @kim | In progress, see OPS-42 |', ''];

describe('board tick history: undo restores the line as it was', () => {
  it('puts back the status word the user wrote, not the board’s word for open', () => {
    const text = TABLE.join('\n');
    const model = modelOf(text, { path: 'postmortems/x.md' });
    const item = model.actionItems[0]!;
    const tick = toggleStatusEdit(text, item, model.language, true);
    assert.ok(typeof tick !== 'string');
    const ticked = apply(text, tick);
    const lines = ticked.split('\n');
    assert.equal(lines[6], '| Add a retry budget | @kim | Done, see OPS-42 |');
    const back = revertLine(ticked, 7, lines[6]!, TABLE[6]!);
    assert.ok(back);
    assert.equal(apply(ticked, back.edit), text);
    assert.deepEqual(back.edit, { start: ticked.indexOf('Done'), end: ticked.indexOf('Done') + 4, newText: 'In progress' }, 'only the changed word is replaced');
  });

  it('follows the line when lines were added above it, and keeps CRLF line endings', () => {
    const before = '- [ ] Add a check\r\n';
    const text = 'New line typed above.\r\n# Title\r\n\r\n- [x] Add a check\r\n';
    const back = revertLine(text, 3, '- [x] Add a check', '- [ ] Add a check');
    assert.ok(back);
    assert.equal(back.line, 4);
    assert.equal(apply(text, back.edit), 'New line typed above.\r\n# Title\r\n\r\n' + before);
  });

  it('reverts nothing when the line was edited or is no longer unique', () => {
    assert.equal(revertLine('- [x] Add a check, and more\n', 1, '- [x] Add a check', '- [ ] Add a check'), undefined);
    assert.equal(revertLine('- [x] A\n- [x] A\n', 3, '- [x] A', '- [ ] A'), undefined);
    assert.equal(revertLine('', 1, '- [x] A', '- [ ] A'), undefined);
  });

  it('undoes and redoes in order; a new tick clears redo', () => {
    const h = new TickHistory();
    h.record({ uri: 'a', line: 1, before: 'a0', after: 'a1' });
    h.record({ uri: 'b', line: 2, before: 'b0', after: 'b1' });
    assert.equal(h.peek(false)?.uri, 'b');
    h.moved(false, 5);
    assert.deepEqual(h.peek(true), { uri: 'b', line: 5, before: 'b0', after: 'b1' }, 'redo goes where the line was found');
    assert.equal(h.peek(false)?.uri, 'a');
    h.moved(true, 5);
    assert.equal(h.peek(true), undefined);
    h.moved(false, 5);
    h.record({ uri: 'c', line: 1, before: 'c0', after: 'c1' });
    assert.equal(h.peek(true), undefined, 'redo is cleared by a new tick');
    h.drop(false);
    assert.equal(h.peek(false)?.uri, 'a');
  });

  it('keeps at most 100 ticks', () => {
    const h = new TickHistory();
    for (let i = 0; i < 150; i++) h.record({ uri: String(i), line: 1, before: '', after: '' });
    let n = 0;
    while (h.peek(false)) {
      h.drop(false);
      n++;
    }
    assert.equal(n, 100);
  });
});
