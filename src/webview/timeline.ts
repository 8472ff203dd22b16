/// <reference lib="dom" />
// The incident at a glance: timeline entries on a time axis, coloured by phase,
// with the time-to-detect and time-to-recover spans marked from the start.
import type { BoardGroup, BoardString, BoardTimelineEntry } from '../board/protocol.js';
import { el, onActivate, svg } from './dom.js';
import { formatMinutes, lanes, scaleX, timeAxis } from './model.js';

export interface TimelineActions {
  reveal(uri: string, line: number): void;
}

const PAD_LEFT = 14;
const PAD_RIGHT = 26;
const BRACKET_ROW = 20;
const LANE = 16;
const RADIUS = 5;

function entryLabel(e: BoardTimelineEntry): string {
  return `${e.label} — ${e.text}`;
}

/** Builds the strip for a given pixel width. */
function draw(group: BoardGroup, strings: Record<BoardString, string>, width: number, key: string, caption: HTMLElement, actions: TimelineActions): SVGSVGElement {
  const entries = [...group.timeline].sort((a, b) => a.offset - b.offset || a.line - b.line);
  const spans = (
    [
      ['ttd', group.timeToDetectMinutes],
      ['ttr', group.timeToRecoverMinutes],
    ] as const
  ).filter((s): s is readonly ['ttd' | 'ttr', number] => typeof s[1] === 'number' && Number.isFinite(s[1]) && s[1] >= 0);
  const x0 = PAD_LEFT;
  const x1 = Math.max(width - PAD_RIGHT, x0 + 40);
  const axis = timeAxis(Math.max(0, ...entries.map((e) => e.offset), ...spans.map((s) => s[1])), x1 - x0);
  const xs = entries.map((e) => scaleX(e.offset, axis, x0, x1));
  const lane = lanes(xs, RADIUS * 2 + 3);
  const laneCount = Math.max(1, ...lane.map((l) => l + 1));

  const trackTop = 4 + spans.length * BRACKET_ROW;
  const entryY = (l: number) => trackTop + 12 + l * LANE;
  const axisY = entryY(laneCount - 1) + 14;
  const height = axisY + 22;

  const root = svg('svg', { class: 'timeline-strip', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': strings.timeline });

  // Bands behind the entries, side by side: until detection, then until recovery.
  const bands = svg('g', { class: 'bands', 'aria-hidden': 'true' });
  let from = x0;
  for (const [kind, minutes] of [...spans].sort((a, b) => a[1] - b[1])) {
    const x = scaleX(minutes, axis, x0, x1);
    if (x > from) bands.append(svg('rect', { class: `band band-${kind}`, x: from, y: trackTop, width: x - from, height: axisY - trackTop }));
    from = Math.max(from, x);
  }
  spans.forEach(([kind, minutes], row) => {
    const x = scaleX(minutes, axis, x0, x1);
    const y = 4 + row * BRACKET_ROW + 14;
    bands.append(
      svg('path', { class: `bracket bracket-${kind}`, d: `M${x0} ${y + 5}V${y}H${x}V${y + 5}` }),
      svg('text', { class: `bracket-label bracket-label-${kind}`, x: x0 + 3, y: y - 3 }, `${strings[kind]} ${formatMinutes(minutes)}`),
    );
  });
  root.append(bands);

  const axisG = svg('g', { class: 'axis', 'aria-hidden': 'true' }, svg('line', { class: 'axis-line', x1: x0, x2: x1, y1: axisY, y2: axisY }));
  for (const t of axis.ticks) {
    const x = scaleX(t, axis, x0, x1);
    axisG.append(svg('line', { class: 'tick', x1: x, x2: x, y1: axisY, y2: axisY + 4 }), svg('text', { class: 'tick-label', x, y: axisY + 16 }, formatMinutes(t)));
  }
  root.append(axisG);

  const show = (text: string) => {
    caption.textContent = text;
  };
  // Stems sit in their own layer behind all dots, so a stem never covers a stacked dot.
  const stems = svg('g', { class: 'stems', 'aria-hidden': 'true' });
  entries.forEach((e, i) => stems.append(svg('line', { class: `stem phase-${e.phase ?? 'unknown'}`, x1: xs[i], x2: xs[i], y1: entryY(lane[i]) + RADIUS, y2: axisY })));
  root.append(stems);
  entries.forEach((e, i) => {
    const cy = entryY(lane[i]);
    const g = svg(
      'g',
      { class: `entry phase-${e.phase ?? 'unknown'}`, tabindex: 0, role: 'button', 'aria-label': entryLabel(e), 'data-key': `${key}:entry:${e.line}` },
      svg('title', {}, entryLabel(e)),
      svg('circle', { class: 'focus-ring', cx: xs[i], cy, r: RADIUS + 3 }),
      svg('circle', { class: 'dot', cx: xs[i], cy, r: RADIUS }),
    );
    onActivate(g, () => actions.reveal(group.uri, e.line));
    g.addEventListener('pointerenter', () => show(entryLabel(e)));
    g.addEventListener('focus', () => show(entryLabel(e)));
    g.addEventListener('pointerleave', () => show(''));
    g.addEventListener('blur', () => show(''));
    root.append(g);
  });
  return root;
}

/** Redraws strips when their width changes; one observer for the whole board. */
export class TimelineSizer {
  private readonly draws = new WeakMap<Element, (width: number) => void>();
  private readonly observer = new ResizeObserver((records) => {
    for (const r of records) this.draws.get(r.target)?.(Math.floor(r.contentRect.width));
  });

  watch(target: Element, drawAt: (width: number) => void): void {
    this.draws.set(target, drawAt);
    this.observer.observe(target);
  }

  clear(): void {
    this.observer.disconnect();
  }
}

/**
 * The figure for one group, or nothing when there is nothing to draw. The strip
 * itself is drawn once the figure has a width, and again when that changes.
 */
export function renderTimeline(group: BoardGroup, strings: Record<BoardString, string>, key: string, sizer: TimelineSizer, actions: TimelineActions): HTMLElement | null {
  if (!group.timeline.length && group.timeToDetectMinutes === null && group.timeToRecoverMinutes === null) return null;
  const caption = el('span', { class: 'timeline-caption' });
  const frame = el('div', { class: 'timeline-frame' });
  const figure = el('figure', { class: 'timeline' }, el('figcaption', {}, el('span', { class: 'timeline-title' }, strings.timeline), caption), frame);
  let drawn = -1;
  sizer.watch(frame, (width) => {
    if (width <= 0 || width === drawn) return;
    drawn = width;
    // Keep keyboard focus on the same entry across a redraw.
    const focused = frame.contains(document.activeElement) ? document.activeElement?.getAttribute('data-key') : null;
    frame.replaceChildren(draw(group, strings, width, key, caption, actions));
    if (focused) for (const e of Array.from(frame.querySelectorAll('[data-key]'))) if (e.getAttribute('data-key') === focused) (e as SVGElement).focus();
  });
  return figure;
}
