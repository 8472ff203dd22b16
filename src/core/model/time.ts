import { MONTHS, MONTH_NAMES, ZONES, ZONE_PHRASES } from '../lang/data.js';
import { BoundedMemo } from '../bounded-memo.js';

/**
 * Reading the timestamps real postmortems use: "12:09", "3:15 PM",
 * "2026-03-14 12:09 KST", ISO 8601, "Sep 27 2017 13:06", "07-27-2023 3:05 pm",
 * "오전 9시 5분", "2026년 3월 14일 12:09". All patterns are anchored and free of
 * nested quantifiers, so matching is linear in the line length.
 */

export interface PartialDate {
  year: number | null;
  month: number;
  day: number;
}

export interface Timestamp {
  date: PartialDate | null;
  /** "HH:MM" or "HH:MM:SS" in 24-hour form; null when the time is unreadable or absent. */
  time: string | null;
  zone: string | null;
  /** True when something time-like stands here but cannot be read ("25:70", "--:--", "20202-05-13"). */
  invalid: boolean;
  /** The unreadable part, for messages. */
  unreadable: string | null;
  /** [start, end) of the timestamp within the input string. */
  start: number;
  end: number;
  /** A time relative to the incident's start ("T+5m", "T-1h", "T+1일"): an entry with no clock time. */
  relative?: boolean;
}

/** "T+5m", "T+1.5m", "T-3m", "T+2h", "T+1일": minutes, hours or days since the incident began. */
const RELATIVE = /^T\s?[+\-−]\s?\d{1,4}(?:\.\d{1,2})?\s?(?:s|secs?|m|mins?|minutes?|h|hrs?|hours?|d|days?|초|분|시간|일)?(?![\p{L}\p{N}])/iu;

/** Month names are data (src/core/lang/en/months.json), longest first. */
const MONTH_WORD = '(' + MONTH_NAMES.join('|') + ')\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';

/** Time-zone abbreviations are data (src/core/lang/en/zones.json): each names an IANA zone. */
const ZONE_WORD =
  '(?:UTC|GMT)(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?|' +
  Object.keys(ZONES)
    .filter((z) => z.length > 1 && z !== 'UTC' && z !== 'GMT')
    .sort((x, y) => y.length - x.length)
    .join('|');

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const US_DATE = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4}|\d{2})(?!\d)/;
/**
 * Four digits after a month and day, with no comma, followed by a zone name are a clock, not a year:
 * "Feb 7 1506 UTC" is 15:06 on 7 February ("Feb 7, 2025 UTC" keeps its year).
 */
