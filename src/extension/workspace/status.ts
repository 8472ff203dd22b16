import * as vscode from 'vscode';
import { isOverdue } from '../../core/model/overdue.js';
import { localToday } from '../../core/clock.js';
import type { WorkspaceIndex } from './index.js';

/** "N overdue action items" in the status bar while any are overdue; a click opens the board over all postmortems. */
export class OverdueStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('postmortem.overdue', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;
  count = 0;

  constructor(private readonly index: WorkspaceIndex) {
    this.item.name = vscode.l10n.t('Overdue action items');
    this.item.command = 'postmortem.showAllActionItems';
    this.subscription = index.onDidChange(() => this.update());
  }

  update(): void {
    const today = localToday();
    this.count = this.index.all().reduce((n, e) => n + e.model.actionItems.filter((a) => isOverdue(a, today)).length, 0);
    if (!this.count) {
      this.item.hide();
      return;
    }
    this.item.text = `$(warning) ${this.count === 1 ? vscode.l10n.t('1 overdue action item') : vscode.l10n.t('{0} overdue action items', this.count)}`;
    this.item.tooltip = vscode.l10n.t('Show all action items');
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
