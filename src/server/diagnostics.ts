import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../core/config/types.js';
import type { ConfigFileProblems } from './configs.js';
import type { Texts } from './l10n.js';
import type { LintMessage } from '../core/lint/types.js';
import { lineLength, toPosition } from './positions.js';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

export const SOURCE = 'postmortem';

/** A lint message as an LSP diagnostic: the rule id as `code`, its doc as `codeDescription`. */
export function toDiagnostic(m: LintMessage, document: TextDocument): Diagnostic {
  const start = toPosition(m);
  let end = toPosition({ line: m.endLine, column: m.endColumn });
  // A point message underlines the rest of its line, as other linters do.
  if (end.line === start.line && end.character === start.character) end = { line: start.line, character: Math.max(start.character, lineLength(document, start.line)) };
  const related = m.related?.map((r) => ({ location: { uri: r.uri ?? document.uri, range: { start: toPosition(r), end: toPosition({ line: r.endLine, column: r.endColumn }) } }, message: r.message }));
  return { range: { start, end }, message: m.message, severity: SEVERITY[m.severity], source: SOURCE, code: m.ruleId, codeDescription: { href: m.url }, ...(related ? { relatedInformation: related } : {}) };
}

/** A config problem, on its line of the config file. */
export function problemDiagnostic(p: ConfigProblem): Diagnostic {
  const line = Math.max(0, (p.line ?? 1) - 1);
  return { range: { start: { line, character: 0 }, end: { line, character: 1000 } }, message: p.message, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'config' };
}

/** The rule id of one of our diagnostics, else undefined. */
export function ruleOf(d: Diagnostic): string | undefined {
  return d.source === SOURCE && d.code !== undefined ? String(d.code) : undefined;
}

/**
 * One warning on a document's first line when a config file that applies to
 * it is broken: whoever edits the postmortem learns that the rules are not
 * the configured ones, with each problem as related information.
 */
export function brokenConfigDiagnostic(broken: readonly ConfigFileProblems[], t: Texts): Diagnostic | undefined {
  if (!broken.length) return undefined;
  const first = broken[0]!;
  const name = first.uri.slice(first.uri.lastIndexOf('/') + 1);
  const count = broken.reduce((n, b) => n + b.problems.length, 0);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: t.brokenConfig(name, count),
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    code: 'config',
    relatedInformation: broken.flatMap((b) =>
      b.problems.map((p) => {
        const line = Math.max(0, (p.line ?? 1) - 1);
        return { location: { uri: b.uri, range: { start: { line, character: 0 }, end: { line, character: 0 } } }, message: p.message };
      }),
    ),
  };
}
