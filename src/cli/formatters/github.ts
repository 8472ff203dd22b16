import type { ConfigProblem } from '../../core/config/types.js';
import type { Severity } from '../../core/lint/types.js';
import { displayPath, toPosix } from '../paths.js';
import type { FileReport } from './types.js';

/**
 * `--format github`: one GitHub Actions workflow command per problem, which
 * the runner turns into an annotation on the file and line:
 *
 *   ::error file=postmortems/a.md,line=12,endLine=12,col=1,endColumn=27,title=required-sections::Missing section: impact.
 *
 * Format and escaping as the runner reads them
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** The message (the command's data): the runner decodes `%25`, `%0D` and `%0A`. */
export function escapeData(text: string): string {
  // `%` first, so the escapes added next are not escaped again.
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which would end the value or the property list. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

type Properties = Array<[string, string | number | undefined]>;

function command(name: string, properties: Properties, message: string): string {
  const props = properties
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ' ' + props : ''}::${escapeData(message)}`;
}

export function formatGithub(reports: FileReport[], configProblems: ConfigProblem[] = [], cwd = process.cwd()): string {
  const lines: string[] = [];
  // A broken configuration fails the run, so it is an error on the config file.
  for (const p of configProblems) {
    const message = p.key ? `${p.message} (${p.key})` : p.message;
    lines.push(command('error', [['file', toPosix(displayPath(p.source, cwd))], ['line', p.line], ['title', 'config']], message));
  }
  for (const report of reports) {
    for (const m of report.messages) {
      // Annotations take columns only within one line.
      const oneLine = m.line === m.endLine;
      lines.push(
        command(
          COMMAND[m.severity],
          [
            ['file', report.posix],
            ['line', m.line],
            ['endLine', m.endLine],
            ['col', oneLine ? m.column : undefined],
            ['endColumn', oneLine ? m.endColumn : undefined],
            ['title', m.ruleId],
          ],
          m.message,
        ),
      );
    }
  }
  return lines.map((line) => line + '\n').join('');
}
