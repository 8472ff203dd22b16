import type { ConfigProblem } from '../../core/config/types.js';
import type { LintMessage } from '../../core/lint/types.js';
import { displayPath, toPosix } from '../paths.js';
import type { FileReport } from './types.js';

/**
 * `--format junit`: JUnit XML as Jenkins, GitLab and Azure Pipelines read it.
 *
 *   <testsuites name="postmortem-lint" tests="3" failures="1" errors="0">
 *     <testsuite name="postmortems/a.md" tests="2" failures="1" errors="0" skipped="0">
 *       <testcase name="required-sections at 12:1" classname="postmortems/a.md">
 *         <failure message="Missing section: impact." type="required-sections">…</failure>
 *       </testcase>
 *       <testcase name="action-item-overdue at 30:3" classname="postmortems/a.md"><system-out>…</system-out></testcase>
 *     </testsuite>
 *     <testsuite name="postmortems/b.md" …><testcase name="postmortem-lint" classname="postmortems/b.md"/></testsuite>
 *   </testsuites>
 *
 * One suite per linted file and one test case per problem, since test reports
 * list test cases, not the lines inside one. Errors and warnings are
 * failures; an info is a passing case with its text as output, so it is
 * shown without failing the report; a file with no problems is one passing
 * case. A file whose analysis did not finish (`analysis-timeout`) and a broken
 * configuration are `<error>`s: nothing was checked there.
 */

const TOOL = 'postmortem-lint';
/** Problems that mean the file was not checked rather than that a check failed. */
const NOT_CHECKED = new Set(['analysis-timeout']);

/**
 * Characters XML 1.0 does not allow at all (most C0 controls, lone
 * surrogates, U+FFFE and U+FFFF) become U+FFFD; they cannot even be written
 * as character references.
 */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Text content. */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes; tabs and line breaks as references, which attribute normalization would otherwise turn into spaces. */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function element(name: string, attributes: Array<[string, string | number]>, content?: string): string {
  const attrs = attributes.map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`).join('');
  return content === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}

interface Case {
  name: string;
  /** `failure` or `error`, with its type; none for a passing case. */
  outcome?: { kind: 'failure' | 'error'; message: string; type: string; detail: string };
  output?: string;
}

interface Suite {
  name: string;
  cases: Case[];
}

function messageCase(file: string, m: LintMessage): Case {
  const name = `${m.ruleId} at ${m.line}:${m.column}`;
  const detail = `${file}:${m.line}:${m.column}: ${m.severity}: ${m.message} (${m.ruleId})\n${m.url}`;
  if (m.severity === 'info') return { name, output: detail };
  return { name, outcome: { kind: NOT_CHECKED.has(m.ruleId) ? 'error' : 'failure', message: m.message, type: m.ruleId, detail } };
}

function configSuites(problems: ConfigProblem[], cwd: string): Suite[] {
  const byFile = new Map<string, Case[]>();
  for (const p of problems) {
    const file = toPosix(displayPath(p.source, cwd));
    const message = p.key ? `${p.message} (${p.key})` : p.message;
    const cases = byFile.get(file) ?? [];
    cases.push({
      name: `config at ${p.line ?? 1}`,
      outcome: { kind: 'error', message, type: 'config', detail: `${file}${p.line ? `:${p.line}` : ''}: ${message}` },
    });
    byFile.set(file, cases);
  }
  return [...byFile].map(([name, cases]) => ({ name, cases }));
}

function renderSuite(suite: Suite, indent: string): string {
  const count = (kind: 'failure' | 'error') => suite.cases.filter((c) => c.outcome?.kind === kind).length;
  const cases = suite.cases.map((c) => {
    const attrs: Array<[string, string]> = [['name', c.name], ['classname', suite.name]];
    if (!c.outcome && c.output === undefined) return `${indent}  ${element('testcase', attrs)}`;
    const body = c.outcome
      ? element(c.outcome.kind, [['message', c.outcome.message], ['type', c.outcome.type]], escapeText(c.outcome.detail))
      : element('system-out', [], escapeText(c.output ?? ''));
    return `${indent}  ${element('testcase', attrs, body)}`;
  });
  const open = `<testsuite name="${escapeAttribute(suite.name)}" tests="${suite.cases.length}" failures="${count('failure')}" errors="${count('error')}" skipped="0">`;
  return [`${indent}${open}`, ...cases, `${indent}</testsuite>`].join('\n');
}

export function formatJunit(reports: FileReport[], configProblems: ConfigProblem[] = [], cwd = process.cwd()): string {
  const suites: Suite[] = [
    ...configSuites(configProblems, cwd),
    ...reports.map((r) => ({
      name: r.posix,
      cases: r.messages.length ? r.messages.map((m) => messageCase(r.posix, m)) : [{ name: TOOL }],
    })),
  ];
  const total = (pick: (c: Case) => boolean) => suites.reduce((n, s) => n + s.cases.filter(pick).length, 0);
  const root: Array<[string, string | number]> = [
    ['name', TOOL],
    ['tests', total(() => true)],
    ['failures', total((c) => c.outcome?.kind === 'failure')],
    ['errors', total((c) => c.outcome?.kind === 'error')],
  ];
  const attrs = root.map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`).join('');
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attrs}>`, ...suites.map((s) => renderSuite(s, '  ')), '</testsuites>', ''].join('\n');
}
