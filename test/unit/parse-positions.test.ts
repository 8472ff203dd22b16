import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Nodes, Root } from 'mdast';
import { parseMarkdown } from '../../src/core/parse.js';
import { LineIndex } from '../../src/core/text.js';

/** The paragraph of the first task-list item, however deep. */
function firstItemParagraph(tree: Root): Nodes {
  let found: Nodes | undefined;
  const walk = (n: Nodes): void => {
    if (found) return;
    if (n.type === 'listItem' && typeof n.checked === 'boolean') found = n.children[0];
    else if ('children' in n) n.children.forEach((c) => walk(c as Nodes));
  };
  walk(tree);
  assert.ok(found, 'no task-list item');
  return found;
}

describe('positions of task-list items', () => {
  for (const [name, text] of [
    ['text on the same line', '- [x] Roll back the deploy'],
    ['text on the next line', '1. [x] \n\tWhy did it fail?'],
    ['text on the next line, Windows line endings', '- [ ] \r\n  Add an alert'],
    ['text on the next line, old Mac line endings', '- [ ] \r  Add an alert'],
    ['in a block quote', '> - [x] \n>   Why did it fail?'],
    ['in a nested list', '- Follow-ups\n  - [ ] \n    Add an alert'],
  ]) {
    it(`line and column agree with the offset: ${name}`, () => {
      const paragraph = firstItemParagraph(parseMarkdown(text));
      const lines = new LineIndex(text);
      for (let n: Nodes | undefined = paragraph; n; n = 'children' in n ? n.children[0] : undefined) {
        const start: { line: number; column: number; offset?: number } = n.position!.start;
        const expected = lines.point(start.offset!);
        assert.deepEqual({ line: start.line, column: start.column }, { line: expected.line, column: expected.column }, n.type);
      }
    });
  }

  it('the paragraph still starts right after the check box when its text does', () => {
    for (const text of ['- [x] Roll back', '- [x] > not a quote']) {
      const start = firstItemParagraph(parseMarkdown(text)).position!.start;
      assert.deepEqual({ line: start.line, column: start.column, offset: start.offset }, { line: 1, column: 7, offset: 6 }, text);
    }
  });
});
