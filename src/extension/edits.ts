import * as vscode from 'vscode';
import type { Fix } from '../core/lint/types.js';

export function toWorkspaceEdit(uri: vscode.Uri, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) {
    edit.replace(uri, new vscode.Range(e.start.line - 1, e.start.column - 1, e.end.line - 1, e.end.column - 1), e.newText);
  }
  return edit;
}

/** Position just after the front matter (or the start), where file-wide comments go. */
export function afterFrontMatter(document: vscode.TextDocument): vscode.Position {
  const text = document.getText();
  const m = /^(---|\+\+\+)\r?\n[\s\S]*?\r?\n\1[ \t]*(\r?\n|$)/.exec(text);
  return m ? document.positionAt(m[0].length) : new vscode.Position(0, 0);
}
