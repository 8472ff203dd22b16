// counterfactual-language as a rule: milder (info), reported through lintText,
// with hindsight about systems and checks; a person's hindsight duty is blame.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText } from '../../src/core/lint/lint.js';
import counterfactualLanguage from '../../src/core/rules/counterfactual-language.js';
import { RULES } from '../../src/core/rules/index.js';

function messages(text: string, rule = 'counterfactual-language') {
  return lintText(text, { force: true, today: '2026-11-25' }).messages.filter((m) => m.ruleId === rule);
}

describe('rule counterfactual-language', () => {
  it('is registered with severity info', () => {
    assert.ok(RULES.includes(counterfactualLanguage));
    assert.equal(counterfactualLanguage.defaultSeverity, 'info');
  });

  it('reports what would or could have prevented the failure, at the phrase', () => {
    const text = '# Outage\n\n## Analysis\n\nAn integration test would have flagged this. A lock could have prevented the double write.\n';
    const found = messages(text);
    assert.deepEqual(found.map((m) => [m.line, m.column, m.actual, m.severity]), [
      [5, 21, 'would have flagged', 'info'],
      [5, 53, 'could have prevented', 'info'],
    ]);
    assert.match(found[0]!.message, /^"would have flagged" judges with hindsight/);
  });

  it('leaves a person who "should have caught this" to blame-language', () => {
    const text = '# Outage\n\n## Analysis\n\nKim should have caught this.\n';
    assert.deepEqual(messages(text), []);
    assert.deepEqual(messages(text, 'blame-language').map((m) => m.actual), ['Kim should have caught']);
  });

  it('skips retrospective prompts written as questions', () => {
    assert.deepEqual(messages('# Outage\n\n## What could we have done better?\n\nWhat could we have done better?\n'), []);
  });

  it('speaks Korean in Korean documents', () => {
    const text = '# 결제 장애 회고\n\n## 상세 분석\n\n캐시를 미리 적용했다면 피할 수 있었을 것이다.\n';
    const [m] = messages(text);
    assert.equal(m!.actual, '했다면');
    assert.match(m!.message, /^"했다면"은 결과론적 판단입니다/);
  });
});
