// counterfactual-language as a rule: milder (info), reported through lintText.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText } from '../../src/core/lint/lint.js';
import counterfactualLanguage from '../../src/core/rules/counterfactual-language.js';
import { RULES } from '../../src/core/rules/index.js';

function messages(text: string) {
  return lintText(text, { force: true, today: '2026-11-25' }).messages.filter((m) => m.ruleId === 'counterfactual-language');
}

describe('rule counterfactual-language', () => {
  it('is registered with severity info', () => {
    assert.ok(RULES.includes(counterfactualLanguage));
    assert.equal(counterfactualLanguage.defaultSeverity, 'info');
  });

  it('reports hindsight with a neutral rewrite, and a fix for "failed to"', () => {
    const text = '# Outage\n\n## What could have gone better?\n\nWe failed to verify the backup, and we should have known better.\n';
    const found = messages(text);
    assert.deepEqual(found.map((m) => [m.line, m.column, m.actual, m.severity]), [
      [5, 4, 'failed to', 'info'],
      [5, 40, 'should have known better', 'info'],
    ]);
    assert.deepEqual(found[0]!.fixes[0]!.edits[0]!.newText, 'did not');
    assert.equal(found[0]!.fixes[0]!.title, 'Replace with "did not"');
  });

  it('speaks Korean in Korean documents', () => {
    const text = '# 결제 장애 회고\n\n## 상세 분석\n\n배포 전에 확인했어야 했다.\n';
    const [m] = messages(text);
    assert.equal(m!.actual, '확인했어야 했다');
    assert.match(m!.message, /^"확인했어야 했다" 표현은 결과를 알고 난 뒤의 시각으로 판단합니다/);
  });
});
