/// <reference lib="dom" />
/**
 * The action-items board webview (bundled to media/board.js).
 *
 * The page that loads it must be exactly this, with {cspSource} the webview's
 * cspSource, {nonce} fresh per load and {media} the webview URI of media/:
 *
 *   <!DOCTYPE html>
 *   <html lang="en">
 *   <head>
 *   <meta charset="UTF-8">
 *   <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src {cspSource}; font-src {cspSource}; img-src {cspSource} data:; script-src 'nonce-{nonce}'">
 *   <meta name="viewport" content="width=device-width, initial-scale=1.0">
 *   <link rel="stylesheet" href="{media}/codicons/codicon.css">
 *   <link rel="stylesheet" href="{media}/board.css">
 *   <title>…</title>
 *   </head>
 *   <body>
 *   <main id="board"></main>
 *   <script nonce="{nonce}" src="{media}/board.js"></script>
 *   </body>
 *   </html>
 *
 * No inline script, style or handler: everything is built here from messages.
 */
import type { BoardGroup, BoardItem, BoardState, FromWebview, ToWebview } from '../board/protocol.js';
import { renderColumns } from './cards.js';
import { el } from './dom.js';
import { renderHeader } from './header.js';
import { renderRelated } from './related.js';
import { filterItems, normalizeViewState, sortGroups, viewStateFor, type Filter } from './model.js';
import { showNotice } from './notice.js';
import { renderTimeline, TimelineSizer } from './timeline.js';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
let view = normalizeViewState(vscode.getState());
let state: BoardState | undefined;
/** Toggles sent and not yet answered by a new state: "uri#line" → the requested done state. */
const pending = new Map<string, boolean>();
const sizer = new TimelineSizer();

const root = document.getElementById('board') ?? document.body.appendChild(el('main', { id: 'board' }));
root.setAttribute('tabindex', '-1');
// Every state redraws the whole board; as a live region it would be read out in
// full each time. Notices announce themselves (role=alert).
root.removeAttribute('aria-live');
const notices = el('div', { class: 'notices' });
const content = el('div', { class: 'board-content' });
root.replaceChildren(notices, content);

const post = (m: FromWebview) => vscode.postMessage(m);
const pendingKey = (g: BoardGroup, i: BoardItem) => `${g.uri}#${i.line}`;
const actions = {
  reveal: (uri: string, line: number) => post({ type: 'reveal', uri, line }),
  toggle(group: BoardGroup, item: BoardItem, done: boolean) {
    pending.set(pendingKey(group, item), done);
    post({ type: 'toggle', uri: group.uri, line: item.line, version: group.version, done });
    render();
  },
  requested: (g: BoardGroup, i: BoardItem) => pending.get(pendingKey(g, i)),
  open: (uri: string) => post({ type: 'open', uri }),
  issue: (g: BoardGroup, i: BoardItem) => post({ type: 'issue', uri: g.uri, line: i.line }),
};

function setFilter(f: Partial<Filter>) {
  view = { ...view, ...f };
  vscode.setState(view);
  render();
}

function renderGroup(group: BoardGroup, index: number, items: BoardItem[], s: BoardState): HTMLElement {
  const key = `g${index}`;
  const workspace = s.mode === 'workspace';
  let heading: HTMLElement | null = null;
  if (workspace) {
    const open = el('button', { type: 'button', class: 'group-title', 'data-key': `${key}:title` }, group.title);
    open.addEventListener('click', () => actions.reveal(group.uri, 1));
    heading = el(
      'div',
      { class: 'group-head' },
      el('h2', {}, open),
      group.severity && el('span', { class: 'tag severity' }, group.severity),
      group.date && el('span', { class: 'tag date' }, group.date),
    );
  }
  return el(
    'section',
    { class: 'group', 'aria-label': group.title },
    heading,
    renderTimeline(group, s.strings, key, sizer, actions),
    // A filter that leaves nothing says so, rather than four empty columns.
    items.length ? renderColumns(group, items, key, s.strings, actions) : el('p', { class: 'empty' }, s.strings.noItems),
  );
}

function board(s: BoardState): HTMLElement[] {
  const related = Array.isArray(s.related) ? [renderRelated(s.related, s.strings, actions.open)] : [];
  return [...groups(s), ...related];
}

function groups(s: BoardState): HTMLElement[] {
  const out: HTMLElement[] = [renderHeader(s, view, setFilter)];
  if (!s.groups.length) return [...out, el('p', { class: 'empty' }, s.strings.empty)];
  const shown = s.groups.map((g) => ({ g, items: filterItems(g.items, view) }));
  if (s.mode === 'document') return [...out, ...shown.map(({ g, items }, i) => renderGroup(g, i, items, s))];
  // Workspace: open and overdue work first (by all items, so filtering does not
  // reorder); hide postmortems a filter empties.
  const filtering = view.owner !== null || view.openOnly || view.overdueOnly;
  const visible = sortGroups(shown.map(({ g, items }, i) => ({ g, i, items: g.items, shown: items }))).filter((x) => !filtering || x.shown.length);
  if (!visible.length) return [...out, el('p', { class: 'empty' }, s.strings.noItems)];
  return [...out, ...visible.map(({ g, i, shown: items }) => renderGroup(g, i, items, s))];
}

function render() {
  if (!state) return;
  const focused = document.activeElement?.getAttribute('data-key');
  sizer.clear();
  content.replaceChildren(...board(state));
  if (focused) for (const e of Array.from(content.querySelectorAll('[data-key]'))) if (e.getAttribute('data-key') === focused) (e as HTMLElement).focus();
}

function isState(v: unknown): v is BoardState {
  const s = v as BoardState | null;
  return !!s && typeof s === 'object' && Array.isArray(s.groups) && typeof s.strings === 'object' && !!s.strings && typeof s.counts === 'object' && !!s.counts;
}

// Undo and redo belong to the document a tick changed, not to the page.
window.addEventListener('keydown', (event: KeyboardEvent) => {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
  const key = event.key.toLowerCase();
  if (key !== 'z' && key !== 'y') return;
  event.preventDefault();
  post({ type: 'undo', redo: key === 'y' || event.shiftKey });
});

window.addEventListener('message', (event: MessageEvent) => {
  const m = event.data as ToWebview | null;
  if (!m || typeof m !== 'object') return;
  if (m.type === 'state' && isState(m.state)) {
    state = m.state;
    pending.clear();
    view = viewStateFor(view, state);
    vscode.setState(view);
    render();
  } else if (m.type === 'notice' && typeof m.message === 'string') {
    // A notice can arrive before the first state: fall back to English then.
    const dismiss = state?.strings.dismiss ?? 'Dismiss';
    showNotice(notices, m.message, dismiss);
  }
});

post({ type: 'ready' });
