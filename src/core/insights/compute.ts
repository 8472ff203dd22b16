import { incidentDay } from '../model/incident-date.js';
import { isOverdue } from '../model/overdue.js';
import type { PostmortemModel } from '../model/types.js';
import { recurring, type Recurring } from './recurring.js';
import type { SystemsOptions } from './systems.js';
import { severityOf, type SeverityLevel } from './severity.js';

/** One postmortem, as the insights read it. */
export interface InsightSource {
  /** Where it is, as the caller names it (a workspace-relative path, a URI). */
  path: string;
  model: PostmortemModel;
  /** The document's text: with it, recurring terms and repeated fixes are found too. */
  text?: string;
}

export interface IncidentPoint {
  path: string;
  title: string;
  /** YYYY-MM-DD, or null when the document says no date. */
  date: string | null;
  severity: SeverityLevel;
  timeToDetectMinutes: number | null;
  timeToRecoverMinutes: number | null;
  actionItems: { total: number; done: number; open: number; overdue: number };
}

export interface Trend {
  /** Median over all incidents with the measure. */
  median: number | null;
  /** Median of the older and of the newer half of the incidents (by date), to show the direction. */
  earlier: number | null;
  later: number | null;
  /** `later` against `earlier`: shorter is better for both measures. */
  direction: 'better' | 'worse' | 'same' | null;
  count: number;
}

export interface FollowThrough {
  /** Age of the postmortem, in days: [from, to). */
  ageDays: [number, number | null];
  postmortems: number;
  items: number;
  done: number;
  /** done / items, or null without items. */
  share: number | null;
}

export interface Insights {
  today: string;
  postmortems: number;
  undated: number;
  /** Incidents per month (YYYY-MM), by severity level, oldest first; months without incidents are included. */
  months: Array<{ month: string; total: number; bySeverity: Record<SeverityLevel, number> }>;
  incidents: IncidentPoint[];
  timeToDetect: Trend;
  timeToRecover: Trend;
  actionItems: {
    total: number;
    done: number;
    open: number;
    overdue: number;
    /** Ages in days of open items (from their postmortem's date), bucketed. */
    openAge: Array<{ ageDays: [number, number | null]; count: number }>;
  };
  followThrough: FollowThrough[];
  /** Present when every source came with its text. */
  recurring?: Recurring;
}

const AGE_BUCKETS: Array<[number, number | null]> = [
  [0, 30],
  [30, 90],
  [90, 180],
  [180, 365],
  [365, null],
];

const DAY_MS = 86_400_000;

function days(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / DAY_MS);
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median and its direction: the older half against the newer half of the dated incidents. */
function trend(points: IncidentPoint[], pick: (p: IncidentPoint) => number | null): Trend {
  const all = points.map(pick).filter((v): v is number => v !== null);
  const dated = points.filter((p) => p.date && pick(p) !== null).sort((a, b) => a.date!.localeCompare(b.date!));
  const half = dated.length >> 1;
  // Fewer than four dated incidents say nothing about a direction.
  const earlier = dated.length >= 4 ? median(dated.slice(0, half).map((p) => pick(p)!)) : null;
  const later = dated.length >= 4 ? median(dated.slice(dated.length - half).map((p) => pick(p)!)) : null;
  let direction: Trend['direction'] = null;
  if (earlier !== null && later !== null) {
    // Within a tenth of each other is the same: medians of a few incidents move by chance.
    const change = earlier === 0 ? later : (later - earlier) / earlier;
    direction = Math.abs(change) <= 0.1 ? 'same' : later < earlier ? 'better' : 'worse';
  }
  return { median: median(all), earlier, later, direction, count: all.length };
}

