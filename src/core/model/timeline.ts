import { unicodeWords } from '../lang/data.js';
import type { Code, List, ListItem, Nodes, Table } from 'mdast';
import { plainText, plainWords, squash, type LineIndex } from '../text.js';
import type { Block } from './structure.js';
import { phaseOf } from './phase.js';
import {
  clockMinutes,
  dayMinutes,
  findZone,
  formatDate,
  formatOffset,
  readInnerClock,
  readLeadingTimestamp,
  zoneOffset,
  type PartialDate,
  type Timestamp,
} from './time.js';
import type { TimelineEntry } from './types.js';

/** A stretch of source text that may start with a timestamp: a list item's first line, a table cell, a `<br>`-separated line. */
interface Segment {
  start: number;
  end: number;
  /** Where the entry's text continues to (for wrapped paragraphs). */
  textEnd: number;
  /** Text to use instead of the source after the timestamp (table rows). */
  text?: string;
  /** A date written in another cell of the same row. */
  date?: PartialDate | null;
  /** Only dates followed by text count as entries; a heading date just sets the date. */
  dateOnlyIsContext: boolean;
  /** A list item may carry its time later in the line ("First detected 2021-07-12 15:44"). */
  allowInner?: boolean;
  /** An item of a timeline list may carry only a clock in its sentence ("The alert fired at 10:32 UTC", "오후 3시 20분에 알림"). */
  innerClock?: boolean;
}

const INNER_STAMP = /(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})/;

