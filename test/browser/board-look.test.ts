// Screenshots of an ordinary board under light, dark and high-contrast theme
// variables and in a narrow panel, into test-results/ for a person to look at.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { normalGroup, normalState } from './fixtures.js';
import { pageErrors, ROOT, send, sendState, startHarness, type Harness, type Theme } from './harness.js';

const OUT = join(ROOT, 'test-results');

async function shoot(page: Page, name: string) {
  mkdirSync(OUT, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(OUT, name), fullPage: true });
}

describe('board look', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness?.close());

  const themes: Array<[Theme, string]> = [
    ['light', 'board.png'],
    ['dark', 'board-dark.png'],
    ['hc', 'board-hc.png'],
  ];
  for (const [theme, file] of themes) {
    it(`renders in the ${theme} theme (${file})`, async () => {
      const page = await harness.open({ theme, width: 1100, height: 700 });
      await sendState(page, normalState());
      await page.hover('[data-key="g0:entry:15"]');
      if (theme !== 'light') await page.focus('[data-key="g0:card:41"]');
      await shoot(page, file);
      assert.equal(await page.evaluate(() => document.fonts.check('14px codicon')), true, 'the codicon font loaded');
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
      assert.deepEqual(pageErrors(page), []);
    });
  }

  it('renders a narrow workspace board with a notice (board-narrow.png)', async () => {
    const page = await harness.open({ width: 420, height: 900 });
    const other = { ...normalGroup('file:///w/db-failover.md'), title: 'Database failover took 40 minutes', severity: 'SEV-3', timeToDetectMinutes: 2, timeToRecoverMinutes: 40, items: normalGroup().items.slice(1, 3) };
    await sendState(page, { ...normalState(), mode: 'workspace', title: 'All postmortems', groups: [normalGroup(), other] });
    await send(page, { type: 'notice', message: 'The document changed since the board was drawn; nothing was changed. Try again.' });
    await shoot(page, 'board-narrow.png');
    assert.deepEqual(pageErrors(page), []);
  });
});
