import { fieldPattern, KO_WORD_START, RELATIVE_DUE, WORD_END, WORD_START } from '../lang/data.js';
import { formatDate, readLeadingDate, type PartialDate } from './time.js';

/**
 * Deadlines as action items write them: a date ("2025-08-25", "Aug 25",
 * "8월 25일", "~ 8/25"), a quarter ("Q3 2025"), or a span after the
 * postmortem's date ("in 2 weeks", "2주", "3일 내"). A date without a year
 * and a span are resolved against the incident's day.
 */
export type DueReading =
  | { kind: 'date'; date: PartialDate }
  | { kind: 'span'; days: number; months: number }
  | { kind: 'period' };

const NUMBER = '(\\d{1,3}|' + Object.keys(RELATIVE_DUE.numbers).sort((a, b) => b.length - a.length).join('|') + ')';
const UNIT = (['day', 'week', 'month'] as const).map((u) => '(' + RELATIVE_DUE.units[u].join('|') + ')').join('|');
// "in 2 weeks", "2주 내", "two weeks": units end a word in English; Korean units take particles.
const SPAN = new RegExp(
  '^(?:(' + [...RELATIVE_DUE.lead].sort((a, b) => b.length - a.length).join('|') + ')\\s+)?' + NUMBER + '\\s?(?:' + UNIT + ')(?![\\p{Script=Latin}])\\s?(' + RELATIVE_DUE.tail.join('|') + ')?',
  'iu',
);
/** "8/25", "8.25" without a year: month first, as both languages write it; "25/8" when the first number cannot be a month. */
const MONTH_DAY = /^(\d{1,2})[/.](\d{1,2})(?![\d/.])/;
const PERIOD = /^(?:q[1-4]|h[12])\s?\d{4}(?!\d)/i;
/** Before a value: "~ 8/25", "by 8/25", "until Aug 25". */
const OPENER = /^(?:[~～〜]\s?|(?:by|until|before|no later than)\s+)/i;

export interface DueMatch {
  reading: DueReading;
  /** The value as written, without what opened it. */
  text: string;
  /** Whether something marks it as a deadline by itself (a "within", a "내", a "~"), so it needs no field name. */
  marked: boolean;
}

/** Reads a deadline at the start of `s` (after a field name or in a table cell). */
export function readDue(s: string): DueMatch | null {
  const opener = OPENER.exec(s);
  const rest = opener ? s.slice(opener[0].length) : s;
  const marked = !!opener && /[~～〜]/.test(opener[0]);
  const period = PERIOD.exec(rest);
  if (period) return { reading: { kind: 'period' }, text: period[0], marked };
  const date = readLeadingDate(rest);
  if (date) {
    return { reading: { kind: 'date', date }, text: rest.trim().split(/\s*[,;)(]/)[0] ?? rest.trim(), marked };
  }
  const md = MONTH_DAY.exec(rest);
  if (md) {
    let [month, day] = [Number(md[1]), Number(md[2])];
    if (month > 12 && day <= 12) [month, day] = [day, month];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { reading: { kind: 'date', date: { year: null, month, day } }, text: md[0], marked };
  }
  const span = SPAN.exec(rest);
  if (span) {
    const n = /^\d/.test(span[2]) ? Number(span[2]) : RELATIVE_DUE.numbers[span[2].toLowerCase()] ?? RELATIVE_DUE.numbers[span[2]];
    if (n && n > 0) {
      const [days, months] = span[3] ? [n, 0] : span[4] ? [7 * n, 0] : [0, n];
      return { reading: { kind: 'span', days, months }, text: span[0].trim(), marked: marked || !!span[1] || !!span[6] };
    }
  }
  return null;
}

const LABEL = new RegExp('(?:' + fieldPattern('due') + ')\\s*[:：=]?\\s*', 'giu');
/** English spans start with their lead word ("within a week"); Korean ones may start with a number word ("한 달 내"). */
const KOREAN_NUMBERS = Object.keys(RELATIVE_DUE.numbers).filter((w) => /^\p{Script=Hangul}+$/u.test(w));
/** Where an unlabelled deadline may start: after "~", or a number opening a word ("2주 내", "within 2 weeks"). */
const UNLABELLED = new RegExp(
  '[~～〜]|' + WORD_START + '(?:' + RELATIVE_DUE.lead.join('|') + ')' + WORD_END + '|' + KO_WORD_START + '(?:(?<!\\d)\\d|(?:' + Object.keys(RELATIVE_DUE.numbers).join('|') + ')(?=\\s))',
  'giu',
);
/** "8/25까지": a date closed by "until". */
const UNTIL_AFTER = /^\s?까지/;

/** A deadline is short: reading a bounded window keeps a text full of numbers linear. */
const WINDOW = 80;

/**
 * The deadline an item's text gives: after a field name ("due: in 2 weeks",
 * "기한: 8/25"), else one that marks itself ("~ 8/25", "within 3 days",
 * "2주 내", "8/25까지"). Other numbers in the text are not deadlines.
 */
export function dueInText(text: string): DueMatch | null {
  for (const m of text.matchAll(LABEL)) {
    const due = readDue(text.slice(m.index! + m[0].length, m.index! + m[0].length + WINDOW));
    if (due) return due;
  }
  for (const m of text.matchAll(UNLABELLED)) {
    const due = readDue(text.slice(m.index!, m.index! + WINDOW));
    if (!due) continue;
    if (due.marked || (due.reading.kind === 'date' && UNTIL_AFTER.test(text.slice(m.index! + due.text.length, m.index! + due.text.length + 4)))) return due;
  }
  return null;
}

function addDays(day: string, days: number, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y!, m! - 1 + months, 1));
  // The same day of a shorter month is its last day: Jan 31 + 1 month is Feb 28.
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(d!, last) + days);
  return t.toISOString().slice(0, 10);
}

/**
 * The deadline as YYYY-MM-DD, or null when it cannot be placed: a span or a
 * date without a year needs the incident's day; a date without a year that
 * would fall before it is in the next year.
 */
export function resolveDue(reading: DueReading, incidentDay: string | null): string | null {
  if (reading.kind === 'period') return null;
  if (reading.kind === 'span') return incidentDay ? addDays(incidentDay, reading.days, reading.months) : null;
  if (reading.date.year !== null) return formatDate(reading.date);
  if (!incidentDay) return null;
  const year = Number(incidentDay.slice(0, 4));
  const same = formatDate({ ...reading.date, year })!;
  return same < incidentDay ? formatDate({ ...reading.date, year: year + 1 }) : same;
}

/** The value an item keeps as its due: a full date as YYYY-MM-DD, anything else as written until the incident's day places it. */
export function dueValue(match: DueMatch): string {
  return match.reading.kind === 'date' && match.reading.date.year !== null ? formatDate(match.reading.date)! : match.text;
}

/** Places a due written as a span or without a year; `written` keeps what the document says. */
export function placeDue(due: string, incidentDay: string | null): { due: string; written?: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return { due };
  const match = readDue(due);
  const placed = match && resolveDue(match.reading, incidentDay);
  return placed ? { due: placed, written: due } : { due };
}
