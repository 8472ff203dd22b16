import * as vscode from 'vscode';
import { toggleStatusEdit } from '../../core/board/toggle.js';
import type { PostmortemModel } from '../../core/model/types.js';

/**
 * The edit that ticks or unticks one action item: its task-list box, or the
 * status word in the Status cell of its table row (see core/board/toggle.ts).
 * Returns a reason instead when there is nothing to toggle.
 */
export function toggleEdit(document: vscode.TextDocument, model: PostmortemModel, line: number, done: boolean): vscode.WorkspaceEdit | string {
  const item = model.actionItems.find((a) => a.line === line);
  if (!item) return vscode.l10n.t('There is no action item on line {0}.', line);
  if (!item.doneMarker) return vscode.l10n.t('This action item has no checkbox or status to change.');
  const change = toggleStatusEdit(document.getText(), item, model.language, done);
  if (typeof change === 'string') return vscode.l10n.t('This action item has no checkbox or status to change.');
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
  return edit;
}
