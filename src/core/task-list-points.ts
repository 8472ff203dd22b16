import type { ListItem, Nodes, Parent, Root } from 'mdast';
import type { Point } from 'unist';

/**
 * mdast-util-gfm-task-list-item moves the start of a task item's paragraph one
 * character past its check box, in column and offset alike. When the item's
 * text starts on the next line ("- [x] \n  text"), that point lies past the end
 * of the check box's line, inside a "\r\n" or on a block quote's ">". The start
 * is moved to the first character of the text, with its line and column
 * counted from the item's own start, which is right.
 */
export function repairTaskListPoints(tree: Root, text: string): void {
  if (!/\[[ xX]\]/.test(text)) return;
  const walk = (node: Nodes): void => {
    if (node.type === 'listItem' && typeof node.checked === 'boolean') repairItem(node, text);
    if (CONTAINERS.has(node.type)) for (const child of (node as Parent).children) walk(child as Nodes);
  };
  walk(tree);
}

/** The nodes a list item can be inside: the walk stays out of paragraphs, tables and the like. */
const CONTAINERS = new Set(['root', 'list', 'listItem', 'blockquote', 'footnoteDefinition']);
const BLANK = /[ \t]/;
const BREAK = /[\r\n]/;
/** What may stand between lines before the text: line endings, indentation, block quote markers. */
const PREFIX = /[ \t\r\n>]/;

function repairItem(item: ListItem, text: string): void {
  const from = item.position?.start;
  if (from?.offset === undefined) return;
  // The first "]" after the list marker closes the check box.
  let at = text.indexOf(']', from.offset) + 1;
  if (at === 0) return;
  while (at < text.length && BLANK.test(text[at]!)) at++;
  if (BREAK.test(text[at] ?? '')) while (at < text.length && PREFIX.test(text[at]!)) at++;
  const point = pointAt(text, from, at);
  for (let n: Nodes | undefined = item.children[0]; n; n = 'children' in n ? n.children[0] : undefined) {
    const start = n.position?.start;
    if (start?.offset !== undefined && start.offset <= at) Object.assign(start, point);
  }
}

/** The point of `offset`, counting line breaks from a known earlier point. */
function pointAt(text: string, from: Point, offset: number): Point {
  let line = from.line;
  let lineStart = from.offset! - (from.column - 1);
  for (let i = from.offset!; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}
