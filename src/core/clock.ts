/** Today in the user's time zone, YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Now as HH:MM, in UTC when the timeline says so, else local time. */
export function clockNow(utc: boolean, now = new Date()): string {
  const h = utc ? now.getUTCHours() : now.getHours();
  const m = utc ? now.getUTCMinutes() : now.getMinutes();
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
