/// <reference lib="dom" />
// The insights page: the same script in the editor's webview and in the
// self-contained HTML report. Data comes as JSON in a <script> element of
// type application/json (report) or in a message (webview); DOM is built by
// name only (see dom.ts), and every chart has its numbers in a table too.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { Insights, Trend } from '../core/insights/compute.js';
import { el } from './dom.js';
import { INSIGHT_TEXTS, type InsightTexts } from './insights-texts.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

export interface InsightsPage {
  insights: Insights;
  language: 'en' | 'ko';
}

const LEVELS = [1, 2, 3, 4, 5, 'unknown'] as const;
// Distinguishable in light, dark and for common colour blindness (Okabe–Ito).
const PALETTE = ['#D55E00', '#E69F00', '#0072B2', '#009E73', '#CC79A7', '#999999'];

function css(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

function minutes(t: InsightTexts, m: number | null): string {
  if (m === null) return '—';
  return m < 120 ? t.minutes(Math.round(m)) : t.hours(Math.round(m / 6) / 10);
}

function tile(label: string, value: string, note?: string): HTMLElement {
  return el('div', { class: 'tile' }, el('div', { class: 'label' }, label), el('div', { class: 'value' }, value), note ? el('div', { class: 'note' }, note) : null);
}

/** Set in the editor's webview: asks the extension to open a postmortem at a line. The HTML report has none. */
let openPostmortem: ((path: string, line?: number) => void) | null = null;

/** A postmortem's name that opens it (a button, so the keyboard reaches it) where there is an editor; else plain text. */
function opener(label: string, path: string, line?: number): HTMLElement | string {
  if (!openPostmortem) return label;
  const open = openPostmortem;
  const button = el('button', { type: 'button', class: 'open', title: line ? `${path}:${line}` : path }, label);
  button.addEventListener('click', () => open(path, line));
  return button;
}

function table(caption: string, head: string[], rows: Array<Array<string | number | HTMLElement>>): HTMLElement {
  return el(
    'details',
    { class: 'numbers' },
    el('summary', {}, caption),
    el('table', {}, el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, typeof c === 'object' ? c : String(c))))))),
  );
}

function chartBox(title: string, id: string): { section: HTMLElement; canvas: HTMLCanvasElement } {
  const canvas = el('canvas', { id, role: 'img', 'aria-label': title });
  return { section: el('section', { class: 'chart' }, el('h2', {}, title), el('div', { class: 'canvas' }, canvas)), canvas };
}

function trendNote(t: InsightTexts, trend: Trend): string {
  if (trend.direction === null) return t.noTrend(trend.count);
  return t.trend[trend.direction](minutes(t, trend.earlier), minutes(t, trend.later));
}