/** Markdown inline syntax removed for display text; each pattern is linear. */
export function inlinePlain(raw: string): string {
  return squash(
    raw
      .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
      .replace(/<[^>\n]{0,200}>/g, ' ')
      .replace(/(\*\*|__|\*|`|\\(?=[^\w\s]))/g, ''),
  );
}

function tidyText(s: string): string {
  return s.replace(/^[\s:–—\-|*_)\].,]+/, '').trim();
}

export interface TimelineContext {
  /** Year to assume for dates written without one ("Sep 27"). */
  defaultYear: number | null;
  /** The incident's date (front matter or a "Date:" field), for entries that give only a clock time. */
  defaultDate: PartialDate | null;
  /** Zone stated in front matter or metadata. */
  defaultZone: string | null;
}

export function extractTimeline(blocks: Block[], lines: LineIndex, ctx: TimelineContext): TimelineEntry[] {
  const text = lines.text;
  const entries: TimelineEntry[] = [];
  /** The day of each entry, also when its year is unknown ("### 3월 3일"), for ordering. */
  const entryDays = new Map<TimelineEntry, PartialDate>();
  let zone: string | null = null;
  let date: PartialDate | null = ctx.defaultDate;
  let year = ctx.defaultYear ?? ctx.defaultDate?.year ?? null;
  let pendingHeading: TimelineEntry | null = null;
  /** Clock of the last timed entry under the current date, to notice midnight. */
  let lastClock: number | null = null;

  const setDate = (d: PartialDate) => {
    if (d.year !== null) year = d.year;
    date = { ...d, year: d.year ?? year };
    lastClock = null;
  };

  /** An entry with only a clock time that jumps back by half a day has passed midnight. */
  const rollOver = (time: string) => {
    const clock = clockMinutes(time);
    if (date && lastClock !== null && clock < lastClock - 12 * 60) {
      const next = new Date(Date.UTC(date.year ?? SORT_YEAR, date.month - 1, date.day + 1));
      date = { year: date.year === null ? null : next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
    }
    lastClock = clock;
  };

  const consider = (seg: Segment): boolean => {
    const raw = text.slice(seg.start, seg.end);
    let ts: Timestamp | null = readLeadingTimestamp(raw);
    let stampStart = seg.start;
    if (!ts && seg.allowInner) {
      const m = INNER_STAMP.exec(raw);
      if (m) {
        ts = readLeadingTimestamp(raw.slice(m.index));
        stampStart = seg.start + m.index;
      }
    }
    let sentence: string | null = null;
    if (!ts && seg.innerClock) {
      const lineEnd = raw.search(/\r|\n/);
      const c = readInnerClock(lineEnd < 0 ? raw : raw.slice(0, lineEnd));
      if (c) {
        ts = { date: null, time: c.time, zone: c.zone, invalid: false, unreadable: null, start: c.index, end: c.index + c.length };
        sentence = tidyText(inlinePlain(text.slice(seg.start, seg.textEnd)));
      }
    }
    if (!ts) return false;
    const rest = sentence ?? seg.text ?? tidyText(inlinePlain(text.slice(stampStart + ts.end, seg.textEnd)));
    if (ts.time === null && !ts.invalid && ts.date && !seg.dateOnlyIsContext) {
      // "2024-03-02: Around 09:15:40 UTC the …": the time stands in the sentence.
      const lineEnd = raw.search(/\r|\n/);
      const inner = readInnerClock(raw.slice(ts.end, lineEnd < 0 ? raw.length : lineEnd));
      if (inner) ts = { ...ts, time: inner.time, zone: ts.zone ?? inner.zone };
    }
    if (ts.time === null && !ts.invalid) {
      const d = ts.date ?? seg.date;
      if (!d && !ts.relative) return false;
      if (d) setDate(d);
      if (ts.zone) zone = ts.zone;
      if (seg.dateOnlyIsContext || rest === '') return true;
    } else {
      const d = ts.date ?? seg.date;
      if (d) setDate(d);
      if (ts.time) {
        if (d) lastClock = clockMinutes(ts.time);
        else rollOver(ts.time);
      }
    }
    const entryZone = ts.zone ?? zone ?? ctx.defaultZone;
    const entry = makeEntry(ts, stampStart, rest, date, entryZone, lines);
    if (date) entryDays.set(entry, date);
    entries.push(entry);
    return true;
  };

  // A timeline written as steps ("**Investigation:** …") with no time anywhere in it: each item is an entry without a time.
  let untimedLists: Array<{ list: List; day: PartialDate | null }> = [];
  let runStart = -1;
  const endRun = () => {
    if (runStart === entries.length) for (const { list, day } of untimedLists) untimedItems(list, day);
    untimedLists = [];
    runStart = -1;
  };
  for (const block of blocks) {
    const node = block.node;
    if (block.kind !== 'timeline') {
      endRun();
      // A list of dated, timed events is a timeline wherever it stands, except in impact.
      if (node.type === 'list' && block.kind !== 'impact' && isStampedList(node, text)) listEntries(node, consider);
      continue;
    }
    if (runStart < 0) runStart = entries.length;
    if (node.type === 'heading') {
      const start = node.children[0]?.position?.start.offset ?? node.position!.start.offset!;
      const end = node.position!.end.offset!;
      const before = entries.length;
      const isEntry = consider({ start, end, textEnd: end, dateOnlyIsContext: true });
      if (!isEntry) {
        zone = findZone(plainText(node)) ?? zone;
        pendingHeading = null;
      } else {
        pendingHeading = entries.length > before ? entries[entries.length - 1] : null;
      }
      continue;
    }
    if (node.type === 'paragraph') {
      const found = paragraphEntries(node, consider);
      if (!found) {
        // "All times in UTC." stated once above the entries.
        zone = findZone(plainText(node)) ?? zone;
        if (pendingHeading && pendingHeading.text === '') pendingHeading.text = plainWords(node);
      }
      pendingHeading = null;
      continue;
    }
    if (node.type === 'list') {
      const before = entries.length;
      listEntries(node, consider, true);
      if (entries.length === before) untimedLists.push({ list: node, day: date });
    } else if (node.type === 'listItem') itemEntries(node, consider, true);
    else if (node.type === 'code') codeEntries(node);
    else if (node.type === 'table') {
      const before = entries.length;
      tableEntries(node, text, consider);
      // A timeline table whose time column names stages ("발견", "—") instead of times: each row is an entry without a time.
      if (entries.length === before) untimedRows(node, text);
    }
    pendingHeading = null;
  }
  endRun();
  assignSortKeys(entries, entryDays);
  return entries;

  /**
   * A code block in a timeline section that is the timeline written as preformatted text ("11:00 - 트래픽 증가",
   * a log excerpt): at least two of its lines, and most of them, open with a time. Each such line is an entry;
   * the fences and the lines between entries are none. A lone log line quoted among the entries is no entry.
   */
  function codeEntries(node: Code) {
    const pos = node.position!;
    let end = pos.end.offset!;
    const lastLine = pos.end.line;
    if (lastLine > pos.start.line && /^\s*(?:```|~~~)/.test(text.slice(lines.lineStart(lastLine), lines.lineEnd(lastLine)))) end = lines.lineStart(lastLine);
    let timed = 0;
    let filled = 0;
    for (const line of node.value.split('\n')) {
      if (!line.trim()) continue;
      filled++;
      if (readLeadingTimestamp(line)?.time) timed++;
    }
    if (timed < 2 || timed * 2 < filled) return;
    paragraphEntries({ ...node, position: { ...pos, end: { ...pos.end, offset: end } } } as Nodes, consider);
  }

  function untimedRows(table: Table, source: string) {
    const [header, ...rows] = table.children;
    if (!header || rows.length < 2) return;
    const names = header.children.map((c) => plainWords(c));
    const timeCol = names.findIndex((n) => TIME_HEADER.test(n));
    if (timeCol < 0 || names.length < 2) return;
    // Stage words or dashes only: a column of durations ("5 min") is no timeline.
    if (rows.some((r) => /\d/.test(r.children[timeCol] ? plainText(r.children[timeCol]) : ''))) return;
    for (const row of rows) {
      const cell = row.children[timeCol];
      if (!cell?.position) continue;
      const rest = row.children.filter((_, i) => i !== timeCol).map((c) => plainWords(c)).filter(Boolean).join(' — ');
      if (!rest) continue;
      const start = cell.position.start.offset!;
      const raw = source.slice(start, cell.position.end.offset!);
      const lead = /^[|\s]*/.exec(raw)![0].length;
      const length = raw.slice(lead).replace(/[|\s]+$/, '').length;
      const ts: Timestamp = { date: null, time: null, zone: null, invalid: false, unreadable: null, start: 0, end: length };
      const entry = makeEntry(ts, start + lead, rest, date, zone ?? ctx.defaultZone, lines);
      if (date) entryDays.set(entry, date);
      entries.push(entry);
    }
  }

  function untimedItems(list: List, day: PartialDate | null) {
    if (list.children.length < 3) return;
    for (const item of list.children) {
      const first = item.children[0];
      if (first?.type !== 'paragraph' || !first.position) continue;
      const start = first.position.start.offset!;
      const lineEnd = Math.min(first.position.end.offset!, lines.lineEnd(first.position.start.line));
      const label = first.children[0]?.type === 'strong' ? first.children[0] : null;
      const labelEnd = label?.position ? label.position.end.offset! - start : 0;
      const rest = tidyText(inlinePlain(text.slice(start + labelEnd, lineEnd)).replace(/^\s*[:：\-–—]\s*/, ''));
      if (!rest) continue;
      const ts: Timestamp = { date: null, time: null, zone: null, invalid: false, unreadable: null, start: 0, end: labelEnd };
      const entry = makeEntry(ts, start, rest, day, zone ?? ctx.defaultZone, lines);
      if (day) entryDays.set(entry, day);
      entries.push(entry);
    }
  }

  function paragraphEntries(node: Nodes, take: (s: Segment) => boolean): boolean {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    // Lines, and `<br>`-joined entries, each may start an entry.
    const cuts: number[] = [start];
    const re = /\r?\n|\r|<br\s*\/?>/gi;
    re.lastIndex = 0;
    const slice = text.slice(start, end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) cuts.push(start + m.index + m[0].length);
    let found = false;
    const starts: number[] = [];
    for (const c of cuts) {
      const lineEnd = Math.min(end, lines.lineEnd(lines.point(c).line));
      if (readLeadingTimestamp(text.slice(c, lineEnd))) starts.push(c);
    }
    for (let i = 0; i < starts.length; i++) {
      const s = starts[i];
      const nextStart = i + 1 < starts.length ? starts[i + 1] : end;
      const lineEnd = Math.min(end, lines.lineEnd(lines.point(s).line));
      if (take({ start: s, end: lineEnd, textEnd: nextStart, dateOnlyIsContext: false })) found = true;
    }
    return found;
  }

  /** `timeline`: the list stands in a timeline section, where its top-level items may give their time mid-sentence. */
  function listEntries(list: List, take: (s: Segment) => boolean, timeline = false) {
    for (const item of list.children) itemEntries(item, take, timeline);
  }

  function itemEntries(item: ListItem, take: (s: Segment) => boolean, timeline = false) {
    const first = item.children[0];
    if (first && first.type === 'paragraph') {
      const start = first.position!.start.offset!;
      const lineEnd = Math.min(first.position!.end.offset!, lines.lineEnd(first.position!.start.line));
      const isEntry = take({ start, end: lineEnd, textEnd: first.position!.end.offset!, dateOnlyIsContext: false, allowInner: true, innerClock: timeline });
      // A paragraph in an item may hold several `<br>`/line entries.
      if (!isEntry) paragraphEntries(first, take);
      else if (/<br\s*\/?>|\n/i.test(text.slice(lineEnd, first.position!.end.offset!))) {
        const lastBefore = entries.length;
        const rest = { ...first, position: { ...first.position!, start: { ...first.position!.start, offset: lineEnd } } };
        paragraphEntries(rest as Nodes, take);
        // The first entry's text stops where a later entry begins.
        if (entries.length > lastBefore) {
          const firstEntry = entries[lastBefore - 1];
          firstEntry.text = tidyText(inlinePlain(text.slice(firstEntry.span.end.offset, entries[lastBefore].span.start.offset)));
        }
      }
    }
    for (const child of item.children) {
      if (child.type === 'list') listEntries(child, take);
      else if (child !== first && child.type === 'paragraph') paragraphEntries(child, take);
    }
  }
}

