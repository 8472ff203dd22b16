import * as vscode from 'vscode';

interface SnippetFile {
  [name: string]: { prefix?: string | string[]; description?: string };
}

/**
 * Picks one of the extension's snippets and inserts it at the cursor. VS Code
 * shows no suggestions in Markdown by default (`editor.quickSuggestions` is
 * off there), so this is the way to the snippets without Ctrl+Space.
 */
export async function insertSnippet(extensionUri: vscode.Uri, name?: unknown): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a postmortem Markdown file first.'));
    return undefined;
  }
  const raw = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'snippets', 'postmortem.json'));
  const snippets = JSON.parse(new TextDecoder().decode(raw)) as SnippetFile;
  const names = Object.keys(snippets);
  const picked =
    typeof name === 'string' && names.includes(name)
      ? name
      : (
          await vscode.window.showQuickPick(
            names.map((n) => ({ label: n, description: [snippets[n]!.prefix ?? []].flat().join(', '), detail: snippets[n]!.description })),
            { title: vscode.l10n.t('Insert Postmortem Snippet'), matchOnDescription: true, matchOnDetail: true },
          )
        )?.label;
  if (!picked) return undefined;
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: picked });
  return picked;
}
