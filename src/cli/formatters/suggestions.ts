import type { LintMessage } from '../../core/lint/types.js';

/** An edit in 1-based line/column terms, the same as the message's own position. */
export interface SuggestedEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  newText: string;
}

export interface Suggestion {
  title: string;
  edits: SuggestedEdit[];
}

/**
 * A message's fixes with line/column edits (offsets are dropped: they are
 * only meaningful for the exact text that was linted). JSON and SARIF both
 * use this, so they always agree.
 */
export function suggestionsOf(message: LintMessage): Suggestion[] {
  return message.fixes.map((fix) => ({
    title: fix.title,
    edits: fix.edits.map((e) => ({ line: e.start.line, column: e.start.column, endLine: e.end.line, endColumn: e.end.column, newText: e.newText })),
  }));
}
