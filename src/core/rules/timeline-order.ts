import type { TimelineEntry } from '../model/types.js';
import { defineRule } from './define.js';

function label(e: TimelineEntry): string {
  return e.date && e.time ? `${e.date} ${e.time}` : (e.time ?? e.date ?? e.rawTime);
}

export default defineRule({
  id: 'timeline-order',
  description: 'Timeline entries are in chronological order.',
  defaultSeverity: 'warning',
  defaultOptions: {},
  check({ model, report }) {
    let latest: TimelineEntry | null = null;
    for (const entry of model.timeline) {
      if (entry.sortKey === null) continue;
      if (latest && entry.sortKey < latest.sortKey!) {
        report({
          message: {
            en: `Timeline entry ${label(entry)} comes after ${label(latest)} (line ${latest.line}) but is earlier; check the time or move the entry.`,
            ko: `타임라인 항목 ${label(entry)}이(가) ${label(latest)} (${latest.line}행) 뒤에 있지만 더 이른 시각입니다. 시간을 확인하거나 항목을 옮겨 주세요.`,
          },
          span: entry.span,
        });
        continue;
      }
      latest = entry;
    }
  },
});
