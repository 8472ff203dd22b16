import type { ConfigProblem } from '../../core/config/types.js';
import type { RelatedLocation, Severity } from '../../core/lint/types.js';
import { displayPath, toPosix } from '../paths.js';
import { suggestionsOf, type Suggestion } from './suggestions.js';
import type { FileReport } from './types.js';

/**
 * One problem in `--format json` output. The output is a JSON array of these,
 * in file order then position order, and nothing else on stdout:
 *
 *   [{
 *     "file": "postmortems/2026-11-03-checkout.md",  // relative to the working folder, forward slashes
 *     "line": 12, "column": 1,                        // 1-based; columns count UTF-16 code units
 *     "endLine": 12, "endColumn": 27,                 // end is exclusive
 *     "ruleId": "required-sections",
 *     "severity": "error",                            // "error" | "warning" | "info"
 *     "message": "Missing section: impact. …",
 *     "url": "https://…/docs/rules/required-sections.md",
 *     "suggestions": [{                               // the rule's fixes; may be empty
 *       "title": "Add an \"Impact\" section",
 *       "edits": [{ "line": 9, "column": 1, "endLine": 9, "endColumn": 1, "newText": "## Impact\n…" }]
 *     }],
 *     "actual": "failed to",                          // only on wording messages: the flagged text
 *     "expected": ["did not", "…"],                   // and suggested wordings, best first
 *     "related": [{ "line": 14, "column": 3, "endLine": 14, "endColumn": 8, "message": "…" }]  // other places it is about
 *   }]
 *
 * A problem in a configuration file comes first, as an entry with ruleId
 * "config", severity "error", the config file as `file` and its line when
 * known (else 1).
 *
 * `expected` is kept as text rather than turned into edits: besides drop-in
 * replacements it may hold advice on how to rephrase the sentence.
 */
export interface JsonProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: Severity;
  message: string;
  url: string;
  suggestions: Suggestion[];
  actual?: string;
  expected?: string[];
  related?: RelatedLocation[];
}

export function toJsonProblems(reports: FileReport[]): JsonProblem[] {
  return reports.flatMap((r) =>
    r.messages.map((m) => ({
      file: r.posix,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      url: m.url,
      suggestions: suggestionsOf(m),
      ...(m.actual !== undefined ? { actual: m.actual } : {}),
      ...(m.expected?.length ? { expected: m.expected } : {}),
      ...(m.related?.length ? { related: m.related } : {}),
    })),
  );
}

export const CONFIG_DOCS_URL = 'https://github.com/postmortem-tools/postmortem-assistant#configuration';

export function configJsonProblems(problems: ConfigProblem[], cwd: string): JsonProblem[] {
  return problems.map((p) => ({
    file: toPosix(displayPath(p.source, cwd)),
    line: p.line ?? 1,
    column: 1,
    endLine: p.line ?? 1,
    endColumn: 1,
    ruleId: 'config',
    severity: 'error',
    message: p.key ? `${p.message} (${p.key})` : p.message,
    url: CONFIG_DOCS_URL,
    suggestions: [],
  }));
}

export function formatJson(reports: FileReport[], configProblems: ConfigProblem[] = [], cwd = process.cwd()): string {
  return JSON.stringify([...configJsonProblems(configProblems, cwd), ...toJsonProblems(reports)], null, 2) + '\n';
}
