// A message about two places says where the other one is: timeline-order
// names the entry it is out of order with, in LSP related information, SARIF
// related locations and the JSON output.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { run } from '../../src/cli/run.js';
import { lintText } from '../../src/core/lint/lint.js';
import { toDiagnostic } from '../../src/server/diagnostics.js';

const DOC = (zoneLine: string, second: string, ko = false) =>
  ko
    ? `---\ntype: postmortem\n---\n# 주문 대기열 적체\n\n## 타임라인\n\n${zoneLine}\n\n- 10:00 — 대기열이 쌓이기 시작함\n- ${second} — 컨슈머를 늘림\n- 10:40 — 정상화됨\n`
    : `---\ntype: postmortem\n---\n# Queue backlog\n\n## Timeline\n\n${zoneLine}\n\n- 10:00 — Backlog grows\n- ${second} — Consumers scaled up\n- 10:40 — Recovered\n`;

describe('related locations', () => {
  for (const [language, zoneLine] of [['en', 'All times in UTC.'], ['ko', '모든 시간은 KST 기준입니다.']] as const) {
    it(`${language}: timeline-order points at the entry it is out of order with`, () => {
      const text = DOC(zoneLine, '09:30', language === 'ko');
      const m = lintText(text, { force: true }).messages.find((x) => x.ruleId === 'timeline-order')!;
      assert.equal(m.line, 11);
      assert.equal(m.related?.length, 1);
      assert.equal(m.related![0]!.line, 10);
      assert.equal(text.split('\n')[9]!.slice(m.related![0]!.column - 1, m.related![0]!.endColumn - 1), '10:00');
      assert.match(m.related![0]!.message, language === 'en' ? /09:30/ : /09:30 항목/);

      const document = TextDocument.create('file:///pm.md', 'markdown', 1, text);
      const d = toDiagnostic(m, document);
      assert.deepEqual(d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.location.range.start.character]), [['file:///pm.md', 9, 2]]);
    });
  }

  it('in order, no message and nothing related', () => {
    assert.ok(!lintText(DOC('All times in UTC.', '10:20'), { force: true }).messages.some((x) => x.ruleId === 'timeline-order'));
  });

  it('reach the JSON and SARIF outputs', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'pm-related-'));
    try {
      writeFileSync(join(tmp, '.postmortemrc.json'), '{}');
      writeFileSync(join(tmp, 'pm.md'), DOC('All times in UTC.', '09:30'));
      const out = (format: string) => {
        let stdout = '';
        run(['--format', format, 'pm.md'], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, cwd: tmp, env: {} });
        return JSON.parse(stdout);
      };
      const json = (out('json') as Array<{ ruleId: string; related?: Array<{ line: number }> }>).find((p) => p.ruleId === 'timeline-order')!;
      assert.deepEqual(json.related?.map((r) => r.line), [10]);
      const sarif = out('sarif') as { runs: Array<{ results: Array<{ ruleId: string; relatedLocations?: Array<{ physicalLocation: { region: { startLine: number } } }> }> }> };
      const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'timeline-order')!;
      assert.deepEqual(result.relatedLocations?.map((r) => r.physicalLocation.region.startLine), [10]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
