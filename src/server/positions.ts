import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Point, Span } from '../core/model/types.js';

/** A model point (1-based line and column) as an LSP position (0-based). */
export const toPosition = (p: { line: number; column: number }): Position => ({ line: p.line - 1, character: p.column - 1 });

export const toRange = (span: Span | { start: Point; end: Point }): Range => ({ start: toPosition(span.start), end: toPosition(span.end) });

/** Length of a 0-based line, without its line break. */
export function lineLength(document: TextDocument, line: number): number {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return text.replace(/\r?\n$|\r$/, '').length;
}

/** The whole of a 0-based line. */
export function lineRange(document: TextDocument, line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: lineLength(document, line) } };
}