function isStampedList(list: List, text: string): boolean {
  if (list.children.length < 2) return false;
  return list.children.every((item) => {
    const first = item.children[0];
    if (!first || first.type !== 'paragraph') return false;
    const ts = readLeadingTimestamp(text.slice(first.position!.start.offset!, first.position!.end.offset!));
    return ts !== null && ts.date !== null && ts.time !== null;
  });
}

const TIME_HEADER = unicodeWords(/\b(time|timestamp|when|hour)\b|시간|시각|일시|시점/i);
const DAY_HEADER = unicodeWords(/\bday\b/i);
const DATE_HEADER = unicodeWords(/\b(date|day)\b|날짜|일자/i);

function tableEntries(table: Table, text: string, take: (s: Segment) => boolean) {
  const [header, ...rows] = table.children;
  if (!header) return;
  const names = header.children.map((c) => plainWords(c));
  let timeCol = names.findIndex((n) => TIME_HEADER.test(n));
  const dateCol = names.findIndex((n, i) => i !== timeCol && DATE_HEADER.test(n) && !DAY_HEADER.test(n));
  if (timeCol < 0) timeCol = dateCol >= 0 ? dateCol : 0;
  // A table whose header row is itself an entry (no header names).
  const bodyRows = readLeadingTimestamp(names[timeCol] ?? '') ? table.children : rows;
  for (const row of bodyRows) {
    const cell = row.children[timeCol];
    if (!cell || !cell.position) continue;
    const others = row.children
      .filter((_, i) => i !== timeCol && i !== dateCol && !/^(day|요일)$/i.test(names[i] ?? ''))
      .map((c) => plainWords(c))
      .filter(Boolean);
    let rowDate: PartialDate | null = null;
    if (dateCol >= 0 && dateCol !== timeCol && row.children[dateCol]) {
      rowDate = readLeadingTimestamp(plainWords(row.children[dateCol]))?.date ?? null;
    }
    const start = cell.position.start.offset!;
    const end = cell.position.end.offset!;
    // Skip the cell's leading pipe and spaces so spans point at the time itself.
    const lead = /^[|\s]*/.exec(text.slice(start, end))![0].length;
    take({ start: start + lead, end, textEnd: end, text: others.join(' — '), date: rowDate, dateOnlyIsContext: false });
  }
}

