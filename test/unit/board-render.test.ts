import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BoardGroup, BoardItem } from '../../src/board/protocol.js';
import {
  columnsOf,
  compareItems,
  filterItems,
  formatMinutes,
  lanes,
  normalizeViewState,
  ownersOf,
  scaleX,
  shortUrl,
  sortGroups,
  timeAxis,
  viewStateFor,
} from '../../src/webview/model.js';

const item = (line: number, over: Partial<BoardItem> = {}): BoardItem => ({
  line,
  text: `item ${line}`,
  owner: null,
  due: null,
  term: null,
  done: false,
  overdue: false,
  ticket: null,
  ticketLabel: null,
  canToggle: true,
  id: `doc#${line}`,
  ...over,
});

const group = (uri: string, items: BoardItem[]): BoardGroup => ({
  uri,
  title: uri,
  version: 1,
  severity: null,
  date: null,
  items,
  timeline: [],
  timeToDetectMinutes: null,
  timeToRecoverMinutes: null,
});

const all = { owner: null, openOnly: false, overdueOnly: false };

describe('board filters', () => {
  const items = [item(1, { owner: '@ana' }), item(2, { owner: '@bo', done: true }), item(3, { owner: '@ana', overdue: true }), item(4)];

  it('keeps everything without a filter', () => {
    assert.deepEqual(filterItems(items, all).map((i) => i.line), [1, 2, 3, 4]);
  });
  it('filters by owner, open and overdue, combined', () => {
    assert.deepEqual(filterItems(items, { ...all, owner: '@ana' }).map((i) => i.line), [1, 3]);
    assert.deepEqual(filterItems(items, { ...all, openOnly: true }).map((i) => i.line), [1, 3, 4]);
    assert.deepEqual(filterItems(items, { ...all, overdueOnly: true }).map((i) => i.line), [3]);
    assert.deepEqual(filterItems(items, { owner: '@bo', openOnly: true, overdueOnly: false }), []);
  });
  it('lists each owner once, sorted', () => {
    assert.deepEqual(ownersOf([group('a', items), group('b', [item(9, { owner: '@cy' }), item(10, { owner: '@ana' })])]), ['@ana', '@bo', '@cy']);
  });
});

describe('board columns and order', () => {
  it('puts items in their term column, unplanned when there is none', () => {
    const cols = columnsOf([item(1, { term: 'long' }), item(2, { term: 'short' }), item(3), item(4, { term: 'mid' }), item(5, { term: 'short' })]);
    assert.deepEqual(
      Object.fromEntries(Object.entries(cols).map(([k, v]) => [k, v.map((i) => i.line)])),
      { short: [2, 5], mid: [4], long: [1], unplanned: [3] },
    );
  });
  it('keeps document order in a column, whatever is done, overdue or due first', () => {
    const sorted = [
      item(5, { due: '2026-02-01' }),
      item(1, { done: true }),
      item(3, { overdue: true, due: '2026-01-01' }),
      item(2, { due: '2026-05-01' }),
      item(4),
    ].sort(compareItems);
    assert.deepEqual(sorted.map((i) => i.line), [1, 2, 3, 4, 5]);
  });
  it('orders groups with overdue work first, then by open items, otherwise as given', () => {
    const groups = [
      group('quiet', [item(1, { done: true })]),
      group('busy', [item(1), item(2)]),
      group('late', [item(1, { overdue: true })]),
      group('also-busy', [item(1), item(2)]),
      group('late-but-done', [item(1, { overdue: true, done: true })]),
    ];
    assert.deepEqual(sortGroups(groups).map((g) => g.uri), ['late', 'busy', 'also-busy', 'quiet', 'late-but-done']);
  });
});

describe('minutes', () => {
  it('formats with at most two units', () => {
    assert.deepEqual([0, 1, 45, 60, 90, 119.6, 1440, 1500, 1441, 3000].map(formatMinutes), ['0m', '1m', '45m', '1h', '1h 30m', '2h', '1d', '1d 1h', '1d', '2d 2h']);
  });
  it('handles negative and non-finite values', () => {
    assert.equal(formatMinutes(-5), '-5m');
    assert.equal(formatMinutes(Number.NaN), '');
  });
});

