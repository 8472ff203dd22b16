import type { LintMessage } from './types.js';

/**
 * A byte-order mark is not part of the Markdown: the parser skips it and its
 * positions leave it out. We analyse the text without it and then shift every
 * position back by one character, so ranges stay right in the file as stored.
 */
export function splitBom(text: string): { body: string; bom: number } {
  let n = 0;
  while (text.charCodeAt(n) === 0xfeff) n++;
  return { body: n ? text.slice(n) : text, bom: n };
}

interface PointLike {
  line: number;
  column: number;
  offset: number;
}

function isPoint(v: unknown): v is PointLike {
  return typeof v === 'object' && v !== null && typeof (v as PointLike).line === 'number' && typeof (v as PointLike).column === 'number' && typeof (v as PointLike).offset === 'number';
}

/** Shifts every {line, column, offset} inside a value (model or fixes) past `by` marks, in place. */
export function shiftPoints(value: unknown, by: number, seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (isPoint(value)) {
    value.offset += by;
    if (value.line === 1) value.column += by;
    return;
  }
  // Sections keep where their content ends as a bare offset.
  const section = value as { endOffset?: unknown; heading?: unknown };
  if (typeof section.endOffset === 'number' && section.heading) section.endOffset += by;
  for (const child of Array.isArray(value) ? value : Object.values(value)) shiftPoints(child, by, seen);
}

export function shiftMessages(messages: LintMessage[], by: number): void {
  const seen = new Set<unknown>();
  for (const m of messages) {
    if (m.line === 1) m.column += by;
    if (m.endLine === 1) m.endColumn += by;
    shiftPoints(m.fixes, by, seen);
  }
}
