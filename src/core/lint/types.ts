import type { Point } from '../model/types.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** One text edit: replace [start, end) with newText. */
export interface TextEdit {
  start: Point;
  end: Point;
  newText: string;
  /** The part of `newText` only the user can write (an owner, a date): an editor selects it after the fix, as a snippet's tab stop. */
  placeholder?: { offset: number; length: number };
}

/** A fix the user may apply (an editor quick fix, or a suggestion in CLI output). */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Link to the rule's documentation. */
  url: string;
  /** The flagged text, when the message is about wording. */
  actual?: string;
  /** Suggested replacements or system-focused rewrites of `actual`, best first. */
  expected?: string[];
  fixes: Fix[];
  /** Other places the message is about, each with a note (LSP related information, SARIF related locations). */
  related?: RelatedLocation[];
}

export interface RelatedLocation {
  /** Set when the place is in another document: its uri or path. */
  uri?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}
