import { formatDate, readLeadingDate } from './time.js';
import type { PostmortemModel } from './types.js';

/**
 * The day of the incident as YYYY-MM-DD: the front matter's `date` in any
 * form the timeline reads ("2026-01-14", "Mar 02, 2024", "2024년 3월 2일",
 * a range "January 14-19, 2026" gives its first day), else the first dated
 * timeline entry's; null when neither says.
 */
export function incidentDay(model: PostmortemModel): string | null {
  const front = model.metadata.date;
  if (typeof front === 'string' && front.trim()) {
    const d = readLeadingDate(front.trim());
    // A range writes the year once, at its end.
    const year = d && d.year === null ? /(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(front)?.[0] : undefined;
    const day = d && formatDate(year ? { ...d, year: Number(year) } : d);
    if (day) return day;
  }
  return model.timeline.find((e) => e.date)?.date ?? null;
}
