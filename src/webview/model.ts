// Pure helpers of the board webview: what to show and in which order. No DOM
// here, so the rules can be unit-tested in Node.
import type { BoardGroup, BoardItem, BoardState, BoardViewState, Term } from '../board/protocol.js';

export type Column = Term | 'unplanned';
export const COLUMNS: readonly Column[] = ['short', 'mid', 'long', 'unplanned'];

export type Filter = Pick<BoardViewState, 'owner' | 'openOnly' | 'overdueOnly'>;

/** Owners named anywhere on the board, each once, in a stable order. */
export function ownersOf(groups: readonly BoardGroup[]): string[] {
  const owners = new Set<string>();
  for (const g of groups) for (const i of g.items) if (i.owner) owners.add(i.owner);
  return [...owners].sort((a, b) => a.localeCompare(b));
}

export function matches(item: BoardItem, filter: Filter): boolean {
  if (filter.openOnly && item.done) return false;
  if (filter.overdueOnly && !item.overdue) return false;
  return filter.owner === null || item.owner === filter.owner;
}

export function filterItems(items: readonly BoardItem[], filter: Filter): BoardItem[] {
  return items.filter((i) => matches(i, filter));
}

/**
 * Document order: a card keeps its place when it is ticked or its due date
 * passes (a card that jumps away under the pointer is lost); done and overdue
 * cards stand out by their look instead.
 */
export function compareItems(a: BoardItem, b: BoardItem): number {
  return a.line - b.line;
}

export function columnOf(item: BoardItem): Column {
  return item.term === 'short' || item.term === 'mid' || item.term === 'long' ? item.term : 'unplanned';
}

export function columnsOf(items: readonly BoardItem[]): Record<Column, BoardItem[]> {
  const out: Record<Column, BoardItem[]> = { short: [], mid: [], long: [], unplanned: [] };
  for (const i of items) out[columnOf(i)].push(i);
  for (const c of COLUMNS) out[c].sort(compareItems);
  return out;
}

/** Groups with overdue work first, then the most open items; otherwise as received. */
export function sortGroups<G extends Pick<BoardGroup, 'items'>>(groups: readonly G[]): G[] {
  const overdue = (g: G) => Number(g.items.some((i) => i.overdue && !i.done));
  const open = (g: G) => g.items.filter((i) => !i.done).length;
  return [...groups].sort((a, b) => overdue(b) - overdue(a) || open(b) - open(a));
}

/** "0m", "45m", "1h 30m", "2d 3h": two units at most, whole minutes. */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return '';
  const sign = minutes < 0 ? '-' : '';
  let m = Math.round(Math.abs(minutes));
  const d = Math.floor(m / 1440);
  m -= d * 1440;
  const h = Math.floor(m / 60);
  m -= h * 60;
  const parts = d ? [`${d}d`, h ? `${h}h` : ''] : h ? [`${h}h`, m ? `${m}m` : ''] : [`${m}m`];
  return sign + parts.filter(Boolean).join(' ');
}

const STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 20160, 43200];

export interface Axis {
  /** The axis runs from 0 to `end` minutes. */
  end: number;
  step: number;
  ticks: number[];
}

/**
 * A time axis from 0 covering `maxMinutes`, with round tick steps and no more
 * ticks than fit in `widthPx` (about one per `minGapPx`).
 */
export function timeAxis(maxMinutes: number, widthPx: number, minGapPx = 56): Axis {
  const max = Math.max(Number.isFinite(maxMinutes) ? maxMinutes : 0, 5);
  const room = Math.max(1, Math.floor(widthPx / minGapPx));
  const step = STEPS.find((s) => Math.ceil(max / s) <= room) ?? Math.ceil(max / room / 1440) * 1440;
  const end = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= end; t += step) ticks.push(t);
  return { end, step, ticks };
}

/** Position of `minutes` between x0 and x1; values outside the axis are clamped to it. */
export function scaleX(minutes: number, axis: Axis, x0: number, x1: number): number {
  const m = Math.min(Math.max(Number.isFinite(minutes) ? minutes : 0, 0), axis.end);
  return x0 + ((x1 - x0) * m) / axis.end;
}

/**
 * Rows for markers at positions `xs` so that none in a row are closer than
 * `gap`: entries at the same time stack instead of hiding each other.
 */
export function lanes(xs: readonly number[], gap: number): number[] {
  const lastInLane: number[] = [];
  return xs.map((x) => {
    let lane = lastInLane.findIndex((last) => x - last >= gap);
    if (lane < 0) lane = lastInLane.length;
    lastInLane[lane] = x;
    return lane;
  });
}

/** Whatever getState returns (possibly from an older version) as a complete view state. */
export function normalizeViewState(raw: unknown): BoardViewState {
  const s = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    mode: s.mode === 'workspace' ? 'workspace' : 'document',
    uri: typeof s.uri === 'string' ? s.uri : null,
    owner: typeof s.owner === 'string' ? s.owner : null,
    openOnly: s.openOnly === true,
    overdueOnly: s.overdueOnly === true,
  };
}

/**
 * The view state after a new board state arrives: the panel's mode and
 * document (which the extension reads back to restore the panel), and an owner
 * filter only while that owner is still on the board.
 */
export function viewStateFor(view: BoardViewState, state: Pick<BoardState, 'mode' | 'groups'>): BoardViewState {
  const owner = view.owner !== null && ownersOf(state.groups).includes(view.owner) ? view.owner : null;
  const uri = state.mode === 'document' ? (state.groups[0]?.uri ?? view.uri) : null;
  return { ...view, mode: state.mode, uri, owner };
}

/** A link's text when it has no label: host and path, without the scheme, shortened. */
export function shortUrl(href: string, max = 48): string {
  let text = href;
  try {
    const u = new URL(href);
    text = u.host + (u.pathname === '/' ? '' : u.pathname) + u.search + u.hash;
  } catch {
    // Not a URL: shown as it is.
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
