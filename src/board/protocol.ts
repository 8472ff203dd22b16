/**
 * Messages between the action-items board (webview) and the extension. Pure
 * data, shared by both sides; everything arriving from the webview goes
 * through `parseFromWebview` before the extension acts on it.
 */

import type { Phase, Term } from '../core/model/types.js';

export type { Phase, Term };

export interface BoardItem {
  /** 1-based line of the item in its document. */
  line: number;
  text: string;
  owner: string | null;
  due: string | null;
  term: Term | null;
  done: boolean;
  overdue: boolean;
  /** Only http(s) links; anything else is dropped before it reaches the webview. */
  ticket: string | null;
  /** A ticket written as a key ("#123", "OPS-42") shown as text when it has no link. */
  ticketLabel: string | null;
  /** Whether the done state can be toggled (a task-list box or a Status cell). */
  canToggle: boolean;
  /** The item's stable id (see core/tracker/item-id.ts), for trackers and scripts. */
  id: string;
}

export interface BoardTimelineEntry {
  line: number;
  /** As shown: "12:09" or "2026-03-14 12:09". */
  label: string;
  text: string;
  phase: Phase | null;
  /** Minutes from the first timed entry, for the time axis. */
  offset: number;
}

export interface BoardGroup {
  /** The document's URI as a string. */
  uri: string;
  title: string;
  /** Hash of the text the items were read from; a toggle must name it, so a stale one is refused. */
  version: number;
  severity: string | null;
  date: string | null;
  items: BoardItem[];
  timeline: BoardTimelineEntry[];
  timeToDetectMinutes: number | null;
  timeToRecoverMinutes: number | null;
}

export interface BoardCounts {
  open: number;
  done: number;
  overdue: number;
}

/** An earlier postmortem like the one on the board (see `postmortem/related`). */
export interface BoardRelated {
  uri: string;
  title: string;
  date: string | null;
  sharedTerms: string[];
}

export interface BoardState {
  mode: 'document' | 'workspace';
  title: string;
  groups: BoardGroup[];
  counts: BoardCounts;
  /** Document mode: the earlier postmortems most like this one, once the language server answered. */
  related?: BoardRelated[];
  /** UI strings in the user's language, so the webview needs no localisation of its own. */
  strings: Record<BoardString, string>;
}

export type BoardString =
  | 'short'
  | 'mid'
  | 'long'
  | 'unplanned'
  | 'open'
  | 'done'
  | 'overdue'
  | 'owner'
  | 'allOwners'
  | 'openOnly'
  | 'overdueOnly'
  | 'noItems'
  | 'noOwner'
  | 'due'
  | 'ticket'
  | 'timeline'
  | 'ttd'
  | 'ttr'
  | 'markDone'
  | 'dismiss'
  | 'empty'
  | 'related'
  | 'noRelated'
  | 'sharedTerms'
  | 'itemId'
  | 'newIssue';

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; uri: string; line: number }
  /** Opens a related postmortem the board lists. */
  | { type: 'open'; uri: string }
  | { type: 'toggle'; uri: string; line: number; version: number; done: boolean }
  /** Opens the new-issue page for an item of a document the board shows. */
  | { type: 'issue'; uri: string; line: number }
  /** Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) in the board: undo or redo in the document the board last changed. */
  | { type: 'undo'; redo: boolean };

/** Extension → webview. */
export type ToWebview = { type: 'state'; state: BoardState } | { type: 'notice'; message: string };

/** What the webview keeps across hide/show and reloads (vscode.setState). */
export interface BoardViewState {
  mode: 'document' | 'workspace';
  uri: string | null;
  owner: string | null;
  openOnly: boolean;
  overdueOnly: boolean;
}

function isLine(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 10_000_000;
}

/** Versions name the content a group was drawn from (a 32-bit hash). */
function isVersion(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff;
}

function isUri(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length < 4096;
}

/** Validates a message from the webview: anything malformed is dropped, never acted on. */
export function parseFromWebview(raw: unknown): FromWebview | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
      return isUri(m.uri) && isLine(m.line) ? { type: 'reveal', uri: m.uri, line: m.line } : null;
    case 'open':
      return isUri(m.uri) ? { type: 'open', uri: m.uri } : null;
    case 'issue':
      return isUri(m.uri) && isLine(m.line) ? { type: 'issue', uri: m.uri, line: m.line } : null;
    case 'toggle':
      return isUri(m.uri) && isLine(m.line) && isVersion(m.version) && typeof m.done === 'boolean'
        ? { type: 'toggle', uri: m.uri, line: m.line, version: m.version, done: m.done }
        : null;
    case 'undo':
      return typeof m.redo === 'boolean' ? { type: 'undo', redo: m.redo } : null;
    default:
      return null;
  }
}

/** Only http(s) URLs may become links in the board. */
export function safeLink(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
