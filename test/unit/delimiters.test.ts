import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, modelOf } from '../../src/core/lint/lint.js';
import { crowdedParagraphLine, MAX_DELIMITERS } from '../../src/core/lint/delimiters.js';

const head = '# Incident\n\nSome text.\n\n';

describe('paragraphs crowded with emphasis markers', () => {
  it('are found past the limit, at their first line', () => {
    for (const piece of ['a* ', 'a~~ ', '*a* ', '_a_ ']) {
      const per = piece.replace(/[^*~_]/g, '').length;
      assert.equal(crowdedParagraphLine(head + piece.repeat(Math.floor(MAX_DELIMITERS / per)) + '\n'), 0, `${piece} at the limit`);
      assert.equal(crowdedParagraphLine(head + 'intro\n' + piece.repeat(Math.floor(MAX_DELIMITERS / per) + 1) + '\n'), 5, `${piece} past the limit`);
    }
  });

  it('do not count markers inside words, table rows, code fences, or across list items', () => {
    const n = MAX_DELIMITERS + 10;
    for (const text of [
      head + 'some_snake_case '.repeat(n) + '\n',
      head + '| a* | b~ |\n| --- | --- |\n' + '| a* | b~~ |\n'.repeat(n),
      head + '```\n' + 'a* '.repeat(n) + '\n```\n',
      head + '- a* b* c*\n'.repeat(n),
      head + ('a* '.repeat(MAX_DELIMITERS / 2) + '\n\n').repeat(4),
    ]) {
      assert.equal(crowdedParagraphLine(text), 0, JSON.stringify(text.slice(head.length, head.length + 20)));
    }
  });

  it('a document with one gets a single document-too-complex message, not minutes of parsing', () => {
    const text = head + 'a* '.repeat(200_000) + '\n';
    const result = lintText(text, { today: '2026-03-20', force: true });
    assert.deepEqual(result.messages.map((m) => [m.ruleId, m.line]), [['document-too-complex', 5]]);
    assert.match(result.messages[0]!.message, /more than 5,000 emphasis or strikethrough markers/);
    assert.match(modelOf(text).reason, /emphasis/);
  });
});