describe('time axis', () => {
  it('uses round steps that fit the width and covers the maximum', () => {
    const a = timeAxis(47, 600);
    assert.equal(a.step, 5);
    assert.equal(a.end, 50);
    assert.deepEqual(a.ticks.slice(0, 3), [0, 5, 10]);
    assert.equal(a.ticks.at(-1), 50);
    assert.ok(a.ticks.length - 1 <= Math.floor(600 / 56));
  });
  it('uses fewer, longer steps when narrow', () => {
    const narrow = timeAxis(47, 200);
    assert.ok(narrow.ticks.length <= 4);
    assert.ok(narrow.end >= 47);
  });
  it('has a minimum span, so a single entry or none still draws an axis', () => {
    for (const max of [0, -3, Number.NaN]) {
      const a = timeAxis(max, 400);
      assert.ok(a.end >= 5 && a.ticks[0] === 0 && a.ticks.length >= 2, String(max));
    }
  });
  it('copes with days-long incidents', () => {
    const a = timeAxis(60 * 24 * 90, 300);
    assert.ok(a.end >= 60 * 24 * 90 && a.ticks.length <= 6);
  });
  it('scales minutes to pixels, clamped to the axis', () => {
    const a = timeAxis(100, 600);
    assert.equal(scaleX(0, a, 10, 110), 10);
    assert.equal(scaleX(a.end, a, 10, 110), 110);
    assert.equal(scaleX(a.end / 2, a, 10, 110), 60);
    assert.equal(scaleX(-20, a, 10, 110), 10);
    assert.equal(scaleX(a.end * 3, a, 10, 110), 110);
  });
  it('stacks markers that would overlap into separate rows', () => {
    assert.deepEqual(lanes([0, 0, 0, 30, 31, 60], 10), [0, 1, 2, 0, 1, 0]);
    assert.deepEqual(lanes([], 10), []);
  });
});

describe('view state', () => {
  it('fills in what is missing or malformed', () => {
    assert.deepEqual(normalizeViewState(undefined), { mode: 'document', uri: null, owner: null, openOnly: false, overdueOnly: false });
    assert.deepEqual(normalizeViewState({ mode: 'workspace', owner: 3, openOnly: 'yes', overdueOnly: true }), { mode: 'workspace', uri: null, owner: null, openOnly: false, overdueOnly: true });
  });
  it('records the mode and document of the state, and drops an owner no longer on the board', () => {
    const view = { mode: 'workspace' as const, uri: null, owner: '@gone', openOnly: true, overdueOnly: false };
    const doc = viewStateFor(view, { mode: 'document', groups: [group('file:///a.md', [item(1, { owner: '@ana' })])] });
    assert.deepEqual(doc, { mode: 'document', uri: 'file:///a.md', owner: null, openOnly: true, overdueOnly: false });
    const kept = viewStateFor({ ...doc, owner: '@ana' }, { mode: 'workspace', groups: [group('file:///a.md', [item(1, { owner: '@ana' })])] });
    assert.deepEqual(kept, { mode: 'workspace', uri: null, owner: '@ana', openOnly: true, overdueOnly: false });
  });
});

describe('link text', () => {
  it('drops the scheme and shortens long URLs', () => {
    assert.equal(shortUrl('https://tracker.example.com/browse/OPS-57'), 'tracker.example.com/browse/OPS-57');
    assert.equal(shortUrl('https://example.com/'), 'example.com');
    assert.equal(shortUrl(`https://example.com/${'a'.repeat(80)}`, 20), 'example.com/aaaaaaa…');
    assert.equal(shortUrl('not a url'), 'not a url');
  });
});

describe('a related postmortem opened from the board', () => {
  it('passes only a well-formed open message on (the extension then opens only a URI it listed)', async () => {
    const { parseFromWebview } = await import('../../src/board/protocol.js');
    assert.deepEqual(parseFromWebview({ type: 'open', uri: 'file:///pm/a.md' }), { type: 'open', uri: 'file:///pm/a.md' });
    for (const bad of [{ type: 'open' }, { type: 'open', uri: 42 }, { type: 'open', uri: '' }, { type: 'open', uri: 'x'.repeat(5000) }]) assert.equal(parseFromWebview(bad), null, JSON.stringify(bad).slice(0, 40));
    assert.deepEqual(parseFromWebview({ type: 'issue', uri: 'file:///pm/a.md', line: 12, extra: 'x' }), { type: 'issue', uri: 'file:///pm/a.md', line: 12 });
    for (const bad of [{ type: 'issue', uri: 'file:///pm/a.md' }, { type: 'issue', uri: 'file:///pm/a.md', line: 0 }, { type: 'issue', uri: 'file:///pm/a.md', line: 1.5 }, { type: 'issue', line: 3 }]) assert.equal(parseFromWebview(bad), null, JSON.stringify(bad));
  });
});
