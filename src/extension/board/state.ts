import * as vscode from 'vscode';
import type { BoardCounts, BoardGroup, BoardItem, BoardRelated, BoardState, BoardString } from '../../board/protocol.js';
import { safeLink } from '../../board/protocol.js';
import type { PostmortemModel } from '../../core/model/types.js';
import { isOverdue } from '../../core/model/overdue.js';
import { actionItemId } from '../../core/tracker/item-id.js';

export function boardStrings(): Record<BoardString, string> {
  return {
    short: vscode.l10n.t('Short-term'),
    mid: vscode.l10n.t('Mid-term'),
    long: vscode.l10n.t('Long-term'),
    unplanned: vscode.l10n.t('Unplanned'),
    open: vscode.l10n.t('open'),
    done: vscode.l10n.t('done'),
    overdue: vscode.l10n.t('overdue'),
    owner: vscode.l10n.t('Owner'),
    allOwners: vscode.l10n.t('All owners'),
    openOnly: vscode.l10n.t('Open only'),
    overdueOnly: vscode.l10n.t('Overdue only'),
    noItems: vscode.l10n.t('No action items match.'),
    noOwner: vscode.l10n.t('no owner'),
    due: vscode.l10n.t('Due'),
    ticket: vscode.l10n.t('Ticket'),
    timeline: vscode.l10n.t('Timeline'),
    ttd: vscode.l10n.t('Time to detect'),
    ttr: vscode.l10n.t('Time to recover'),
    markDone: vscode.l10n.t('Done'),
    dismiss: vscode.l10n.t('Dismiss'),
    empty: vscode.l10n.t('Open a postmortem to see its action items.'),
    related: vscode.l10n.t('Related incidents'),
    noRelated: vscode.l10n.t('No earlier postmortem reads alike.'),
    sharedTerms: vscode.l10n.t('Shared terms'),
    itemId: vscode.l10n.t('Item id'),
    newIssue: vscode.l10n.t('New issue'),
  };
}

/** What the board shows of one postmortem. */
export function groupOf(uri: vscode.Uri, version: number, model: PostmortemModel, today: string): BoardGroup {
  const items: BoardItem[] = model.actionItems.map((a) => {
    const link = safeLink(a.ticket);
    return {
      line: a.line,
      text: a.text,
      owner: a.owner,
      due: a.due,
      term: a.term,
      done: a.done,
      overdue: isOverdue(a, today),
      ticket: link,
      ticketLabel: link ? null : a.ticket,
      canToggle: a.doneMarker !== null,
      id: actionItemId(uri.path, a.text),
    };
  });
  const timed = model.timeline.filter((e) => e.sortKey !== null);
  const origin = timed[0]?.sortKey ?? 0;
  return {
    uri: uri.toString(),
    title: model.title ?? vscode.workspace.asRelativePath(uri),
    version,
    severity: model.metadata.severity != null ? String(model.metadata.severity) : null,
    date: model.metadata.date != null ? String(model.metadata.date) : null,
    items,
    timeline: timed.map((e) => ({
      line: e.line,
      label: e.time ?? e.date ?? e.rawTime,
      text: e.text,
      phase: e.phase,
      offset: Math.round((e.sortKey ?? origin) - origin),
    })),
    timeToDetectMinutes: model.metrics.timeToDetectMinutes,
    timeToRecoverMinutes: model.metrics.timeToRecoverMinutes,
  };
}

export function countsOf(groups: BoardGroup[]): BoardCounts {
  const items = groups.flatMap((g) => g.items);
  return { open: items.filter((i) => !i.done).length, done: items.filter((i) => i.done).length, overdue: items.filter((i) => i.overdue).length };
}

export function stateOf(mode: BoardState['mode'], title: string, groups: BoardGroup[], related?: BoardRelated[]): BoardState {
  return { mode, title, groups, counts: countsOf(groups), strings: boardStrings(), ...(related ? { related } : {}) };
}
