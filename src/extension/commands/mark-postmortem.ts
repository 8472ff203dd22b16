import * as vscode from 'vscode';

/** Adds `type: postmortem` to the front matter (creating it if needed), so the file is always linted. */
export async function markAsPostmortem(uri?: vscode.Uri): Promise<boolean> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) return false;
  const text = document.getText();
  const edit = new vscode.WorkspaceEdit();
  const fm = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  if (fm) {
    const typeLine = /^type:.*$/m.exec(fm[1]);
    if (typeLine) {
      const start = document.positionAt(4 + typeLine.index);
      edit.replace(document.uri, new vscode.Range(start, start.translate(0, typeLine[0].length)), 'type: postmortem');
    } else {
      edit.insert(document.uri, new vscode.Position(1, 0), 'type: postmortem\n');
    }
  } else {
    edit.insert(document.uri, new vscode.Position(0, 0), '---\ntype: postmortem\n---\n\n');
  }
  return vscode.workspace.applyEdit(edit);
}
