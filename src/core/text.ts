import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Point, Span } from './model/types.js';
import { PerObjectMemo } from './bounded-memo.js';

/** Maps offsets to line/column points (1-based, UTF-16 columns) for one document. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1, offset: o };
  }

  span(start: number, end: number): Span {
    return { start: this.point(start), end: this.point(end) };
  }

  /** Offset of the start of a 1-based line (clamped). */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }

  /** Offset just past the text of a 1-based line, before its line ending. */
  lineEnd(line: number): number {
    const next = line < this.starts.length ? this.starts[line] : this.text.length;
    let end = next;
    while (end > this.lineStart(line) && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return end;
  }
}

export function nodeSpan(node: Nodes): Span {
  const p = node.position;
  if (!p || p.start.offset === undefined || p.end.offset === undefined) {
    return { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  }
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset },
  };
}

const plainTexts = new PerObjectMemo<Nodes, string>();
const plainWordings = new PerObjectMemo<Nodes, string>();

/** The node's text without markup or HTML, kept per node: nodes are never changed after the parse. */
export function plainText(node: Nodes): string {
  return plainTexts.get(node, (n) => toString(n, { includeHtml: false }));
}

/** `squash(plainText(node))`, kept per node. */
export function plainWords(node: Nodes): string {
  return plainWordings.get(node, (n) => squash(plainText(n)));
}

/** Collapses runs of white space so matching ignores wrapping. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
