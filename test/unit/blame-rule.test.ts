// blame-language as a rule: registered, reported through lintText with what it
// saw (who, which failure) in the document's language, configurable,
// suppressible, and with a fix that adds a question and keeps the writer's words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveConfig } from '../../src/core/config/resolve.js';
import { lintText } from '../../src/core/lint/lint.js';
import type { LintMessage } from '../../src/core/lint/types.js';
import blameLanguage from '../../src/core/rules/blame-language.js';
import { RULES } from '../../src/core/rules/index.js';

const EN = `# Checkout outage

## Summary

Checkout failed for 51 minutes because Tom restarted the primary instead of the replica.

## Root cause

The root cause was human error.
`;

const KO = `# 결제 장애 회고

## 요약

이 대리님이 백업 확인 없이 스크립트를 돌렸다.

## 상세 분석

담당자의 실수로 설정이 삭제되었다.
`;

function blameMessages(text: string, raw?: unknown): LintMessage[] {
  const config = raw === undefined ? undefined : resolveConfig({ raw, source: 'test', rules: RULES }).config;
  return lintText(text, { force: true, today: '2026-11-25', config }).messages.filter((m) => m.ruleId === 'blame-language');
}

function apply(text: string, m: LintMessage, fix = 0): string {
  const e = m.fixes[fix]!.edits[0]!;
  return text.slice(0, e.start.offset) + e.newText + text.slice(e.end.offset);
}

