import type { TextEdit } from '../lint/types.js';
import type { ActionItem, Point } from '../model/types.js';
import type { LineIndex } from '../text.js';

export function insertAt(point: Point, newText: string): TextEdit {
  return { start: point, end: point, newText };
}

/** Appends text at the end of an action item's first line (list items only). */
export function appendToItem(item: ActionItem, newText: string, lines: LineIndex): TextEdit | null {
  if (item.kind !== 'list') return null;
  const end = lines.point(lines.lineEnd(item.line));
  return insertAt(end, newText);
}

/** YYYY-MM-DD a number of days after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(date + 'T00:00:00Z');
  return new Date((Number.isNaN(t) ? Date.now() : t) + days * 86_400_000).toISOString().slice(0, 10);
}
