// What the board does with an ordinary state in real Chromium: keyboard,
// filters and their persistence, the timeline, pending toggles, notices, layout.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { BoardState } from '../../src/board/protocol.js';
import { DOC_URI, normalGroup, normalState } from './fixtures.js';
import { clearPosted, pageErrors, posted, send, sendState, startHarness, type Harness } from './harness.js';

const viewState = (page: Page) => page.evaluate(() => (window as unknown as { __state: unknown }).__state);
const cardLines = (page: Page) => page.$$eval('.card', (cs) => cs.map((c) => Number(c.getAttribute('data-key')!.split(':').pop())));

describe('board interaction', () => {
  let harness: Harness;
  let page: Page;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness?.close());
  beforeEach(async () => {
    page = await harness.open();
  });

  it('asks for its state once on load, and draws it', async () => {
    assert.deepEqual(await posted(page), [{ type: 'ready' }]);
    await sendState(page, normalState());
    assert.equal(await page.textContent('.board-title'), 'Checkout outage after config push');
    assert.deepEqual(await page.$$eval('.count', (cs) => cs.map((c) => c.textContent)), ['4 open', '1 done', '1 overdue']);
    assert.deepEqual(await page.$$eval('.column-head', (hs) => hs.map((h) => h.textContent)), ['Short term2', 'Mid term1', 'Long term1', 'Unplanned1']);
    // Open before done, overdue first.
    assert.deepEqual(await cardLines(page), [40, 42, 41, 43, 44]);
    assert.equal(await page.textContent('[data-key="g0:card:43"] .owner'), ' No owner');
    assert.deepEqual(pageErrors(page), []);
  });

  it('reveals a card’s line on click, Enter and Space, but not from its link or checkbox', async () => {
    await sendState(page, normalState());
    assert.deepEqual(await page.$$eval('.card', (cs) => cs.map((c) => c.getAttribute('tabindex'))), ['0', '0', '0', '0', '0']);
    await clearPosted(page);
    await page.click('[data-key="g0:card:41"]', { position: { x: 200, y: 12 } });
    await page.focus('[data-key="g0:card:44"]');
    await page.keyboard.press('Enter');
    await page.keyboard.press(' ');
    page.context().on('page', (p) => void p.close());
    await page.click('[data-key="g0:card:40"] a.ticket');
    await page.click('[data-key="g0:card:43"] .done-toggle', { force: true });
    assert.deepEqual(await posted(page), [
      { type: 'reveal', uri: DOC_URI, line: 41 },
      { type: 'reveal', uri: DOC_URI, line: 44 },
      { type: 'reveal', uri: DOC_URI, line: 44 },
    ]);
    assert.equal(await page.getAttribute('[data-key="g0:card:40"] a.ticket', 'href'), 'https://tracker.example.com/browse/OPS-42');
    assert.equal(await page.getAttribute('[data-key="g0:card:40"] a.ticket', 'target'), '_blank');
  });

  it('shows each item\'s id and a New issue button that asks for the item\'s issue, not its line', async () => {
    await sendState(page, normalState());
    assert.equal(await page.textContent('[data-key="g0:card:41"] .item-id'), '2026-03-14-checkout#0000041');
    await clearPosted(page);
    await page.click('[data-key="g0:card:41"] button.new-issue');
    await page.focus('[data-key="g0:card:42"] button.new-issue');
    await page.keyboard.press('Enter');
    assert.deepEqual(await posted(page), [
      { type: 'issue', uri: DOC_URI, line: 41 },
      { type: 'issue', uri: DOC_URI, line: 42 },
    ]);
    assert.match((await page.getAttribute('[data-key="g0:card:41"] button.new-issue', 'aria-label'))!, /^New issue: /);
  });

  it('has a labelled checkbox, disabled when the item cannot be toggled; a toggle is pending until the next state', async () => {
    await sendState(page, normalState());
    const label = await page.$eval('[data-key="g0:done:41"]', (b) => (b as HTMLInputElement).labels?.[0]?.textContent);
    assert.equal(label, 'Mark as done');
    assert.equal(await page.isDisabled('[data-key="g0:done:43"]'), true);
    await clearPosted(page);
    await page.focus('[data-key="g0:done:41"]');
    await page.keyboard.press(' ');
    assert.deepEqual(await posted(page), [{ type: 'toggle', uri: DOC_URI, line: 41, version: 305419896, done: true }]);
    assert.match((await page.getAttribute('[data-key="g0:card:41"]', 'class'))!, /is-pending/);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-key')), 'g0:done:41', 'focus stays on the box');
    await page.keyboard.press(' ');
    assert.equal((await posted(page)).length, 1, 'a pending box does not toggle again');
    assert.equal(await page.isChecked('[data-key="g0:done:41"]'), true, 'it shows the requested state');
    // A filter change keeps it pending; only a new state settles it.
    await page.check('#filter-open');
    assert.match((await page.getAttribute('[data-key="g0:card:41"]', 'class'))!, /is-pending/);
    await page.uncheck('#filter-open');
    const next = normalState();
    next.groups[0].items[1].done = true;
    await sendState(page, next);
    const cls = (await page.getAttribute('[data-key="g0:card:41"]', 'class'))!;
    assert.doesNotMatch(cls, /is-pending/);
    assert.match(cls, /is-done/);
    assert.equal(await page.isChecked('[data-key="g0:done:41"]'), true);
    assert.equal(await page.isEnabled('[data-key="g0:done:41"]'), true);
  });

  it('filters by owner, open and overdue, and keeps the filters with the panel’s mode and document', async () => {
    await sendState(page, normalState());
    assert.deepEqual(await page.$$eval('#filter-owner option', (os) => os.map((o) => o.textContent)), ['All owners', '@ana', '@bo', '@cy']);
    await page.selectOption('#filter-owner', '@ana');
    assert.deepEqual(await cardLines(page), [40, 44]);
    await page.selectOption('#filter-owner', '');
    await page.check('#filter-open');
    assert.deepEqual(await cardLines(page), [40, 41, 43, 44]);
    await page.check('#filter-overdue');
    assert.deepEqual(await cardLines(page), [40]);
    assert.deepEqual(await viewState(page), { mode: 'document', uri: DOC_URI, owner: null, openOnly: true, overdueOnly: true });
    // A new state (after an edit) keeps the filters.
    await sendState(page, normalState());
    assert.deepEqual(await cardLines(page), [40]);
    assert.equal(await page.isChecked('#filter-overdue'), true);
  });

  it('says so when a filter leaves a postmortem no card, instead of empty columns', async () => {
    await sendState(page, normalState());
    await page.selectOption('#filter-owner', '@bo');
    await page.check('#filter-overdue');
    assert.deepEqual(await cardLines(page), []);
    assert.equal(await page.$$eval('.column', (cs) => cs.length), 0);
    assert.equal(await page.textContent('.group .empty'), normalState().strings.noItems);
    await page.uncheck('#filter-overdue');
    await page.selectOption('#filter-owner', '');
  });

  it('keeps a ticked card in its place', async () => {
    const before = normalState();
    await sendState(page, before);
    const order = await cardLines(page);
    const after = normalState();
    for (const i of after.groups[0]!.items) i.done = !i.done;
    await sendState(page, after);
    assert.deepEqual(await cardLines(page), order);
  });

  it('sends Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y to the document as undo and redo', async () => {
    await sendState(page, normalState());
    await page.focus('[data-key="g0:card:41"]');
    await clearPosted(page);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+y');
    await page.keyboard.press('z');
    assert.deepEqual(await posted(page), [
      { type: 'undo', redo: false },
      { type: 'undo', redo: true },
      { type: 'undo', redo: true },
    ]);
  });

  it('draws the timeline on a time axis with phase colours, TTD/TTR spans and stacked equal times', async () => {
    await sendState(page, normalState());
    const entries = await page.$$eval('.entry', (es) =>
      es.map((e) => ({
        cls: e.getAttribute('class'),
        title: e.querySelector('title')?.textContent,
        label: e.getAttribute('aria-label'),
        tab: e.getAttribute('tabindex'),
        cx: Number(e.querySelector('.dot')!.getAttribute('cx')),
        cy: Number(e.querySelector('.dot')!.getAttribute('cy')),
        fill: getComputedStyle(e.querySelector('.dot')!).fill,
      })),
    );
    assert.equal(entries.length, 6);
    assert.deepEqual(entries.map((e) => e.cls), ['entry phase-unknown', 'entry phase-detection', 'entry phase-classification', 'entry phase-classification', 'entry phase-propagation', 'entry phase-recovery']);
    assert.equal(entries[1].title, '12:09 — Error-rate alert fired for checkout');
    assert.equal(entries[1].label, entries[1].title);
    assert.ok(entries.every((e) => e.tab === '0'));
    assert.equal(entries[1].fill, 'rgb(191, 136, 3)', 'detection is the theme’s yellow');
    assert.ok(entries.every((e, i) => i === 0 || e.cx >= entries[i - 1].cx), 'in time order');
    assert.equal(entries[2].cx, entries[3].cx);
    assert.notEqual(entries[2].cy, entries[3].cy, 'equal times are stacked, not hidden');
    assert.deepEqual(await page.$$eval('.bracket-label', (ls) => ls.map((l) => l.textContent)), ['TTD 7m', 'TTR 52m']);
    const ticks = await page.$$eval('.tick-label', (ls) => ls.map((l) => l.textContent));
    assert.equal(ticks[0], '0m');
    assert.ok(ticks.length >= 3);

    await clearPosted(page);
    await page.hover('[data-key="g0:entry:18"]');
    assert.equal(await page.textContent('.timeline-caption'), '12:31 — Errors spread to the mobile API');
    await page.click('[data-key="g0:entry:18"]');
    await page.focus('[data-key="g0:entry:19"]');
    await page.keyboard.press('Enter');
    assert.deepEqual(await posted(page), [
      { type: 'reveal', uri: DOC_URI, line: 18 },
      { type: 'reveal', uri: DOC_URI, line: 19 },
    ]);
  });

  it('copes with no timeline, a single entry, and entries all at the same time', async () => {
    const state = (timeline: BoardState['groups'][0]['timeline'], ttd: number | null = null): BoardState => {
      const s = normalState();
      Object.assign(s.groups[0], { timeline, timeToDetectMinutes: ttd, timeToRecoverMinutes: null });
      return s;
    };
    await sendState(page, state([]));
    assert.equal(await page.$$eval('.timeline', (t) => t.length), 0);
    await sendState(page, state([{ line: 3, label: '10:00', text: 'Start', phase: null, offset: 0 }]));
    assert.equal(await page.$$eval('.entry', (t) => t.length), 1);
    const same = [1, 2, 3, 4].map((i) => ({ line: i, label: '10:00', text: `t${i}`, phase: null, offset: 0 }));
    await sendState(page, state(same, 0));
    const cys = await page.$$eval('.entry .dot', (ds) => ds.map((d) => d.getAttribute('cy')));
    assert.equal(new Set(cys).size, 4);
    assert.deepEqual(await page.$$eval('.bracket-label', (ls) => ls.map((l) => l.textContent)), ['TTD 0m']);
    assert.deepEqual(pageErrors(page), []);
  });

  it('shows notices in a dismissible alert bar that survives re-rendering', async () => {
    await sendState(page, normalState());
    await send(page, { type: 'notice', message: 'The document changed since the board was drawn; nothing was changed. Try again.' });
    await sendState(page, normalState());
    assert.equal(await page.textContent('[role=alert] .notice-text'), 'The document changed since the board was drawn; nothing was changed. Try again.');
    await page.click('[role=alert] button');
    assert.equal(await page.$$eval('[role=alert]', (a) => a.length), 0);
  });

  it('lists every postmortem in workspace mode, overdue first, each title revealing its first line', async () => {
    const calm = { ...normalGroup('file:///w/calm.md'), title: 'Calm', items: [normalGroup().items[1]] };
    const late = { ...normalGroup('file:///w/late.md'), title: 'Late' };
    await sendState(page, { ...normalState(), mode: 'workspace', title: 'All postmortems', groups: [calm, late] });
    assert.deepEqual(await page.$$eval('.group-title', (ts) => ts.map((t) => t.textContent)), ['Late', 'Calm']);
    assert.equal(await page.$$eval('.timeline', (t) => t.length), 2);
    await clearPosted(page);
    await page.click('.group-title >> text=Calm');
    assert.deepEqual(await posted(page), [{ type: 'reveal', uri: 'file:///w/calm.md', line: 1 }]);
    assert.deepEqual(await viewState(page), { mode: 'workspace', uri: null, owner: null, openOnly: false, overdueOnly: false });
    await page.selectOption('#filter-owner', '@bo');
    assert.deepEqual(await page.$$eval('.group-title', (ts) => ts.map((t) => t.textContent)), ['Late', 'Calm']);
    await page.check('#filter-overdue');
    assert.deepEqual(await page.$$eval('.group-title', (ts) => ts.map((t) => t.textContent)), [], 'a filter that empties a postmortem hides it');
    assert.equal(await page.textContent('.empty'), 'No action items.');
  });

  it('stacks the columns in a narrow panel', async () => {
    const narrow = await harness.open({ width: 480 });
    await sendState(narrow, normalState());
    const lefts = await narrow.$$eval('.column', (cs) => cs.map((c) => Math.round(c.getBoundingClientRect().left)));
    assert.equal(new Set(lefts).size, 1, `one column: ${lefts}`);
    const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'no horizontal scrolling');
    await sendState(page, normalState());
    const wideLefts = await page.$$eval('.column', (cs) => cs.map((c) => Math.round(c.getBoundingClientRect().left)));
    assert.equal(new Set(wideLefts).size, 4);
  });

  for (const width of [190, 160, 120]) {
    it(`keeps everything inside a ${width} px side bar`, async () => {
      const thin = await harness.open({ width });
      await sendState(thin, normalState());
      const outside = await thin.evaluate(() => {
        const w = document.documentElement.clientWidth;
        return Array.from(document.querySelectorAll("body *"))
          .filter((e) => {
            const b = e.getBoundingClientRect();
            return b.width > 0 && (b.right > w + 0.5 || b.left < -0.5);
          })
          .map((e) => e.tagName + '.' + String(e.getAttribute('class')));
      });
      assert.deepEqual(outside, []);
    });
  }
});
