import * as vscode from 'vscode';
import type { PostmortemModel } from '../../core/model/types.js';

const DONE_WORDS = { en: ['Done', 'Open'], ko: ['완료', '진행 중'] } as const;

/**
 * The edit that ticks or unticks one action item: its task-list box, or the
 * Status cell of its table row. Returns a reason instead when there is nothing to toggle.
 */
export function toggleEdit(document: vscode.TextDocument, model: PostmortemModel, line: number, done: boolean): vscode.WorkspaceEdit | string {
  const item = model.actionItems.find((a) => a.line === line);
  if (!item) return vscode.l10n.t('There is no action item on line {0}.', line);
  if (!item.doneMarker) return vscode.l10n.t('This action item has no checkbox or status to change.');
  const m = item.doneMarker;
  const range = new vscode.Range(m.start.line - 1, m.start.column - 1, m.end.line - 1, m.end.column - 1);
  const edit = new vscode.WorkspaceEdit();
  if (item.kind === 'list') {
    edit.replace(document.uri, range, done ? '[x]' : '[ ]');
    return edit;
  }
  // A table cell: keep its padding and the pipes around it, replace the word.
  const cell = document.getText(range);
  const inner = /^(\|?\s*)(.*?)(\s*\|?)$/s.exec(cell)!;
  const word = DONE_WORDS[model.language][done ? 0 : 1];
  const start = document.offsetAt(range.start) + inner[1].length;
  const end = start + inner[2].length;
  const padded = inner[2].length > word.length ? word.padEnd(inner[2].length) : word;
  edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), padded);
  return edit;
}
