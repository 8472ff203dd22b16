import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText } from '../../src/core/lint/lint.js';
import { postmortemFileName, postmortemTemplate } from '../../src/core/templates/postmortem.js';

describe('new postmortem template', () => {
  for (const language of ['en', 'ko'] as const) {
    it(`is a postmortem the linter accepts (${language})`, () => {
      const text = postmortemTemplate({ language, title: language === 'ko' ? '결제 장애' : 'Checkout outage', severity: 'SEV2', date: '2026-11-25', time: '09:30' });
      const r = lintText(text, { today: '2026-11-25' });
      assert.equal(r.skipped, null);
      assert.equal(r.model.language, language);
      assert.equal(r.model.metadata.severity, 'SEV2');
      assert.deepEqual(r.model.missingSections, []);
      assert.deepEqual(r.model.timeline.map((e) => e.time), ['09:30']);
      // Every section is there; what the template leaves to write is pointed at, not taken as written.
      assert.equal(r.model.whys.length, 1, 'bare "Why?" prompts are not whys');
      const empty = r.messages.filter((m) => m.ruleId === 'required-sections').map((m) => r.model.sections.find((s) => s.line === m.line)?.kind);
      assert.deepEqual(empty, ['summary', 'impact']);
      assert.ok(r.messages.some((m) => m.ruleId === 'five-whys'));
      assert.ok(r.messages.some((m) => m.ruleId === 'action-item-owner'), '`@name` is no owner');
    });
  }
  it('names files by date and title', () => {
    assert.equal(postmortemFileName('2026-11-25', 'Checkout API: 502s!'), '2026-11-25-checkout-api-502s.md');
    assert.equal(postmortemFileName('2026-11-25', '결제 서버 장애'), '2026-11-25-결제-서버-장애.md');
    assert.equal(postmortemFileName('2026-11-25', '???'), '2026-11-25-postmortem.md');
  });
});
