import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateXML } from 'xmllint-wasm';
import { formatJunit } from '../../src/cli/formatters/junit.js';
import type { FileReport } from '../../src/cli/formatters/types.js';
import { run } from '../../src/cli/run.js';
import type { LintMessage, Severity } from '../../src/core/lint/types.js';

const ROOT = join(__dirname, '..', '..');
const FIX = 'test/fixtures/cli';
/** JUnit XML schema after Jenkins' junit-4.xsd; source and license in the fixture folder's README. */
const XSD = readFileSync(join(ROOT, 'test/fixtures/junit/junit.xsd'), 'utf8');

function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: ROOT, env: {} });
  return { code, stdout, stderr };
}

async function assertValid(xml: string): Promise<void> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [XSD] });
  assert.ok(result.valid, `${result.rawOutput}\n${xml}`);
}

function decode(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : named[e]));
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/ ([\w-]+)="([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

interface Suite {
  attrs: Record<string, string>;
  cases: Array<{ attrs: Record<string, string>; outcome?: { kind: string; attrs: Record<string, string>; text: string }; output?: string }>;
}

/** Reads back the report; text and attributes are escaped, so `<` only starts markup. */
function readReport(xml: string): { root: Record<string, string>; suites: Suite[] } {
  const root = attrs(/<testsuites[^>]*>/.exec(xml)![0]);
  const suites = [...xml.matchAll(/<testsuite( [^>]*)>([\s\S]*?)<\/testsuite>/g)].map((s) => ({
    attrs: attrs(s[1]),
    cases: [...s[2].matchAll(/<testcase( [^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)].map((c) => {
      const outcome = c[2] && /<(failure|error)( [^>]*)>([\s\S]*?)<\/\1>/.exec(c[2]);
      const output = c[2] && /<system-out>([\s\S]*?)<\/system-out>/.exec(c[2]);
      return {
        attrs: attrs(c[1]),
        ...(outcome ? { outcome: { kind: outcome[1], attrs: attrs(outcome[2]), text: decode(outcome[3]) } } : {}),
        ...(output ? { output: decode(output[1]) } : {}),
      };
    }),
  }));
  return { root, suites };
}

function assertCountsAgree(report: ReturnType<typeof readReport>): void {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const s of report.suites) {
    const f = s.cases.filter((c) => c.outcome?.kind === 'failure').length;
    const e = s.cases.filter((c) => c.outcome?.kind === 'error').length;
    assert.deepEqual([s.attrs.tests, s.attrs.failures, s.attrs.errors, s.attrs.skipped], [String(s.cases.length), String(f), String(e), '0'], s.attrs.name);
    tests += s.cases.length;
    failures += f;
    errors += e;
  }
  assert.deepEqual([report.root.tests, report.root.failures, report.root.errors], [String(tests), String(failures), String(errors)]);
}

function message(text: string, severity: Severity, extra: Partial<LintMessage> = {}): LintMessage {
  return { ruleId: 'blame-language', severity, message: text, line: 3, column: 5, endLine: 3, endColumn: 9, url: 'https://example.test/r', fixes: [], ...extra };
}

describe('junit format', () => {
  it('the schema rejects what Jenkins would not read', async () => {
    for (const xml of [
      '<testsuites><testsuite tests="1"/></testsuites>', // a suite needs a name
      '<testsuites><testsuite name="a" tests="one"/></testsuites>',
      '<testsuites><testsuite name="a" tests="1"><testcase/></testsuite></testsuites>', // a case needs a name
      '<testsuites><testsuite name="a" tests="1"><testcase name="x"><system-out/><failure/></testcase></testsuite></testsuites>',
    ]) {
      const result = await validateXML({ xml: [{ fileName: 'bad.xml', contents: xml }], schema: [XSD] });
      assert.equal(result.valid, false, xml);
    }
  });

  it('is valid JUnit XML with a suite per file, a case per problem and consistent counts', async () => {
    const r = cli(['--format', 'junit', '--today', '2026-11-25', FIX]);
    const json = cli(['--format', 'json', '--today', '2026-11-25', FIX]);
    assert.equal(r.code, json.code);
    await assertValid(r.stdout);
    const report = readReport(r.stdout);
    assertCountsAgree(report);
    const problems = JSON.parse(json.stdout) as Array<{ file: string; ruleId: string; severity: Severity; message: string }>;
    // A file with no problems is one passing case.
    const clean = report.suites.filter((s) => s.cases.length === 1 && s.cases[0].attrs.name === 'postmortem-lint' && !s.cases[0].outcome);
    assert.deepEqual(clean.map((s) => s.attrs.name), [`${FIX}/tree/teams/search/2026-09-14-reindex.md`]);
    assert.equal(Number(report.root.tests), problems.length + clean.length);
    // Errors and warnings fail; a broken config is an error on the config file.
    assert.equal(Number(report.root.failures), problems.filter((p) => p.ruleId !== 'config' && p.severity !== 'info').length);
    assert.equal(Number(report.root.errors), problems.filter((p) => p.ruleId === 'config').length);
    const missing = report.suites.find((s) => s.attrs.name === `${FIX}/en-missing-section.md`)!;
    assert.deepEqual(missing.cases[0].attrs, { name: 'required-sections at 1:1', classname: `${FIX}/en-missing-section.md` });
    assert.equal(missing.cases[0].outcome?.kind, 'failure');
    assert.deepEqual(missing.cases[0].outcome?.attrs, { message: problems.find((p) => p.ruleId === 'required-sections')!.message, type: 'required-sections' });
    assert.match(missing.cases[0].outcome!.text, /^test\/fixtures\/cli\/en-missing-section\.md:1:1: error: Missing section: impact\./);
    const ko = report.suites.find((s) => s.attrs.name === `${FIX}/ko-complete.md`)!;
    assert.match(ko.cases[0].outcome?.attrs.message ?? '', /담당자가 없습니다/);
    const config = report.suites.find((s) => s.attrs.name === `${FIX}/broken/unknown-rule/.postmortemrc.json`)!;
    assert.equal(config.cases[0].outcome?.kind, 'error');
    assert.equal(config.cases[0].outcome?.attrs.type, 'config');
    const overdue = report.suites.flatMap((s) => s.cases).find((c) => c.attrs.name.startsWith('action-item-overdue') && !c.outcome);
    assert.match(overdue?.output ?? '', /: info: This action item was due on/);
  });

  it('a clean run is valid XML with zero failures: one passing case per file', async () => {
    const r = cli(['--format', 'junit', '--today', '2026-11-01', '--quiet', `${FIX}/ko-complete.md`, `${FIX}/en-complete.md`]);
    assert.equal(r.code, 0);
    await assertValid(r.stdout);
    const report = readReport(r.stdout);
    assertCountsAgree(report);
    assert.deepEqual([report.root.tests, report.root.failures, report.root.errors], ['2', '0', '0']);
    assert.deepEqual(report.suites.map((s) => s.cases.map((c) => c.attrs.name)), [['postmortem-lint'], ['postmortem-lint']]);
  });

  it('escapes markup characters and replaces characters XML 1.0 does not allow', async () => {
    const texts = [
      `a & b < c > d "quoted" 'single' ]]> end`,
      'bell \u0007, vertical tab \u000B, form feed \u000C, escape \u001B, nul \u0000',
      'lone \uD800 surrogate and \uDC00 another, noncharacters \uFFFE\uFFFF, pair 🚒 kept',
      'line one\nline two\ttab\r\nend',
      '담당자가 없습니다 & <담당>',
    ];
    const reports: FileReport[] = [
      { path: join(ROOT, 'a&b<"c">.md'), display: `a&b<"c">'.md`, posix: `a&b<"c">'.md`, messages: texts.map((t, i) => message(t, i % 2 ? 'error' : 'warning', { line: i + 1 })) },
    ];
    const xml = formatJunit(reports, [], ROOT);
    await assertValid(xml);
    const report = readReport(xml);
    assertCountsAgree(report);
    assert.equal(report.suites[0].attrs.name, `a&b<"c">'.md`);
    const expected = (t: string) => t.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
    for (const [i, t] of texts.entries()) {
      const c = report.suites[0].cases[i];
      assert.equal(c.outcome?.attrs.message, expected(t));
      assert.ok(c.outcome?.text.includes(expected(t)));
    }
    assert.ok(report.suites[0].cases[2].outcome!.attrs.message.includes('🚒'));
  });

  it('reports an analysis that ran out of time as an error, not a failure', async () => {
    const xml = formatJunit([{ path: join(ROOT, 'p.md'), display: 'p.md', posix: 'p.md', messages: [message('Analysis stopped after 300 ms.', 'error', { ruleId: 'analysis-timeout', line: 1, column: 1 })] }], [], ROOT);
    await assertValid(xml);
    const report = readReport(xml);
    assertCountsAgree(report);
    assert.deepEqual([report.suites[0].cases[0].outcome?.kind, report.suites[0].cases[0].outcome?.attrs.type], ['error', 'analysis-timeout']);
  });
});
