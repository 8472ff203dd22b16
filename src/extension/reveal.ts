import * as vscode from 'vscode';

/**
 * The editor group a document is already shown in: a visible editor first,
 * else a tab in any group. Opening it again in the active group (the board's,
 * the outline's neighbour) would hide the view the click came from.
 */
function columnShowing(uri: vscode.Uri): vscode.ViewColumn | undefined {
  const key = uri.toString();
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
  if (visible?.viewColumn) return visible.viewColumn;
  for (const group of vscode.window.tabGroups.all) {
    if (group.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key)) return group.viewColumn;
  }
  return undefined;
}

/** Focuses a document where it is already shown, else beside the active view when that is not a text editor. */
export function showDocument(uri: vscode.Uri): Thenable<vscode.TextEditor> {
  const fromWebview = !vscode.window.activeTextEditor || vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputWebview;
  const viewColumn = columnShowing(uri) ?? (fromWebview ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active);
  return vscode.window.showTextDocument(uri, { viewColumn, preserveFocus: false });
}

/** Shows a line of a document, in the editor that already shows the document (see showDocument). */
export async function revealLine(uri: vscode.Uri, line: number): Promise<vscode.TextEditor> {
  const editor = await showDocument(uri);
  const pos = new vscode.Position(Math.max(0, line - 1), 0);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
