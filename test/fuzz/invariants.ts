/**
 * Checks that hold for any document: every position lies inside the text and
 * agrees with itself, spans run forwards, messages are sorted and fixes apply.
 * Each check throws an Error naming what broke, for fast-check to report.
 */
import type { LintResult } from '../../src/core/lint/lint.js';
import type { Fix, LintMessage } from '../../src/core/lint/types.js';
import type { Point, PostmortemModel, Span } from '../../src/core/model/types.js';

/** The document split into lines the way editors do: on CRLF, CR or LF. */
export class Lines {
  readonly lines: string[];
  /** Offset where each line starts. */
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    this.lines = text.split(/\r\n|\r|\n/);
    for (const m of text.matchAll(/\r\n|\r|\n/g)) this.starts.push(m.index + m[0].length);
  }
  get count(): number {
    return this.lines.length;
  }
  length(line: number): number {
    return this.lines[line - 1]!.length;
  }
}

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}\n${JSON.stringify(detail)}`);
}

export function checkLineColumn(doc: Lines, line: number, column: number, what: string): void {
  if (!Number.isInteger(line) || line < 1 || line > doc.count) fail(`${what}: line outside 1..${doc.count}`, { line, column });
  if (!Number.isInteger(column) || column < 1 || column > doc.length(line) + 1) {
    fail(`${what}: column outside 1..${doc.length(line) + 1} on line ${line}`, { line, column });
  }
}

/**
 * Line and column of an offset, counted from the text itself: the text before
 * it holds line - 1 line breaks and column - 1 code units after the last one.
 */
export function pointAt(doc: Lines, offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = doc.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - doc.starts[lo]! + 1 };
}

export function checkPoint(doc: Lines, p: Point, what: string): void {
  checkLineColumn(doc, p.line, p.column, what);
  if (!Number.isInteger(p.offset) || p.offset < 0 || p.offset > doc.text.length) fail(`${what}: offset outside 0..${doc.text.length}`, p);
  // An offset between CR and LF is inside a line break, not on any line.
  if (doc.text[p.offset - 1] === '\r' && doc.text[p.offset] === '\n') fail(`${what}: offset inside a CRLF`, p);
  const expected = pointAt(doc, p.offset);
  if (expected.line !== p.line || expected.column !== p.column) fail(`${what}: line/column disagree with offset (expected ${JSON.stringify(expected)})`, p);
}

export function checkSpan(doc: Lines, span: Span, what: string): void {
  checkPoint(doc, span.start, what + '.start');
  checkPoint(doc, span.end, what + '.end');
  if (span.start.offset > span.end.offset) fail(`${what}: start after end`, span);
}

function before(aLine: number, aCol: number, bLine: number, bCol: number): boolean {
  return aLine < bLine || (aLine === bLine && aCol <= bCol);
}

export function checkModel(doc: Lines, model: PostmortemModel): void {
  const lineIn = (line: number, what: string) => {
    if (!Number.isInteger(line) || line < 1 || line > doc.count) fail(`${what}: line outside 1..${doc.count}`, line);
  };
  model.sections.forEach((s, i) => {
    const what = `sections[${i}]`;
    checkSpan(doc, s.heading, what + '.heading');
    lineIn(s.line, what + '.line');
    lineIn(s.endLine, what + '.endLine');
    if (s.endLine < s.line) fail(`${what}: endLine before line`, s);
    if (s.endOffset < s.heading.end.offset || s.endOffset > doc.text.length) fail(`${what}: endOffset before the heading's end or past the document`, s);
    else if (pointAt(doc, s.endOffset).line !== s.endLine) fail(`${what}: endOffset is not on endLine`, s);
  });
  model.timeline.forEach((e, i) => {
    checkSpan(doc, e.span, `timeline[${i}].span`);
    if (e.line !== e.span.start.line) fail(`timeline[${i}]: line is not the span's line`, e);
  });
  model.whys.forEach((w, i) => {
    checkSpan(doc, w.span, `whys[${i}].span`);
    lineIn(w.line, `whys[${i}].line`);
  });
  model.actionItems.forEach((a, i) => {
    checkSpan(doc, a.span, `actionItems[${i}].span`);
    if (a.line !== a.span.start.line) fail(`actionItems[${i}]: line is not the span's line`, a);
    if (a.doneMarker) checkSpan(doc, a.doneMarker, `actionItems[${i}].doneMarker`);
  });
}

/** True when the offset falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** Applies one fix: edits sorted by position, each inside the text, none overlapping. */
export function applyFix(doc: Lines, fix: Fix, what: string): string {
  const edits = [...fix.edits].sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset);
  edits.forEach((e, i) => {
    checkSpan(doc, e, `${what}.edits[${i}]`);
    if (typeof e.newText !== 'string') fail(`${what}.edits[${i}]: newText is not a string`, e);
    // Cutting a surrogate pair would leave half a character behind.
    for (const p of [e.start, e.end]) if (splitsPair(doc.text, p.offset)) fail(`${what}.edits[${i}]: splits a surrogate pair`, e);
    if (i > 0 && edits[i - 1]!.end.offset > e.start.offset) fail(`${what}: edits overlap`, [edits[i - 1], e]);
  });
  let out = doc.text;
  for (const e of [...edits].reverse()) out = out.slice(0, e.start.offset) + e.newText + out.slice(e.end.offset);
  return out;
}

export function checkMessage(doc: Lines, m: LintMessage, what: string): string[] {
  checkLineColumn(doc, m.line, m.column, what + ' start');
  checkLineColumn(doc, m.endLine, m.endColumn, what + ' end');
  if (!before(m.line, m.column, m.endLine, m.endColumn)) fail(`${what}: start after end`, m);
  if (typeof m.message !== 'string' || m.message === '') fail(`${what}: empty message`, m);
  return m.fixes.map((f, i) => applyFix(doc, f, `${what}.fixes[${i}]`));
}

export function checkSorted(messages: LintMessage[]): void {
  for (let i = 1; i < messages.length; i++) {
    const a = messages[i - 1]!;
    const b = messages[i]!;
    const order = a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
    if (order > 0) fail(`messages out of order at ${i}`, [a, b]);
  }
}

/**
 * Everything about one result, as separate steps so one broken check does not
 * hide the others; the texts the fixes produce are pushed onto `fixed`.
 * Steps do nothing when there is no result (the call that should make it failed).
 */
export function resultChecks(text: string, result: () => LintResult | undefined, fixed: string[] = []): Array<() => void> {
  const doc = new Lines(text);
  const each = (check: (r: LintResult) => void) => () => {
    const r = result();
    if (r) check(r);
  };
  return [
    each((r) => checkModel(doc, r.model)),
    each((r) => checkSorted(r.messages)),
    each((r) => r.messages.forEach((m, i) => fixed.push(...checkMessage(doc, m, `messages[${i}] (${m.ruleId})`)))),
  ];
}

/** All of resultChecks at once, throwing on the first violation. */
export function checkResult(text: string, result: LintResult): string[] {
  const fixed: string[] = [];
  for (const step of resultChecks(text, () => result, fixed)) step();
  return fixed;
}
