import type { TimelineEntry } from '../model/types.js';
import { defineRule } from './define.js';

function label(e: TimelineEntry): string {
  return e.date && e.time ? `${e.date} ${e.time}` : (e.time ?? e.date ?? e.rawTime);
}

/**
 * The entries that stay in place: the longest run, in document order, whose
 * times never decrease (O(n log n)). Every other entry is out of place; one
 * misplaced entry is one message, however many entries follow it.
 */
export function longestOrderedRun(keys: number[]): Set<number> {
  const tails: number[] = []; // index into keys of the last element of the best run of each length
  const previous = new Array<number>(keys.length).fill(-1);
  for (let i = 0; i < keys.length; i++) {
    // First run length whose tail is greater than keys[i] (non-decreasing runs may repeat a time).
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]] <= keys[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) kept.add(i);
  return kept;
}

/**
 * Like longestOrderedRun, but among runs of the same length keeps the entries
 * written first: of two swapped entries, the second one is reported.
 */
function keptEntries(keys: number[]): Set<number> {
  const n = keys.length;
  const reversed = longestOrderedRun(keys.map((_, i) => -keys[n - 1 - i]));
  return new Set([...reversed].map((i) => n - 1 - i));
}

export default defineRule({
  id: 'timeline-order',
  description: 'Timeline entries are in chronological order.',
  defaultSeverity: 'warning',
  defaultOptions: {},
  check({ model, report }) {
    const timed = model.timeline.filter((e) => e.sortKey !== null);
    const kept = keptEntries(timed.map((e) => e.sortKey!));
    timed.forEach((entry, i) => {
      if (kept.has(i)) return;
      let before: TimelineEntry | null = null;
      for (let j = i - 1; j >= 0 && !before; j--) if (kept.has(j)) before = timed[j];
      let after: TimelineEntry | null = null;
      for (let j = i + 1; j < timed.length && !after; j++) if (kept.has(j)) after = timed[j];
      if (before && entry.sortKey! < before.sortKey!) {
        report({
          message: {
            en: `Timeline entry ${label(entry)} comes after ${label(before)} (line ${before.line}) but is earlier; check the time or move the entry.`,
            ko: `타임라인 항목 ${label(entry)}이(가) ${label(before)} (${before.line}행) 뒤에 있지만 더 이른 시각입니다. 시간을 확인하거나 항목을 옮겨 주세요.`,
          },
          span: entry.span,
          related: [{ span: before.span, message: { en: `the entry ${label(entry)} comes after`, ko: `${label(entry)} 항목이 뒤에 오는 항목` } }],
        });
      } else if (after) {
        report({
          message: {
            en: `Timeline entry ${label(entry)} comes before ${label(after)} (line ${after.line}) but is later; check the time or move the entry.`,
            ko: `타임라인 항목 ${label(entry)}이(가) ${label(after)} (${after.line}행) 앞에 있지만 더 늦은 시각입니다. 시간을 확인하거나 항목을 옮겨 주세요.`,
          },
          span: entry.span,
          related: [{ span: after.span, message: { en: `the entry ${label(entry)} comes before`, ko: `${label(entry)} 항목이 앞에 오는 항목` } }],
        });
      }
    });
  },
});
