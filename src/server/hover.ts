import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isOverdue } from '../core/model/overdue.js';
import { actionItemId } from '../core/tracker/item-id.js';
import type { ActionItem, PostmortemModel, TimelineEntry } from '../core/model/types.js';
import { duration, type Texts } from './l10n.js';
import { lineRange } from './positions.js';

function timelineHover(e: TimelineEntry, model: PostmortemModel, t: Texts): string {
  const first = model.timeline.find((x) => x.sortKey !== null);
  const when = e.iso ?? [e.date, e.time ?? e.rawTime, e.zone].filter(Boolean).join(' ');
  const lines = [`**${when}**${e.phase ? ` · ${t.phase(e.phase)}` : ''}`];
  if (first && e === first) lines.push(t.firstEntry);
  else if (first && e.sortKey !== null && first.sortKey !== null) lines.push(t.sinceFirst(duration(e.sortKey - first.sortKey), first.time ?? first.rawTime));
  return lines.join('\n\n');
}

function actionHover(a: ActionItem, uri: string, today: string, t: Texts): string {
  const state = a.done ? t.done : isOverdue(a, today) ? `${t.open}, **${t.overdue}**` : t.open;
  const rows = [`**${state}**`, `${t.owner}: ${a.owner ?? t.none}`, `${t.due}: ${a.due ?? t.none}${a.dueWritten ? ` (“${a.dueWritten}”)` : ''}`];
  if (a.term) rows.push(`${t.term}: ${t.terms[a.term]}`);
  if (a.ticket) rows.push(a.ticket);
  // The id other tools (a tracker, `postmortem-lint action-items`) know the item by.
  rows.push(`${t.itemId}: \`${actionItemId(uri, a.text)}\``);
  return rows.join('  \n');
}

/** Hover on a timeline entry (phase, time since the first entry) or an action item (owner, due date, state). */
export function hover(model: PostmortemModel, document: TextDocument, position: Position, today: string, t: Texts): Hover | null {
  const line = position.line + 1;
  const entry = model.timeline.find((e) => e.line === line);
  const item = entry ? undefined : model.actionItems.find((a) => a.line === line);
  if (!entry && !item) return null;
  const value = entry ? timelineHover(entry, model, t) : actionHover(item!, document.uri, today, t);
  return { contents: { kind: MarkupKind.Markdown, value }, range: lineRange(document, position.line) };
}