const NOT_A_YEAR = '(?!\\s+(?:[01]\\d|2[0-3])[0-5]\\d\\s*\\(?(?:Z|' + ZONE_WORD + ')(?![A-Za-z]))';
/** The year is part of the date also before a colon ("Mar 02, 2024: …"); without a year, "Mar 02 20:24" is a date and a time. */
const MONTH_FIRST = new RegExp('^' + WEEKDAY + MONTH_WORD + '(?![a-z])\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:' + NOT_A_YEAR + ',?\\s+(\\d{4})(?!\\d)|(?![\\d:]))', 'i');
const DAY_FIRST = new RegExp('^' + WEEKDAY + '(\\d{1,2})(?:st|nd|rd|th)?\\s+' + MONTH_WORD + '(?![a-z])(?:' + NOT_A_YEAR + ',?\\s+(\\d{4})(?!\\d)|(?![\\d:]))', 'i');
/** Month-day without a year, only when a clock follows: "[12-05 14:30]". */
const MONTH_DAY = /^(\d{1,2})-(\d{1,2})(?=\s+\d{1,2}:\d{2})/;
/** Looks like a date but is not one: "20202-05-13", "2021-13-45". */
const BROKEN_DATE = /^(?:\d{4,6}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{5,6})(?!\d)/;
/** "0616" right after a date: a clock written without its colon. */
const COMPACT_CLOCK = /^([01]\d|2[0-3])([0-5]\d)(?!\d)/;
const KO_DATE = /^(?:(\d{4})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일(?:\s*\([월화수목금토일]\))?/;

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?(?:\s*([ap])\.?\s?m\.?(?![a-z]))?/i;
const HOUR_AMPM = /^(\d{1,2})\s*([ap])\.?\s?m\.?(?![a-z])/i;
const KO_CLOCK = /^(오전|오후|새벽|아침|낮|저녁|밤)?\s*(\d{1,2})\s*시(?:\s*(\d{1,2})\s*분)?(?:\s*(\d{1,2})\s*초)?/;
const KO_AMPM_CLOCK = /^(오전|오후|새벽|아침|낮|저녁|밤)\s*(\d{1,2}):(\d{2})(?::(\d{2}))?/;
/** Something that looks like a clock but is not one: "25:70", "--:--", "??:??", "14:7". */
const BROKEN_CLOCK = /^(?:\d{1,2}|[-?x]{1,2}):(?:\d{1,3}|[-?x]{1,2})(?![\d])/i;
const ZONE_AFTER = new RegExp('^(?:\\s*\\(?\\s*)(Z|[+-]\\d{2}:?\\d{2}|' + ZONE_WORD + ')(?![A-Za-z])\\)?', '');
const ZONE_ANYWHERE = new RegExp('(?<![A-Za-z])(' + ZONE_WORD + ')(?![A-Za-z])');

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function validDate(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && (year === null || (year >= 1970 && year <= 2999));
}

function readDate(s: string): { date: PartialDate; length: number } | null {
  let m = ISO_DATE.exec(s);
  if (m) {
    const d = { year: +m[1], month: +m[2], day: +m[3] };
    return validDate(d.year, d.month, d.day) ? { date: d, length: m[0].length } : null;
  }
  m = US_DATE.exec(s);
  if (m) {
    const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    const d = { year, month: +m[1], day: +m[2] };
    return validDate(d.year, d.month, d.day) ? { date: d, length: m[0].length } : null;
  }
  m = MONTH_FIRST.exec(s);
  if (m) {
    const d = { year: m[3] ? +m[3] : null, month: MONTHS[m[1].toLowerCase()], day: +m[2] };
    return validDate(d.year, d.month, d.day) ? { date: d, length: m[0].length } : null;
  }
  m = DAY_FIRST.exec(s);
  if (m) {
    const d = { year: m[3] ? +m[3] : null, month: MONTHS[m[2].toLowerCase()], day: +m[1] };
    return validDate(d.year, d.month, d.day) ? { date: d, length: m[0].length } : null;
  }
  m = MONTH_DAY.exec(s);
  if (m) {
    const d = { year: null, month: +m[1], day: +m[2] };
    return validDate(d.year, d.month, d.day) ? { date: d, length: m[0].length } : null;
  }
  m = KO_DATE.exec(s);
  if (m) {
    const d = { year: m[1] ? +m[1] : null, month: +m[2], day: +m[3] };
    return validDate(d.year, d.month, d.day) ? { date: d, length: m[0].length } : null;
  }
  return null;
}

function clock(h: number, min: number, sec: string | undefined, half: 'a' | 'p' | null): string | null {
  let hour = h;
  if (half) {
    // Real documents write "13:55 PM"; a 24-hour value wins over the suffix.
    if (hour === 12) hour = half === 'a' ? 0 : 12;
    else if (hour < 12 && half === 'p') hour += 12;
  }
  if (hour > 23 || min > 59 || (sec !== undefined && +sec > 59)) return null;
  return pad(hour) + ':' + pad(min) + (sec !== undefined ? ':' + pad(+sec) : '');
}

const KO_PM = new Set(['오후', '저녁', '밤']);
const KO_AM = new Set(['오전', '새벽', '아침']);

function koHour(word: string | undefined, h: number): number {
  if (word && KO_PM.has(word) && h < 12) return h + 12;
  if (word && KO_AM.has(word) && h === 12) return 0;
  if (word === '낮' && h < 6) return h + 12;
  return h;
}

function readClock(s: string): { time: string | null; invalid: boolean; length: number } | null {
  let m = KO_AMPM_CLOCK.exec(s);
  if (m) {
    const t = clock(koHour(m[1], +m[2]), +m[3], m[4], null);
    return { time: t, invalid: t === null, length: m[0].length };
  }
  m = CLOCK.exec(s);
  if (m) {
    const half = m[4] ? (m[4].toLowerCase() as 'a' | 'p') : null;
    const t = clock(+m[1], +m[2], m[3], half);
    return { time: t, invalid: t === null, length: m[0].length };
  }
  m = HOUR_AMPM.exec(s);
  if (m) {
    const t = clock(+m[1], 0, undefined, m[2].toLowerCase() as 'a' | 'p');
    return { time: t, invalid: t === null, length: m[0].length };
  }
  m = KO_CLOCK.exec(s);
  if (m && (m[1] || m[3] !== undefined || /^\s*\d{1,2}\s*시(?![간작])/.test(s))) {
    const t = clock(koHour(m[1], +m[2]), m[3] ? +m[3] : 0, m[4], null);
    return { time: t, invalid: t === null, length: m[0].length };
  }
  m = MILITARY.exec(s);
  if (m) return { time: m[1] + ':' + m[2], invalid: false, length: m[0].length };
  m = BROKEN_CLOCK.exec(s);
  if (m) return { time: null, invalid: true, length: m[0].length };
  return null;
}

/** A clock written without its colon, only with a zone or "hrs" after it: "0915 UTC", "2130Z", "1400 hrs". */
const MILITARY = new RegExp('^([01]\\d|2[0-3])([0-5]\\d)(?:\\s*hrs?(?![a-z])|(?=\\s*\\(?(?:Z|' + ZONE_WORD + ')(?![A-Za-z])))', 'i');

/**
 * A clock time inside the sentence that follows a date: "2024-03-02: Around
 * 09:15:40 UTC the …". Only in the first 80 characters, and only a clock with
 * a colon or a Korean clock, never a bare number.
 */
export function readInnerClock(s: string): { time: string; zone: string | null; index: number; length: number } | null {
  const head = s.slice(0, 80);
  const re = /(?<![\d:.\/-])(?=\d{1,2}:\d{2}(?!\d)|(?:오전|오후|새벽|아침|낮|저녁|밤)\s*\d{1,2}\s*시|\d{1,2}\s*시\s*\d{1,2}\s*분)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    const c = readClock(head.slice(m.index));
    if (c && c.time) {
      const z = readZone(head.slice(m.index + c.length));
      return { time: c.time, zone: z ? z.zone : null, index: m.index, length: c.length + (z ? z.length : 0) };
    }
    re.lastIndex = m.index + 1;
  }
  // Further on, only a clock that plainly names the moment: "at 2:10am SAST", "at 14:05 UTC".
  const far = /(?<![\p{L}\p{N}])at\s+(?=\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?(?![a-z])|\d{1,2}:\d{2}\s*\(?(?:Z|[A-Z]{2,5})(?![A-Za-z]))/giu;
  far.lastIndex = 80;
  const f = far.exec(s.slice(0, 600));
  if (f) {
    const at = f.index + f[0].length;
    const c = readClock(s.slice(at));
    const z = c ? readZone(s.slice(at + c.length)) : null;
    if (c && c.time && (z || /[ap]\.?\s?m/i.test(s.slice(at, at + c.length)))) return { time: c.time, zone: z ? z.zone : null, index: at, length: c.length + (z ? z.length : 0) };
  }
  return null;
}

function readZone(s: string): { zone: string; length: number } | null {
  const m = ZONE_AFTER.exec(s);
  if (!m) return null;
  return { zone: m[1].replace(/\s+/g, ''), length: m[0].length };
}

/** Leading decoration before a timestamp: emphasis, brackets, "At", "On", "~", "After" and "Before" (the entry starts at that moment). */
const LEAD =
  /^[\s*_>~[(]*(?:(?:the\s+)?(?:next|following|same)\s+(?:day|morning|afternoon|evening|night),?\s+|later\s+that\s+(?:day|morning|afternoon|evening|night),?\s+|(?:다음|같은)\s?날(?:인)?\s+|이튿날(?:인)?\s+)?(?:(?:(?:also\s+)?on|at|after|before|around|approx(?:imately|\.)?|about|~|약|대략)\s+)?[\s*_[(~]*/i;

/** Timeline lines stay the same from one analysis of a document to the next: each is read once. */
const leadingStamps = new BoundedMemo<string, Timestamp | null>(20_000);

/**
 * Reads a timestamp at the start of `s` (after decoration such as `**`, `[`,
 * "At "). Returns null when the text does not start with a date or a time.
 * The result is shared: callers copy it before changing it.
 */
export function readLeadingTimestamp(s: string): Timestamp | null {
  return leadingStamps.get(s, readStamp);
}

function readStamp(s: string): Timestamp | null {
  const lead = LEAD.exec(s);
  let pos = lead ? lead[0].length : 0;
  const start = pos;
  let date: PartialDate | null = null;
  let unreadable: string | null = null;
  const d = readDate(s.slice(pos));
  const broken = d ? null : BROKEN_DATE.exec(s.slice(pos));
  if (d || broken) {
    if (d) date = d.date;
    else unreadable = broken![0];
    pos += d ? d.length : broken![0].length;
    // Separators between date and time: "T", ",", " at ", " - ", "|".
    // A slash too, but only before a clock: "2023-01-04/11:34".
    const sep = /^(?:T|,?\s+(?:at\s+|@\s*)?|\s*[-–—|]\s*(?=\d)|\/(?=\d{1,2}:\d{2})|,\s*)/i.exec(s.slice(pos));
    if (sep) pos += sep[0].length;
  }
  if (!d && !broken) {
    const r = RELATIVE.exec(s.slice(pos));
    if (r) return { date: null, time: null, zone: null, invalid: false, unreadable: null, start, end: pos + r[0].length, relative: true };
  }
  let c = readClock(s.slice(pos));
  if (!c && (d || broken)) {
    const compact = COMPACT_CLOCK.exec(s.slice(pos));
    // "Mar 02 2024" is a year, never the time 20:24.
    if (compact && !(date && date.year === null && /^(19|20)\d\d/.test(compact[0]))) c = { time: compact[1] + ':' + compact[2], invalid: false, length: compact[0].length };
  }
  if (!c) {
    if (broken) return { date: null, time: null, zone: null, invalid: true, unreadable, start, end: start + broken[0].length };
    if (!date) return null;
    // A date alone: trim the separator we may have eaten.
    const end = start + (d ? d.length : 0);
    return { date, time: null, zone: readZone(s.slice(end))?.zone ?? null, invalid: false, unreadable: null, start, end };
  }
  if (c.invalid) unreadable = s.slice(pos, pos + c.length);
  pos += c.length;
  let zone: string | null = null;
  const z = readZone(s.slice(pos));
  if (z) {
    zone = z.zone;
    pos += z.length;
  }
  return { date, time: c.time, zone, invalid: c.invalid || unreadable !== null, unreadable, start, end: pos };
}

/** Reads a date at the start of `s` (for date headings such as "### 2023-08-25"). */
export function readLeadingDate(s: string): PartialDate | null {
  const lead = LEAD.exec(s);
  return readDate(s.slice(lead ? lead[0].length : 0))?.date ?? null;
}

/** Finds a stated time zone in a heading or sentence ("All times in UTC", "(KST)", "한국 시간"). */
export function findZone(s: string): string | null {
  const m = ZONE_ANYWHERE.exec(s);
  if (m) return m[1].replace(/\s+/g, '');
  for (const p of ZONE_PHRASES) if (p.pattern.test(s)) return p.zone;
  return null;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(iana: string): Intl.DateTimeFormat | null {
  if (!formatters.has(iana)) {
    let f: Intl.DateTimeFormat | null = null;
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: iana, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    } catch {
      // A runtime without time-zone data: the abbreviation's usual offset is used.
    }
    formatters.set(iana, f);
  }
  return formatters.get(iana)!;
}

/**
 * Offsets already computed, per formatter and quarter hour: formatting a date
 * is slow, and every zone changes its offset on a quarter hour, so a timeline
 * of thousands of entries needs only a few.
 */
const offsets = new WeakMap<Intl.DateTimeFormat, BoundedMemo<number, number>>();
const QUARTER_HOUR = 15 * 60000;

function offsetAt(f: Intl.DateTimeFormat, utcMs: number): number {
  let known = offsets.get(f);
  if (!known) offsets.set(f, (known = new BoundedMemo(10_000)));
  const quarter = Math.floor(utcMs / QUARTER_HOUR);
  return known.get(quarter, () => computeOffsetAt(f, quarter * QUARTER_HOUR));
}

function computeOffsetAt(f: Intl.DateTimeFormat, utcMs: number): number {
  const parts = f.formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'));
  return Math.round((wall - Math.floor(utcMs / 60000) * 60000) / 60000);
}

/**
 * UTC offset of a zone word or "+09:00" form, in minutes; null when unknown.
 * With a date, an abbreviation takes its IANA zone's offset on that date (and
 * clock time): PT, PST and PDT are all -07:00 in July and -08:00 in January.
 */
export function zoneOffset(zone: string, date?: PartialDate | null, time?: string | null): number | null {
  const upper = zone.toUpperCase();
  const known = ZONES[upper];
  if (known) {
    const f = date && date.year !== null ? formatter(known.iana) : null;
    if (!f || !date || date.year === null) return known.offset;
    const wall = Date.UTC(date.year, date.month - 1, date.day) + (time ? clockMinutes(time) : 12 * 60) * 60000;
    // The offset at the wall-clock time: guess with the usual offset, then correct once.
    const first = offsetAt(f, wall - known.offset * 60000);
    return offsetAt(f, wall - first * 60000);
  }
  const m = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(upper);
  if (!m) return null;
  const minutes = +m[2] * 60 + (m[3] ? +m[3] : 0);
  return m[1] === '-' ? -minutes : minutes;
}

export function formatDate(d: PartialDate): string | null {
  return d.year === null ? null : d.year + '-' + pad(d.month) + '-' + pad(d.day);
}

export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return sign + pad(Math.floor(a / 60)) + ':' + pad(a % 60);
}

/** Minutes of a "HH:MM[:SS]" clock since midnight. */
export function clockMinutes(time: string): number {
  // Read field by field without splitting: every timeline entry asks, often twice.
  const first = time.indexOf(':');
  const second = time.indexOf(':', first + 1);
  const h = +time.slice(0, first);
  const m = +time.slice(first + 1, second < 0 ? time.length : second);
  const s = second < 0 ? 0 : +time.slice(second + 1);
  return h * 60 + m + (s ? s / 60 : 0);
}

/** Minutes since the epoch of a date at midnight UTC. */
export function dayMinutes(date: PartialDate & { year: number }): number {
  return Date.UTC(date.year, date.month - 1, date.day) / 60000;
}

/**
 * UTC offset, in minutes, of a zone at an instant: an abbreviation (KST, PT),
 * an IANA name (Asia/Seoul) or an offset (+09:00, UTC-7); null when unknown.
 */
export function offsetAtInstant(zone: string, utcMs: number): number | null {
  const known = ZONES[zone.toUpperCase()];
  const iana = known?.iana ?? (zone.includes('/') ? zone : null);
  const f = iana ? formatter(iana) : null;
  if (f) return offsetAt(f, utcMs);
  return known ? known.offset : zoneOffset(zone);
}
