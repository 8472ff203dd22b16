// Board states for the browser tests: an ordinary incident and one whose every
// string tries to become markup or script.
import type { BoardGroup, BoardItem, BoardState, BoardString } from '../../src/board/protocol.js';

export const STRINGS: Record<BoardString, string> = {
  short: 'Short term',
  mid: 'Mid term',
  long: 'Long term',
  unplanned: 'Unplanned',
  open: 'open',
  done: 'done',
  overdue: 'overdue',
  owner: 'Owner',
  allOwners: 'All owners',
  openOnly: 'Open only',
  overdueOnly: 'Overdue only',
  noItems: 'No action items.',
  noOwner: 'No owner',
  due: 'Due',
  ticket: 'Ticket',
  timeline: 'Timeline',
  ttd: 'TTD',
  ttr: 'TTR',
  markDone: 'Mark as done',
  dismiss: 'Dismiss',
  empty: 'This document has no action items yet.',
  related: 'Related incidents',
  noRelated: 'No earlier postmortem reads alike.',
  sharedTerms: 'Shared terms',
  itemId: 'Item id',
  newIssue: 'New issue',
};

const item = (line: number, text: string, over: Partial<BoardItem> = {}): BoardItem => ({
  line,
  text,
  owner: null,
  due: null,
  term: null,
  done: false,
  overdue: false,
  ticket: null,
  ticketLabel: null,
  canToggle: true,
  id: `2026-03-14-checkout#${String(line).padStart(7, '0')}`,
  ...over,
});

export const DOC_URI = 'file:///work/postmortems/2026-03-14-checkout-outage.md';

export function normalGroup(uri = DOC_URI): BoardGroup {
  return {
    uri,
    title: 'Checkout outage after config push',
    version: 305419896,
    severity: 'SEV-2',
    date: '2026-03-14',
    timeToDetectMinutes: 7,
    timeToRecoverMinutes: 52,
    timeline: [
      { line: 14, label: '12:02', text: 'Config change deployed to all regions', phase: null, offset: 0 },
      { line: 15, label: '12:09', text: 'Error-rate alert fired for checkout', phase: 'detection', offset: 7 },
      { line: 16, label: '12:15', text: 'Incident declared SEV-2', phase: 'classification', offset: 13 },
      { line: 17, label: '12:15', text: 'Payments team paged', phase: 'classification', offset: 13 },
      { line: 18, label: '12:31', text: 'Errors spread to the mobile API', phase: 'propagation', offset: 29 },
      { line: 19, label: '12:54', text: 'Config rolled back; error rate normal', phase: 'recovery', offset: 52 },
    ],
    items: [
      item(40, 'Validate config pushes against a schema in CI', { owner: '@ana', due: '2026-03-01', term: 'short', overdue: true, ticket: 'https://tracker.example.com/browse/OPS-42', ticketLabel: 'OPS-42' }),
      item(41, 'Roll config out region by region', { owner: '@bo', due: '2026-04-30', term: 'mid' }),
      item(42, 'Add a checkout synthetic probe', { owner: '@cy', term: 'short', done: true, ticketLabel: '#118' }),
      item(43, 'Write the rollback runbook', { term: 'long', canToggle: false }),
      item(44, 'Review alert thresholds for payments', { owner: '@ana', due: '2026-06-15', ticket: 'https://tracker.example.com/browse/OPS-57' }),
    ],
  };
}

export function normalState(): BoardState {
  const group = normalGroup();
  return { mode: 'document', title: group.title, groups: [group], counts: { open: 4, done: 1, overdue: 1 }, strings: STRINGS };
}

/** Each string is a different attempt; `window.__pwned` is set by whichever one ran. */
export const HOSTILE = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=2</script>',
  svg: '"><svg onload=window.__pwned=3>',
  owner: '@x" onmouseover="window.__pwned=4',
  jsTicket: 'javascript:window.__pwned=5',
  dataTicket: 'data:text/html,<script>window.__pwned=6</script>',
  vscodeTicket: 'vscode://command/workbench.action.terminal.new',
  title: '</title><script>window.__pwned=7</script>',
  label: '<iframe srcdoc="<script>parent.__pwned=8</script>">',
  entity: '&lt;b&gt;&amp; \u202e', // must stay literal, not be decoded
};

export const HOSTILE_URI = 'file:///work/postmortems/"><img src=x onerror=window.__pwned=9>.md';

export function hostileState(): BoardState {
  const group: BoardGroup = {
    uri: HOSTILE_URI,
    title: HOSTILE.title,
    version: 42,
    severity: HOSTILE.svg,
    date: HOSTILE.img,
    timeToDetectMinutes: 3,
    timeToRecoverMinutes: 3,
    timeline: [
      { line: 5, label: HOSTILE.label, text: HOSTILE.img, phase: 'detection', offset: 3 },
      { line: 6, label: '10:00', text: HOSTILE.script, phase: null, offset: 3 },
      { line: 7, label: HOSTILE.title, text: HOSTILE.svg, phase: 'recovery', offset: 3 },
    ],
    items: [
      item(10, HOSTILE.img, { owner: HOSTILE.owner, term: 'short', ticket: HOSTILE.jsTicket }),
      item(11, HOSTILE.script, { owner: HOSTILE.owner, term: 'mid', ticket: HOSTILE.dataTicket, ticketLabel: HOSTILE.svg }),
      item(12, HOSTILE.svg, { due: HOSTILE.img, term: 'long', overdue: true, ticket: HOSTILE.vscodeTicket }),
      item(13, HOSTILE.entity, { ticket: 'https://tracker.example.com/?q="><script>window.__pwned=10</script>', ticketLabel: HOSTILE.label }),
      item(14, HOSTILE.title, { owner: HOSTILE.script, done: true, canToggle: false }),
    ],
  };
  return {
    mode: 'workspace',
    title: HOSTILE.title,
    groups: [group],
    counts: { open: 4, done: 1, overdue: 1 },
    related: [{ uri: HOSTILE_URI, title: HOSTILE.script, date: HOSTILE.img, sharedTerms: [HOSTILE.svg, HOSTILE.entity] }],
    // Localised strings come from the extension too; treat them as data as well.
    strings: { ...STRINGS, noOwner: HOSTILE.owner, short: HOSTILE.img, timeline: HOSTILE.svg, ttd: HOSTILE.script, related: HOSTILE.label },
  };
}
