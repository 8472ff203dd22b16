import * as vscode from 'vscode';
import { incidentDay } from '../../core/model/incident-date.js';
import { localToday } from '../../core/clock.js';
import { isOverdue } from '../../core/model/overdue.js';
import type { IndexEntry, WorkspaceIndex } from './index.js';

/** Open items first counts, then newest first: what needs attention leads. */
export function sortEntries(entries: IndexEntry[]): IndexEntry[] {
  // Newest first by the incident's day, whatever form the date is written in; undated ones last.
  const day = new Map(entries.map((e) => [e, incidentDay(e.model) ?? '']));
  return [...entries].sort((a, b) => day.get(b)!.localeCompare(day.get(a)!) || a.uri.path.localeCompare(b.uri.path));
}

/** The Postmortems view: every postmortem in the workspace with date, severity and open items. */
export class PostmortemsProvider implements vscode.TreeDataProvider<IndexEntry>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: WorkspaceIndex) {
    this.subscription = index.onDidChange(() => this.changed.fire());
  }

  getTreeItem(e: IndexEntry): vscode.TreeItem {
    const m = e.model;
    const item = new vscode.TreeItem(m.title ?? vscode.workspace.asRelativePath(e.uri), vscode.TreeItemCollapsibleState.None);
    const open = m.actionItems.filter((a) => !a.done).length;
    const overdue = m.actionItems.filter((a) => isOverdue(a, localToday())).length;
    const parts = [m.metadata.date, m.metadata.severity].filter((x) => x != null).map(String);
    parts.push(overdue ? vscode.l10n.t('{0} open, {1} overdue', open, overdue) : vscode.l10n.t('{0} open', open));
    item.description = parts.join(' · ');
    item.tooltip = `${vscode.workspace.asRelativePath(e.uri)}\n${item.description}`;
    item.resourceUri = e.uri;
    item.iconPath = new vscode.ThemeIcon(overdue ? 'warning' : open ? 'issues' : 'pass', overdue ? new vscode.ThemeColor('list.errorForeground') : undefined);
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [e.uri] };
    item.contextValue = 'postmortem.file';
    return item;
  }

  async getChildren(e?: IndexEntry): Promise<IndexEntry[]> {
    if (e) return [];
    await this.index.whenReady();
    return sortEntries(this.index.all());
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
