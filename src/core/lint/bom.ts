import type { LintMessage } from './types.js';

/**
 * A byte-order mark is not part of the Markdown: the parser skips it and its
 * positions leave it out. We analyse the text without it and then shift every
 * position back by one character, so ranges stay right in the file as stored.
 */
export function splitBom(text: string): { body: string; bom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { body: text.slice(1), bom: true } : { body: text, bom: false };
}

interface PointLike {
  line: number;
  column: number;
  offset: number;
}

function isPoint(v: unknown): v is PointLike {
  return typeof v === 'object' && v !== null && typeof (v as PointLike).line === 'number' && typeof (v as PointLike).column === 'number' && typeof (v as PointLike).offset === 'number';
}

/** Shifts every {line, column, offset} inside a value (model or fixes) past the mark, in place. */
export function shiftPoints(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (isPoint(value)) {
    value.offset += 1;
    if (value.line === 1) value.column += 1;
    return;
  }
  for (const child of Array.isArray(value) ? value : Object.values(value)) shiftPoints(child, seen);
}

export function shiftMessages(messages: LintMessage[]): void {
  const seen = new Set<unknown>();
  for (const m of messages) {
    if (m.line === 1) m.column += 1;
    if (m.endLine === 1) m.endColumn += 1;
    shiftPoints(m.fixes, seen);
  }
}
