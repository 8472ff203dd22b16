import type { Severity } from '../../core/lint/types.js';
import { plural, skippedSummary } from '../messages.js';
import type { FileReport, RunSummary } from './types.js';
import { displayWidth, padEnd } from './width.js';

const codes = { red: [31, 39], yellow: [33, 39], blue: [34, 39], green: [32, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
type Style = keyof typeof codes;

function painter(color: boolean) {
  return (style: Style, text: string) => (color ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text);
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

/** Counts shown in the summary line. */
function count(reports: FileReport[]) {
  const c = { error: 0, warning: 0, info: 0, files: 0 };
  for (const r of reports) {
    if (r.messages.length) c.files++;
    for (const m of r.messages) c[m.severity]++;
  }
  return c;
}

/**
 * Human-readable output in the manner of eslint's "stylish": a header line
 * per file with problems, aligned `line:col  severity  message  rule-id` rows,
 * then a summary line.
 */
export function formatText(reports: FileReport[], summary: RunSummary, options: { color: boolean; configProblems?: number }): string {
  const paint = painter(options.color);
  const out: string[] = [];

  for (const report of reports) {
    if (!report.messages.length) continue;
    // Messages are one line in a table; the rare newline in one would break the columns.
    const rows = report.messages.map((m) => ({
      at: `${m.line}:${m.column}`,
      severity: m.severity,
      message: m.message.replace(/\s*[\r\n]+\s*/g, ' ').trim(),
      rule: m.ruleId,
    }));
    const w = {
      at: Math.max(...rows.map((r) => r.at.length)),
      severity: Math.max(...rows.map((r) => r.severity.length)),
      message: Math.max(...rows.map((r) => displayWidth(r.message))),
    };
    out.push(paint('underline', report.display));
    for (const r of rows) {
      out.push(
        '  ' +
          paint('dim', r.at.padEnd(w.at)) +
          '  ' +
          paint(SEVERITY_STYLE[r.severity], r.severity.padEnd(w.severity)) +
          '  ' +
          padEnd(r.message, w.message) +
          '  ' +
          paint('dim', r.rule),
      );
    }
    out.push('');
  }

  const c = count(reports);
  const total = c.error + c.warning + c.info;
  if (summary.linted === 0) {
    out.push('No postmortems were linted.');
  } else if (total > 0) {
    const parts = `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`;
    const line = `✖ ${plural(total, 'problem')} (${parts}) in ${plural(c.files, 'file')}`;
    out.push(paint('bold', paint(c.error ? 'red' : c.warning ? 'yellow' : 'blue', line)));
  } else if (options.configProblems) {
    // Not a green tick: the run fails on the configuration.
    out.push(`${plural(summary.linted, 'file')} linted, no problems in the files`);
  } else {
    out.push(paint('green', `✔ ${plural(summary.linted, 'file')} linted, no problems`));
  }
  if (options.configProblems) {
    out.push(paint('bold', paint('red', `✖ ${plural(options.configProblems, 'configuration problem')} (listed on stderr): the defaults were used for what could not be read`)));
  }
  if (summary.hidden > 0) {
    out.push(paint('dim', `${summary.hidden} ${summary.hidden === 1 ? 'warning or info' : 'warnings and infos'} not shown (--quiet)`));
  }
  if (summary.skipped > 0) {
    out.push(paint('dim', skippedSummary(summary.skipped)));
  }
  return out.join('\n') + '\n';
}
