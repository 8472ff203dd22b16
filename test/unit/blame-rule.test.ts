// blame-language as a rule: registered, reported through lintText with the
// document's language, configurable, and suppressible by comments.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveConfig } from '../../src/core/config/resolve.js';
import { lintText } from '../../src/core/lint/lint.js';
import blameLanguage from '../../src/core/rules/blame-language.js';
import { RULES } from '../../src/core/rules/index.js';

const EN = `# Checkout outage

## Summary

Checkout failed for 51 minutes because Kim wrote bad code.

## Root cause

The root cause was human error.
`;

const KO = `# 결제 장애 회고

## 요약

김 대리님이 코드를 잘못 짰네요.

## 상세 분석

담당자의 실수로 설정이 삭제되었다.
`;

function blameMessages(text: string, raw?: unknown) {
  const config = raw === undefined ? undefined : resolveConfig({ raw, source: 'test', rules: RULES }).config;
  return lintText(text, { force: true, today: '2026-11-25', config }).messages.filter((m) => m.ruleId === 'blame-language');
}

describe('rule blame-language', () => {
  it('is registered with severity warning and a doc url', () => {
    assert.ok(RULES.includes(blameLanguage));
    assert.equal(blameLanguage.defaultSeverity, 'warning');
    assert.match(blameLanguage.url, /docs\/rules\/blame-language\.md$/);
  });

  it('reports English findings in English, with actual and expected', () => {
    const [first, second] = blameMessages(EN);
    assert.equal(first!.severity, 'warning');
    assert.equal(first!.line, 5);
    assert.equal(first!.column, 40);
    assert.equal(first!.endColumn, 58);
    assert.equal(first!.actual, 'Kim wrote bad code');
    assert.match(first!.message, /^"Kim wrote bad code" names a person as the cause\. .*"Why did the test process not catch this bug\?"$/);
    assert.equal(first!.expected![0], 'Why did the test process not catch this bug?');
    assert.equal(second!.actual, 'human error');
  });

  it('reports Korean findings in Korean', () => {
    const messages = blameMessages(KO);
    assert.deepEqual(messages.map((m) => [m.line, m.actual]), [
      [5, '김 대리님이 코드를 잘못 짰네요'],
      [9, '담당자의 실수로'],
    ]);
    assert.match(messages[0]!.message, /사람을 원인으로 지목합니다.*배포 파이프라인|테스트 프로세스/);
    assert.ok(messages.every((m) => /[\uAC00-\uD7A3]/.test(m.expected![0]!)));
  });

  it('takes extraTerms and allowedTerms from the configuration', () => {
    const raw = { rules: { 'blame-language': ['error', { extraTerms: ['bad code'], allowedTerms: ['human error'] }] } };
    const messages = blameMessages(EN, raw);
    assert.deepEqual(messages.map((m) => [m.severity, m.actual]), [['error', 'Kim wrote bad code']]);
    const shorthand = blameMessages('# Outage\n\nOur rockstar pushed on Friday.\n', { blameTerms: ['rockstar'] });
    assert.deepEqual(shorthand.map((m) => m.actual), ['rockstar']);
  });

  it('reports invalid options as configuration problems', () => {
    const { problems } = resolveConfig({ raw: { rules: { 'blame-language': ['warning', { extraTerms: ['/(a)\\1/'] }] } }, source: 'test', rules: RULES });
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /^`blame-language`: extraTerms\[0\]: regular expression not allowed: backreferences/);
  });

  it('can be switched off, and suppressed by comments', () => {
    assert.deepEqual(blameMessages(EN, { rules: { 'blame-language': 'off' } }), []);
    const text = `# Outage

<!-- postmortem-disable blame-language -->
Kim wrote bad code.
<!-- postmortem-enable blame-language -->

<!-- postmortem-disable-next-line blame-language -->
The intern broke prod.

The root cause was human error.
`;
    assert.deepEqual(blameMessages(text).map((m) => m.line), [10]);
  });

  it('leaves "be more careful" in action items to action-item-vague', () => {
    const text = `# Outage

## Summary

We should be more careful with DNS changes.

## Action items

- [ ] Be more careful with DNS changes (owner: @minji, due: 2026-12-01)
`;
    const messages = lintText(text, { force: true, today: '2026-11-25' }).messages;
    assert.deepEqual(messages.filter((m) => m.ruleId === 'blame-language').map((m) => m.line), [5]);
    assert.deepEqual(messages.filter((m) => m.ruleId === 'action-item-vague').map((m) => m.line), [9]);
  });
});

describe('blame-language sentence rewrite', () => {
  it('offers to rewrite a blaming sentence as the system-focused question', () => {
    const text = '---\ntype: postmortem\n---\n# X\n\n## Root cause\n\nIt broke at noon. Kim wrote bad code. Then we rolled back.\n';
    const m = lintText(text, { today: '2026-11-25' }).messages.find((x) => x.ruleId === 'blame-language')!;
    const fix = m.fixes[0];
    assert.match(fix.title, /^Rewrite the sentence as "Why did the test process not catch this bug\?"$/);
    const e = fix.edits[0];
    const out = text.slice(0, e.start.offset) + e.newText + text.slice(e.end.offset);
    assert.match(out, /It broke at noon\. Why did the test process not catch this bug\? Then we rolled back\./);
  });
  it('rewrites Korean sentences too', () => {
    const text = '---\ntype: postmortem\n---\n# 장애\n\n## 상세 분석\n\n배포 후 장애가 났다. 김 대리님이 코드를 잘못 짰네요.\n';
    const m = lintText(text, { today: '2026-11-25' }).messages.find((x) => x.ruleId === 'blame-language')!;
    const e = m.fixes[0].edits[0];
    const out = text.slice(0, e.start.offset) + e.newText + text.slice(e.end.offset);
    assert.match(out, /배포 후 장애가 났다\. 테스트 프로세스에서 이 버그가 걸러지지 않은 이유가 무엇일까요\?\n/);
  });
});
