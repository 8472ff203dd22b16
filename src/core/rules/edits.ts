import type { Paragraph, Root } from 'mdast';
import type { TextEdit } from '../lint/types.js';
import type { ActionItem, Point } from '../model/types.js';
import type { LineIndex } from '../text.js';

export function insertAt(point: Point, newText: string): TextEdit {
  return { start: point, end: point, newText };
}

/** The paragraph (outside lists, quotes and tables) that starts on `line`, if any. */
function paragraphAt(tree: Root, line: number): Paragraph | undefined {
  for (const node of tree.children) {
    if (node.position && node.position.start.line > line) return undefined;
    if (node.type === 'paragraph' && node.position?.start.line === line) return node;
  }
  return undefined;
}

/**
 * Appends text at the end of an action item's first line (list items only).
 * An item written as a plain paragraph over several lines gets it at the end
 * of the paragraph instead: a field ending in ")" on its first line would make
 * that line read as an item of its own, splitting the item in two. When the
 * paragraph holds one item per line, each item's own line is kept.
 */
export function appendToItem(item: ActionItem, newText: string, lines: LineIndex, context?: { tree: Root; items: ActionItem[] }): TextEdit | null {
  if (item.kind !== 'list') return null;
  let line = item.line;
  const paragraph = context && paragraphAt(context.tree, item.line);
  const last = paragraph?.position?.end.line ?? line;
  if (last > line && !context!.items.some((other) => other !== item && other.line > item.line && other.line <= last)) line = last;
  const end = lines.point(lines.lineEnd(line));
  return insertAt(end, newText);
}

/** YYYY-MM-DD a number of days after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(date + 'T00:00:00Z');
  return new Date((Number.isNaN(t) ? Date.now() : t) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A field bracket ending an item's line: "(owner: @ana)", "(담당: @민지, 기한: 2026-04-01)". */
const FIELD_BRACKET = /\(([^()]*?(?:owner|due|term|assignee|deadline|담당|기한|기간)\s*[:：][^()]*)\)\s*$/iu;

/**
 * Adds a `name: value` field to an action item: inside the field bracket its
 * line already ends with, so fields stay in one bracket, else as a new one
 * at the end of the item (see appendToItem).
 */
export function addField(item: ActionItem, field: string, lines: LineIndex, context?: { tree: Root; items: ActionItem[] }, placeholder?: string): TextEdit | null {
  if (item.kind !== 'list') return null;
  const start = lines.lineStart(item.line);
  const text = lines.text.slice(start, lines.lineEnd(item.line));
  const bracket = FIELD_BRACKET.exec(text);
  const close = bracket ? start + bracket.index + bracket[0].lastIndexOf(')') : -1;
  const edit = bracket ? insertAt(lines.point(close), `, ${field}`) : appendToItem(item, ` (${field})`, lines, context);
  const at = placeholder && edit ? edit.newText.lastIndexOf(placeholder) : -1;
  return edit && at >= 0 ? { ...edit, placeholder: { offset: at, length: placeholder!.length } } : edit;
}