/** Builds the page into `root`; returns the charts so a re-render can destroy them. */
export function renderInsights(root: HTMLElement, page: InsightsPage): Chart[] {
  const t = INSIGHT_TEXTS[page.language];
  const i = page.insights;
  const fg = css('--vscode-foreground', '#333');
  const grid = css('--vscode-editorWidget-border', 'rgba(128,128,128,0.3)');
  Chart.defaults.color = fg;
  Chart.defaults.borderColor = grid;
  Chart.defaults.font.family = css('--vscode-font-family', 'system-ui, sans-serif');
  root.replaceChildren();
  root.append(el('h1', {}, t.title), el('p', { class: 'sub' }, t.subtitle(i.postmortems, i.today)));
  if (!i.postmortems) {
    root.append(el('p', { class: 'empty' }, t.empty));
    return [];
  }
  const ai = i.actionItems;
  root.append(
    el(
      'div',
      { class: 'tiles' },
      tile(t.postmortems, String(i.postmortems), i.undated ? t.undated(i.undated) : undefined),
      tile(t.ttd, minutes(t, i.timeToDetect.median), trendNote(t, i.timeToDetect)),
      tile(t.ttr, minutes(t, i.timeToRecover.median), trendNote(t, i.timeToRecover)),
      tile(t.openItems, String(ai.open), t.ofTotal(ai.total)),
      tile(t.overdue, String(ai.overdue)),
      tile(t.done, ai.total ? `${Math.round((ai.done / ai.total) * 100)}%` : '—'),
    ),
  );
  const charts: Chart[] = [];

  const months = chartBox(t.perMonth, 'per-month');
  root.append(months.section, table(t.numbers, [t.month, ...LEVELS.map((l) => t.level(l)), t.total], i.months.map((m) => [m.month, ...LEVELS.map((l) => m.bySeverity[l]), m.total])));
  charts.push(
    new Chart(months.canvas, {
      type: 'bar',
      data: {
        labels: i.months.map((m) => m.month),
        datasets: LEVELS.filter((l) => i.months.some((m) => m.bySeverity[l] > 0)).map((l) => ({ label: t.level(l), data: i.months.map((m) => m.bySeverity[l]), backgroundColor: PALETTE[LEVELS.indexOf(l)] })),
      },
      options: { animation: false, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    }),
  );

  const timed = i.incidents.filter((p) => p.date && (p.timeToDetectMinutes !== null || p.timeToRecoverMinutes !== null));
  const times = chartBox(t.times, 'times');
  root.append(times.section, table(t.numbers, [t.date, t.incident, t.ttd, t.ttr], timed.map((p) => [p.date!, opener(p.title, p.path), minutes(t, p.timeToDetectMinutes), minutes(t, p.timeToRecoverMinutes)])));
  const median = (m: number | null) => timed.map(() => m);
  charts.push(
    new Chart(times.canvas, {
      type: 'line',
      data: {
        labels: timed.map((p) => p.date!),
        datasets: [
          { label: t.ttd, data: timed.map((p) => p.timeToDetectMinutes), borderColor: PALETTE[1], backgroundColor: PALETTE[1], showLine: false },
          { label: t.ttr, data: timed.map((p) => p.timeToRecoverMinutes), borderColor: PALETTE[2], backgroundColor: PALETTE[2], showLine: false },
          { label: t.medianOf(t.ttr), data: median(i.timeToRecover.median), borderColor: PALETTE[2], borderDash: [6, 4], pointRadius: 0 },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, title: { display: true, text: t.minutesAxis } } },
        // A point is an incident: clicking it opens that postmortem (the table under the chart does the same from the keyboard).
        onClick: (_event, elements) => {
          const hit = elements.find((e) => e.datasetIndex < 2);
          if (hit && openPostmortem) openPostmortem(timed[hit.index]!.path);
        },
      },
    }),
  );

  const ages = chartBox(t.openAge, 'open-age');
  const follow = i.followThrough.filter((f) => f.items > 0);
  root.append(
    ages.section,
    table(t.numbers, [t.age, t.openItems, t.followThrough], ai.openAge.map((b, k) => [t.ageRange(b.ageDays), b.count, i.followThrough[k]!.share === null ? '—' : `${Math.round(i.followThrough[k]!.share! * 100)}%`])),
  );
  charts.push(
    new Chart(ages.canvas, {
      type: 'bar',
      data: {
        labels: ai.openAge.map((b) => t.ageRange(b.ageDays)),
        datasets: [
          { label: t.openItems, data: ai.openAge.map((b) => b.count), backgroundColor: PALETTE[0], yAxisID: 'y' },
          { label: t.followThrough, data: i.followThrough.map((f) => (f.share === null ? null : Math.round(f.share * 100))), backgroundColor: PALETTE[3], yAxisID: 'share' },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, share: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, title: { display: true, text: '%' } } },
      },
    }),
  );
  if (!follow.length) root.append(el('p', { class: 'empty' }, t.noItems));
  const systems = i.recurring?.systems ?? [];
  if (systems.length) {
    root.append(
      el('section', { class: 'systems' }, el('h2', {}, t.systems), el('p', { class: 'note' }, t.systemsNote), el('ol', {}, ...systems.map((s) => el('li', {}, el('strong', {}, s.word), ' ', el('span', { class: 'note' }, t.incidentsNaming(s.incidents)))))),
    );
  }
  const repeated = i.recurring?.repeatedFixes ?? [];
  if (repeated.length) {
    root.append(
      el('section', { class: 'repeated' }, el('h2', {}, t.repeated), el('ul', {}, ...repeated.map((r) => el('li', {}, el('strong', {}, opener(r.item, r.path, r.line)), ' ', el('span', { class: 'note' }, t.promisedIn(`${r.path}:${r.line}`, r.earlier.path, r.earlier.date, r.earlier.state)))))),
    );
  }
  return charts;
}

declare const acquireVsCodeApi: undefined | (() => { postMessage(m: unknown): void });

/** Starts from embedded data (the HTML report), else waits for the webview's message. */
function start(): void {
  const root = document.getElementById('insights');
  if (!root) return;
  let charts: Chart[] = [];
  const show = (page: InsightsPage) => {
    for (const c of charts) c.destroy();
    charts = renderInsights(root, page);
    document.body.dataset.rendered = String(page.insights.postmortems);
  };
  // In an editor's webview the page can open postmortems; known before anything is drawn.
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;
  if (vscode) openPostmortem = (path, line) => vscode.postMessage(line ? { type: 'open', path, line } : { type: 'open', path });
  const embedded = document.getElementById('insights-data');
  if (embedded?.textContent) show(JSON.parse(embedded.textContent) as InsightsPage);
  window.addEventListener('message', (e: MessageEvent<{ type?: string; page?: InsightsPage }>) => {
    if (e.data?.type === 'insights' && e.data.page) show(e.data.page);
  });
  vscode?.postMessage({ type: 'ready' });
}

start();
