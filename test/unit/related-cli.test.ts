// `postmortem-lint related FILE [paths...]` (text and JSON), and a lint run
// over several files giving action-item-repeated the other postmortems.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from '../../src/cli/run.js';

const FIXTURES = join(__dirname, '..', 'fixtures', 'rules', 'action-item-repeated');
let dir = '';

function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: dir, env: {} });
  return { code, stdout, stderr };
}

describe('postmortem-lint related', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-related-cli-'));
    writeFileSync(join(dir, '.postmortemrc.json'), '{}');
    cpSync(join(FIXTURES, 'earlier', '2025-09-29-logs-not-shipped.md'), join(dir, 'incidents', '2025-09-29-logs-not-shipped.md'), { recursive: true });
    cpSync(join(FIXTURES, 'en-repeated.md'), join(dir, 'incidents', '2026-02-14-logs-again.md'));
    cpSync(join(FIXTURES, 'en-weak.md'), join(dir, 'incidents', '2026-02-14-checkout.md'));
    writeFileSync(join(dir, 'README.md'), '# Notes\n\nFluentd and CloudWatch logs, nothing else.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('text: the earlier postmortems like FILE, best first, with the words they share', () => {
    const r = cli(['related', 'incidents/2026-02-14-logs-again.md']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'Earlier postmortems like incidents/2026-02-14-logs-again.md (2026-02-14):');
    assert.match(lines[1]!, /^ {2}1\. incidents\/2025-09-29-logs-not-shipped\.md {2}2025-09-29 {2}\(score [\d.]+\)$/);
    assert.equal(lines[2], '     Logs not shipped to CloudWatch');
    assert.match(lines[3]!, /^ {5}shared: .*fluentd/);
    // Not itself, not a README, and not the checkout incident of the same day with nothing in common beyond the template.
    assert.ok(!r.stdout.includes('README') && !r.stdout.includes('logs-again.md  '));
  });

  it('json: the file, its date and the list', () => {
    const r = cli(['related', '--format', 'json', 'incidents/2026-02-14-logs-again.md', 'incidents']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { file: string; date: string; related: Array<{ path: string; title: string; date: string; score: number; sharedTerms: string[] }> };
    assert.equal(out.file, 'incidents/2026-02-14-logs-again.md');
    assert.equal(out.date, '2026-02-14');
    assert.equal(out.related[0]!.path, 'incidents/2025-09-29-logs-not-shipped.md');
    assert.equal(out.related[0]!.title, 'Logs not shipped to CloudWatch');
    assert.ok(out.related[0]!.sharedTerms.includes('cloudwatch'), out.related[0]!.sharedTerms.join());
    assert.ok(out.related.every((x) => x.path !== out.file && x.date <= out.date));
  });

  it('says when nothing earlier is alike', () => {
    const r = cli(['related', 'incidents/2025-09-29-logs-not-shipped.md']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /none found among 2 other postmortems/);
  });

  it('bad usage exits 2', () => {
    assert.equal(cli(['related']).code, 2);
    assert.equal(cli(['related', 'missing.md']).code, 2);
    assert.equal(cli(['related', '-f', 'sarif', 'incidents/2026-02-14-logs-again.md']).code, 2);
    assert.match(cli(['related', '--help']).stdout, /^Usage: postmortem-lint related FILE/);
  });

  it('a lint run over the folder marks the repeated fix, pointing at the earlier file', () => {
    const r = cli(['--format', 'json', '--today', '2026-11-25', 'incidents']);
    const problems = (JSON.parse(r.stdout) as Array<{ file: string; ruleId: string; line: number; message: string; related?: Array<{ uri?: string; line: number }> }>).filter(
      (p) => p.ruleId === 'action-item-repeated',
    );
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.equal(problems[0]!.file, 'incidents/2026-02-14-logs-again.md');
    assert.equal(problems[0]!.message, 'The same fix was promised in 2025-09-29-logs-not-shipped, still open, overdue since 2025-10-15.');
    assert.deepEqual(problems[0]!.related, [{ line: 22, column: 1, endLine: 22, endColumn: 104, message: 'The action item in 2025-09-29-logs-not-shipped', uri: 'incidents/2025-09-29-logs-not-shipped.md' }]);
  });

  it('linting one file alone, the rule is silent', () => {
    const r = cli(['--format', 'json', '--today', '2026-11-25', 'incidents/2026-02-14-logs-again.md']);
    assert.ok(!(JSON.parse(r.stdout) as Array<{ ruleId: string }>).some((p) => p.ruleId === 'action-item-repeated'));
  });

  it('SARIF places the related location in the other file', () => {
    const r = cli(['--format', 'sarif', '--today', '2026-11-25', 'incidents']);
    const results = JSON.parse(r.stdout).runs[0].results as Array<{ ruleId: string; relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
    const repeated = results.find((x) => x.ruleId === 'action-item-repeated')!;
    assert.equal(repeated.relatedLocations![0]!.physicalLocation.artifactLocation.uri, 'incidents/2025-09-29-logs-not-shipped.md');
  });
});

describe('related information in another document', () => {
  it('reaches the LSP diagnostic with that document’s uri', async () => {
    const { TextDocument } = await import('vscode-languageserver-textdocument');
    const { toDiagnostic } = await import('../../src/server/diagnostics.js');
    const document = TextDocument.create('file:///ws/b.md', 'markdown', 1, '# B\n\n- [ ] Pin the version\n');
    const d = toDiagnostic(
      { ruleId: 'action-item-repeated', severity: 'info', message: 'm', line: 3, column: 1, endLine: 3, endColumn: 10, url: 'u', fixes: [], related: [{ uri: 'file:///ws/a.md', line: 7, column: 1, endLine: 7, endColumn: 5, message: 'earlier' }] },
      document,
    );
    assert.equal(d.relatedInformation?.[0]?.location.uri, 'file:///ws/a.md');
    assert.equal(d.relatedInformation?.[0]?.location.range.start.line, 6);
  });
});