function bucketOf(age: number): number {
  return AGE_BUCKETS.findIndex(([from, to]) => age >= from && (to === null || age < to));
}

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  // A document dated decades apart would make thousands of empty months: at most 20 years are listed.
  while ((y < ly || (y === ly && m <= lm)) && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

const NAMED_DAY = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;

/** The incident's day: as the document says it, else as its title or file name does ("2017-09-27, Hub 403", "2017-09-27-hub-403.md"). */
function dateOf(path: string, model: PostmortemModel): string | null {
  const said = incidentDay(model);
  if (said) return said;
  for (const text of [model.title ?? '', path.slice(path.lastIndexOf('/') + 1)]) {
    const m = NAMED_DAY.exec(text);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31) return m[0];
  }
  return null;
}

const emptyLevels = (): Record<SeverityLevel, number> => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, unknown: 0 });

/**
 * What the set of postmortems says as a whole: incidents per month by
 * severity, time to detect and recover with their medians and direction,
 * action items' state and age, and how many get done as postmortems age.
 */
export function computeInsights(sources: readonly InsightSource[], today: string, options: SystemsOptions = {}): Insights {
  const postmortems = sources.filter((s) => s.model.isPostmortem);
  const incidents: IncidentPoint[] = postmortems
    .map(({ path, model }) => {
      const items = model.actionItems;
      const done = items.filter((a) => a.done).length;
      return {
        path,
        title: model.title ?? path,
        date: dateOf(path, model),
        severity: severityOf(model.metadata.severity),
        timeToDetectMinutes: model.metrics.timeToDetectMinutes,
        timeToRecoverMinutes: model.metrics.timeToRecoverMinutes,
        actionItems: { total: items.length, done, open: items.length - done, overdue: items.filter((a) => isOverdue(a, today)).length },
      };
    })
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.path.localeCompare(b.path));

  const dated = incidents.filter((p) => p.date);
  const perMonth = new Map<string, Record<SeverityLevel, number>>();
  if (dated.length) for (const m of monthsBetween(dated[0]!.date!.slice(0, 7), dated[dated.length - 1]!.date!.slice(0, 7))) perMonth.set(m, emptyLevels());
  for (const p of dated) {
    const levels = perMonth.get(p.date!.slice(0, 7));
    if (levels) levels[p.severity]++;
  }

  const openAge = AGE_BUCKETS.map((ageDays) => ({ ageDays, count: 0 }));
  const follow: FollowThrough[] = AGE_BUCKETS.map((ageDays) => ({ ageDays, postmortems: 0, items: 0, done: 0, share: null }));
  for (const { path, model } of sources.filter((s) => s.model.isPostmortem)) {
    const day = dateOf(path, model);
    if (!day) continue;
    const b = bucketOf(Math.max(0, days(day, today)));
    if (b < 0) continue;
    const f = follow[b]!;
    f.postmortems++;
    f.items += model.actionItems.length;
    f.done += model.actionItems.filter((a) => a.done).length;
    openAge[b]!.count += model.actionItems.filter((a) => !a.done).length;
  }
  for (const f of follow) f.share = f.items ? f.done / f.items : null;

  const total = incidents.reduce((n, p) => n + p.actionItems.total, 0);
  const done = incidents.reduce((n, p) => n + p.actionItems.done, 0);
  return {
    today,
    postmortems: incidents.length,
    undated: incidents.length - dated.length,
    months: [...perMonth].map(([month, bySeverity]) => ({ month, total: Object.values(bySeverity).reduce((a, b) => a + b, 0), bySeverity })),
    incidents,
    timeToDetect: trend(incidents, (p) => p.timeToDetectMinutes),
    timeToRecover: trend(incidents, (p) => p.timeToRecoverMinutes),
    actionItems: { total, done, open: total - done, overdue: incidents.reduce((n, p) => n + p.actionItems.overdue, 0), openAge },
    followThrough: follow,
    ...(postmortems.length && postmortems.every((s) => s.text !== undefined) ? { recurring: recurring(postmortems.map((s) => ({ path: s.path, text: s.text!, model: s.model })), today, options) } : {}),
  };
}