function makeEntry(
  ts: Timestamp,
  base: number,
  rest: string,
  date: PartialDate | null,
  zone: string | null,
  lines: LineIndex,
): TimelineEntry {
  const span = lines.span(base + ts.start, base + ts.end);
  const dateText = date ? formatDate(date) : null;
  const offset = zone ? zoneOffset(zone, date, ts.time) : null;
  const iso = ts.time && dateText && offset !== null ? dateText + 'T' + ts.time + formatOffset(offset) : null;
  return {
    line: span.start.line,
    time: ts.time,
    rawTime: lines.text.slice(base + ts.start, base + ts.end).trim(),
    date: dateText,
    unreadable: ts.unreadable,
    zone,
    iso,
    text: rest,
    phase: phaseOf(rest),
    span,
    sortKey: null,
  };
}

/** Year assumed, for ordering only, for days written without a year (a leap year, so 2월 29일 exists). */
const SORT_YEAR = 2000;

/**
 * Orders entries on one axis: absolute minutes when a day is known (days
 * without a year count within one assumed year), else minutes of the day,
 * rolling over midnight when the clock jumps back by half a day.
 */
function assignSortKeys(entries: TimelineEntry[], days: Map<TimelineEntry, PartialDate>) {
  let dayBase = 0;
  let previous: number | null = null;
  for (const e of entries) {
    const day = days.get(e) ?? null;
    if (e.time === null && day === null) continue;
    const offset = e.zone ? (zoneOffset(e.zone, day, e.time) ?? 0) : 0;
    if (day) {
      dayBase = dayMinutes({ year: day.year ?? SORT_YEAR, month: day.month, day: day.day });
      e.sortKey = dayBase + (e.time ? clockMinutes(e.time) : 0) - offset;
    } else if (e.time) {
      let key = dayBase + clockMinutes(e.time) - offset;
      if (previous !== null && key < previous - 12 * 60) {
        dayBase += 1440;
        key += 1440;
      }
      e.sortKey = key;
    }
    previous = e.sortKey;
  }
}
