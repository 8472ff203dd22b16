/**
 * What `postmortem-lint --fix` should write, worked out apart from the CLI:
 * the core's fixes applied by offset, with the line breaks they insert made
 * the file's dominant one and no final line break added to a file without
 * one, linting again until nothing changes (at most 10 times).
 */
import { fixAllEdits, fixTypeOf } from '../../src/core/lint/fix-all.js';
import { lintText } from '../../src/core/lint/lint.js';
import type { TextEdit } from '../../src/core/lint/types.js';

function dominant(text: string): string {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  if (crlf > lf && crlf >= cr) return '\r\n';
  return cr > lf && cr > crlf ? '\r' : '\n';
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const eol = dominant(text);
  const noFinalBreak = !/[\r\n]$/.test(text);
  let out = text;
  // From the end, so earlier offsets stay right; insertions at one point keep their order.
  const ordered = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start.offset - a.e.start.offset || b.i - a.i);
  for (const { e } of ordered) {
    let inserted = e.newText.split(/\r\n|\r|\n/).join(eol);
    if (noFinalBreak && e.end.offset === text.length && inserted.endsWith(eol)) inserted = inserted.slice(0, -eol.length);
    out = out.slice(0, e.start.offset) + inserted + out.slice(e.end.offset);
  }
  return out;
}

/** The text --fix leaves, for the safe fixes (the default fix type). */
export function expectedSafeFix(text: string, options: { path: string; today: string }): { text: string; passes: number } {
  let current = text;
  let passes = 0;
  for (; passes < 10; passes++) {
    const result = lintText(current, { ...options, force: false });
    if (result.skipped !== null) break;
    const edits = fixAllEdits(result.messages, (m) => fixTypeOf(m.ruleId) === 'safe');
    if (!edits.length) break;
    current = applyEdits(current, edits);
  }
  return { text: current, passes };
}
