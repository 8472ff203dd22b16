// The wall clock in the zone a timeline states: what "now" is written as,
// whatever zone the machine running the editor is in.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCalendarDate, wallClock } from '../../src/core/clock.js';
import { incidentDay } from '../../src/core/model/incident-date.js';
import { buildModel } from '../../src/core/model/build.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { postmortemTemplate } from '../../src/core/templates/postmortem.js';

const JULY = new Date(Date.UTC(2026, 6, 1, 23, 27));
const JANUARY = new Date(Date.UTC(2026, 0, 15, 23, 27));

describe('wallClock', () => {
  it('converts an instant to the stated zone, crossing midnight with the date', () => {
    assert.deepEqual(wallClock('UTC', JULY), { date: '2026-07-01', time: '23:27' });
    assert.deepEqual(wallClock('KST', JULY), { date: '2026-07-02', time: '08:27' });
    assert.deepEqual(wallClock('Asia/Seoul', JULY), { date: '2026-07-02', time: '08:27' });
    assert.deepEqual(wallClock('+05:30', JULY), { date: '2026-07-02', time: '04:57' });
    assert.deepEqual(wallClock('UTC-07:00', JULY), { date: '2026-07-01', time: '16:27' });
  });

  it('takes daylight saving time of the date: PT is -07:00 in July, -08:00 in January', () => {
    assert.equal(wallClock('PT', JULY)!.time, '16:27');
    assert.equal(wallClock('PST', JULY)!.time, '16:27');
    assert.equal(wallClock('PT', JANUARY)!.time, '15:27');
    assert.equal(wallClock('America/New_York', JANUARY)!.time, '18:27');
  });

  it('knows when it does not know a zone', () => {
    assert.equal(wallClock('XYZ', JULY), null);
    assert.equal(wallClock('Not/A_Zone', JULY), null);
  });
});

describe('a new postmortem in a zone', () => {
  for (const language of ['en', 'ko'] as const) {
    it(`${language}: states the zone its first entry's time is in`, () => {
      const clock = wallClock('PT', JULY)!;
      const text = postmortemTemplate({ language, title: 'Checkout', severity: 'SEV2', date: clock.date, time: clock.time, zone: 'PT' });
      const { model } = buildModel(parseMarkdown(text), text);
      assert.equal(model.timeline[0]!.time, '16:27');
      assert.equal(model.timeline[0]!.zone, 'PT');
      assert.equal(model.timeline[0]!.iso, '2026-07-01T16:27-07:00');
    });
  }
});

describe('incidentDay', () => {
  const model = (date: unknown, timelineDate: string | null = null) =>
    ({ metadata: { date }, timeline: timelineDate ? [{ date: timelineDate }] : [] }) as unknown as Parameters<typeof incidentDay>[0];
  it('reads the front matter date in any form the timeline reads, a range by its first day', () => {
    assert.equal(incidentDay(model('2026-01-14')), '2026-01-14');
    assert.equal(incidentDay(model('January 14-19, 2026')), '2026-01-14');
    assert.equal(incidentDay(model('Mar 02, 2024')), '2024-03-02');
    assert.equal(incidentDay(model('2024년 3월 2일')), '2024-03-02');
  });
  it('falls back to the first dated timeline entry, else null', () => {
    assert.equal(incidentDay(model(undefined, '2025-05-05')), '2025-05-05');
    assert.equal(incidentDay(model('soon', '2025-05-05')), '2025-05-05');
    assert.equal(incidentDay(model(undefined)), null);
  });
});

describe('isCalendarDate', () => {
  it('accepts only YYYY-MM-DD dates the calendar has', () => {
    for (const ok of ['2026-11-30', '2024-02-29', '2000-02-29', '0999-01-01']) assert.equal(isCalendarDate(ok), true, ok);
    for (const bad of ['2026-02-30', '2023-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-1-01', ' 2026-01-01', '2026-01-01T00:00', 20260101, null]) assert.equal(isCalendarDate(bad), false, String(bad));
  });
});
