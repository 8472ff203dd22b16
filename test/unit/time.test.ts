import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findZone, readLeadingTimestamp, zoneOffset } from '../../src/core/model/time.js';

const read = (s: string) => {
  const t = readLeadingTimestamp(s);
  return t && { time: t.time, date: t.date && [t.date.year, t.date.month, t.date.day], zone: t.zone, invalid: t.invalid, raw: s.slice(t.start, t.end) };
};

describe('readLeadingTimestamp', () => {
  const cases: Array<[string, string | null, Array<number | null> | null, string | null]> = [
    ['12:09 — Alert fired', '12:09', null, null],
    ['9:05 deploy', '09:05', null, null],
    ['12:09:30 alert', '12:09:30', null, null],
    ['3:15 PM rollback', '15:15', null, null],
    ['12:00 AM midnight', '00:00', null, null],
    ['7am first report', '07:00', null, null],
    ['07:30am - First report', '07:30', null, null],
    ['2026-03-14 12:09 start', '12:09', [2026, 3, 14], null],
    ['2026-03-14T12:09:00+09:00 start', '12:09:00', [2026, 3, 14], '+09:00'],
    ['2026-03-14T03:09Z start', '03:09', [2026, 3, 14], 'Z'],
    ['16:58 UTC - Writer database', '16:58', null, 'UTC'],
    ['**16:58 UTC** - Writer database', '16:58', null, 'UTC'],
    ['[08:47] bot', '08:47', null, null],
    ['14:00 KST 배포', '14:00', null, 'KST'],
    ['2:54 PM PST sheriff', '14:54', null, 'PST'],
    ['Sep 27 2017 13:06', '13:06', [2017, 9, 27], null],
    ['Jan 14, 10:18 AM', '10:18', [null, 1, 14], null],
    ['07-27-2023 3:05 pm', '15:05', [2023, 7, 27], null],
    ['2024-03-12 0616 sequencer', '06:16', [2024, 3, 12], null],
    ['12-05 14:30 restart', '14:30', [null, 12, 5], null],
    ['오전 9시 5분 알림 발생', '09:05', null, null],
    ['오후 3시 롤백', '15:00', null, null],
    ['오후 2:30 복구', '14:30', null, null],
    ['2026년 3월 14일 12:09 배포', '12:09', [2026, 3, 14], null],
    ['3월 14일 오후 12시 9분 배포', '12:09', [null, 3, 14], null],
    ['At 14:03 we noticed', '14:03', null, null],
    ['13:55 PM written oddly', '13:55', null, null],
  ];
  for (const [input, time, date, zone] of cases) {
    it(`reads "${input}"`, () => {
      const got = read(input);
      assert.ok(got, 'no timestamp');
      assert.equal(got.time, time);
      assert.deepEqual(got.date, date);
      assert.equal(got.zone, zone);
      assert.equal(got.invalid, false);
    });
  }

  it('reads a date alone', () => {
    assert.deepEqual(read('2023-08-25')?.date, [2023, 8, 25]);
    assert.equal(read('2023-08-25')?.time, null);
  });

  for (const bad of ['25:15 — declared', '12:75 — x', '--:-- rollback', '12:2O status', '20202-05-13 10:00 migration', '오후 12시 75분 선언']) {
    it(`flags "${bad}" as unreadable`, () => {
      assert.equal(read(bad)?.invalid, true);
    });
  }

  for (const text of ['The service', '5 whys', '100% of requests', 'v1.2.3 released', '9시간 동안', 'May be later', '3.5 hours']) {
    it(`finds no timestamp in "${text}"`, () => {
      assert.equal(read(text), null);
    });
  }
});

describe('zones', () => {
  it('finds a stated zone', () => {
    assert.equal(findZone('All times in UTC.'), 'UTC');
    assert.equal(findZone('Timeline (all times in PST/PDT)'), 'PST');
    assert.equal(findZone('모든 시간은 한국 시간 기준'), 'KST');
    assert.equal(findZone('Timeline'), null);
    assert.equal(findZone('Distribution set'), null);
  });
  it('knows offsets', () => {
    assert.equal(zoneOffset('KST'), 540);
    assert.equal(zoneOffset('UTC+9'), 540);
    assert.equal(zoneOffset('-07:00'), -420);
    assert.equal(zoneOffset('XYZ'), null);
  });
});
