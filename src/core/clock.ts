import { offsetAtInstant } from './model/time.js';

/** Today in the user's time zone, YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
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
