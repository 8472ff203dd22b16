import { offsetAtInstant } from './model/time.js';

/** Today in the user's time zone, YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A YYYY-MM-DD date that exists on the calendar (2026-02-30 does not). */
export function isCalendarDate(value: unknown): value is string {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

/**
 * The wall clock in a zone at an instant: what a timeline that states that
 * zone should say "now" is. Null when the zone is not known.
 */
export function wallClock(zone: string, now = new Date()): { date: string; time: string } | null {
  const offset = offsetAtInstant(zone, now.getTime());
  if (offset === null) return null;
  const t = new Date(now.getTime() + offset * 60000);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())}`, time: `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}` };
}
