import * as vscode from 'vscode';

const RULE_ID = /^[a-z][a-z0-9-]{0,63}$/;

/** The rules whose documentation ships with the extension (docs/rules/ID.md). */
async function shippedRules(folder: vscode.Uri): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(folder).then(undefined, () => [] as [string, vscode.FileType][]);
  return entries.filter(([n, t]) => t === vscode.FileType.File && n.endsWith('.md')).map(([n]) => n.slice(0, -3)).filter((id) => RULE_ID.test(id)).sort();
}

/**
 * Opens a rule's documentation, shipped inside the extension, in the Markdown
 * preview: it reads offline, where the web link in a problem's code does not.
 * Without a known rule id (from the palette), asks which rule.
 */
export async function showRuleDoc(extensionUri: vscode.Uri, ruleId?: unknown): Promise<vscode.Uri | undefined> {
  const folder = vscode.Uri.joinPath(extensionUri, 'docs', 'rules');
  const rules = await shippedRules(folder);
  const id = typeof ruleId === 'string' && rules.includes(ruleId) ? ruleId : await vscode.window.showQuickPick(rules, { title: vscode.l10n.t('Show Rule Documentation') });
  if (!id) return undefined;
  const uri = vscode.Uri.joinPath(folder, `${id}.md`);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
  return uri;
}
