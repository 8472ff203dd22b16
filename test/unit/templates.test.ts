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
      assert.equal(r.model.whys.length, 5);
      assert.deepEqual(r.messages.filter((m) => m.severity === 'error'), []);
    });
  }
  it('names files by date and title', () => {
    assert.equal(postmortemFileName('2026-11-25', 'Checkout API: 502s!'), '2026-11-25-checkout-api-502s.md');
    assert.equal(postmortemFileName('2026-11-25', '결제 서버 장애'), '2026-11-25-결제-서버-장애.md');
    assert.equal(postmortemFileName('2026-11-25', '???'), '2026-11-25-postmortem.md');
  });
});