describe('rule blame-language', () => {
  it('is registered with severity warning and a doc url', () => {
    assert.ok(RULES.includes(blameLanguage));
    assert.equal(blameLanguage.defaultSeverity, 'warning');
    assert.match(blameLanguage.url, /docs\/rules\/blame-language\.md$/);
  });

  it('says who it saw as the cause and what failure, with a question about this sentence', () => {
    const [first, second] = blameMessages(EN);
    assert.equal(first!.severity, 'warning');
    assert.equal(first!.line, 5);
    assert.equal(first!.actual, 'Tom restarted');
    assert.match(first!.message, /^Names Tom as the cause: restarted the primary instead of the replica\. .*"What made the primary and the replica easy to confuse\?"$/);
    assert.deepEqual(first!.expected, ['What made the primary and the replica easy to confuse?']);
    assert.equal(second!.actual, 'human error');
    assert.match(second!.message, /ends the analysis at a person/);
  });

  it('shows inline code in what it quotes as an ellipsis, never as the mask that hides it from the reading', () => {
    const texts = ['Tom ignored the `disk_full` alert and deployed anyway.', '담당자가 `config.yaml`을 확인하지 않고 배포했다.'];
    for (const text of texts) {
      const found = lintText(text, { force: true }).messages.filter((m) => m.ruleId === 'blame-language');
      assert.equal(found.length, 1, text);
      const shown = [found[0]!.message, ...(found[0]!.fixes ?? []).flatMap((f) => [f.title, ...f.edits.map((e) => e.newText)])];
      for (const s of shown) assert.doesNotMatch(s, /[\uFFFC\u2029]/, s);
      assert.match(found[0]!.message, /…/);
    }
  });

  it('reports Korean findings in Korean', () => {
    const messages = blameMessages(KO);
    assert.deepEqual(
      messages.map((m) => [m.line, m.actual]),
      [
        [5, '이 대리님이 백업 확인 없이 스크립트를 돌렸다'],
        [9, '담당자의 실수로'],
      ],
    );
    assert.match(messages[0]!.message, /^이 대리님을 원인으로 지목합니다: 백업 확인 없이 스크립트를 돌렸다\. .*예: "백업 확인 없이도 작업이 진행될 수 있었던 이유는/);
    assert.ok(messages.every((m) => /[\uAC00-\uD7A3]/.test(m.expected![0]!)));
  });

  it('words a blaming question as what it asks: who did it, or a person to account for it', () => {
    const who = blameMessages('# Review\n\nWho approved this change to the load balancer?\n');
    assert.match(who[0]!.message, /^Asks who approved this change/);
    const why = blameMessages("# Review\n\nWhy did the on-call engineer restart the primary?\n");
    assert.match(why[0]!.message, /^Asks the on-call engineer to account for it \(/);
    assert.doesNotMatch(why[0]!.message, /did not act/, 'nothing says the engineer did not act');
    const ko = blameMessages('# 회고\n\n누가 이 변경을 승인했나요?\n');
    assert.match(ko[0]!.message, /^누가 했는지 묻는 질문\(/);
  });

  it('takes extraTerms and allowedTerms from the configuration', () => {
    const raw = { rules: { 'blame-language': ['error', { extraTerms: ['primary'], allowedTerms: ['human error'] }] } };
    const messages = blameMessages(EN, raw);
    assert.deepEqual(
      messages.map((m) => [m.severity, m.actual]),
      [
        ['error', 'Tom restarted'],
        ['error', 'primary'],
      ],
    );
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

  it('reads action items too, but an exhortation to be careful is action-item-vague', () => {
    const text = `# Outage

## Summary

The on-call engineer was careless with the DNS change.

## Action items

- [ ] Be more careful with DNS changes (owner: @minji, due: 2026-12-01)
`;
    const messages = lintText(text, { force: true, today: '2026-11-25' }).messages;
    assert.deepEqual(messages.filter((m) => m.ruleId === 'blame-language').map((m) => m.line), [5]);
    assert.deepEqual(messages.filter((m) => m.ruleId === 'action-item-vague').map((m) => m.line), [9]);
  });
});

describe('blame-language fix: adds a question, keeps the sentence', () => {
  it('inserts the question after the sentence and changes nothing else', () => {
    const text = '---\ntype: postmortem\n---\n# X\n\n## Root cause\n\nIt broke at noon. Kim wrote bad code and took down checkout. Then we rolled back.\n';
    const m = lintText(text, { today: '2026-11-25' }).messages.find((x) => x.ruleId === 'blame-language')!;
    assert.match(m.fixes[0]!.title, /^Add the question ".+" after the sentence$/);
    const edit = m.fixes[0]!.edits[0]!;
    assert.equal(edit.start.offset, edit.end.offset, 'an insertion, not a replacement');
    const out = apply(text, m);
    assert.ok(out.includes('Kim wrote bad code and took down checkout. What'), out);
    assert.equal(out.replace(' ' + edit.newText.trim(), ''), text);
  });

  it('does not turn the inserted question into a why', () => {
    const text = '---\ntype: postmortem\n---\n# X\n\n## 5 Whys\n\nKim forgot to renew the certificate.\n';
    const before = lintText(text, { today: '2026-11-25' });
    const m = before.messages.find((x) => x.ruleId === 'blame-language')!;
    const after = lintText(apply(text, m), { today: '2026-11-25' });
    assert.equal(after.model.whys.length, before.model.whys.length);
  });

  it('adds the question in parentheses when the sentence has no final mark', () => {
    const text = '---\ntype: postmortem\n---\n# X\n\n## Timeline\n\n- 10:02 the release manager skipped the canary\n';
    const m = lintText(text, { today: '2026-11-25' }).messages.find((x) => x.ruleId === 'blame-language')!;
    assert.match(apply(text, m), /skipped the canary \(What .+\?\)\n$/);
  });

  it('works in Korean sentences too', () => {
    const text = '---\ntype: postmortem\n---\n# 장애\n\n## 상세 분석\n\n배포 후 장애가 났다. 운영팀이 알림을 무시해서 장애가 길어졌다. 이후 복구했다.\n';
    const m = lintText(text, { today: '2026-11-25' }).messages.find((x) => x.ruleId === 'blame-language')!;
    assert.match(m.fixes[0]!.title, /^문장 뒤에 질문 추가/);
    const out = apply(text, m);
    assert.match(out, /장애가 길어졌다\. 알림을 .+\? 이후 복구했다\./);
  });
});
