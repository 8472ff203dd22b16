import * as vscode from 'vscode';
import type { LintMessage } from '../core/lint/types.js';

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
} as const;

/** Length of a 0-based line, for messages that point at a line rather than a span. */
export type LineLength = (line: number) => number;


export function toDiagnostic(m: LintMessage, lineLength: LineLength): vscode.Diagnostic {
  const start = new vscode.Position(m.line - 1, m.column - 1);
  let end = new vscode.Position(m.endLine - 1, m.endColumn - 1);
  // A point message underlines the rest of its line, as other linters do.
  if (end.isEqual(start)) end = new vscode.Position(start.line, Math.max(start.character, lineLength(start.line)));
  const d = new vscode.Diagnostic(new vscode.Range(start, end), m.message, SEVERITY[m.severity]);
  d.source = 'postmortem';
  d.code = { value: m.ruleId, target: vscode.Uri.parse(m.url) };
  return d;
}
