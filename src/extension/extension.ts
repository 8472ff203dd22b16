import * as vscode from 'vscode';
import { AnalysisService } from './analysis.js';
import { PostmortemCodeActions } from './code-actions.js';
import { addActionItem, addWhy, insertTimelineEntry } from './commands/insert.js';
import { lintWorkspace } from './commands/lint-workspace.js';
import { markAsPostmortem } from './commands/mark-postmortem.js';
import { newPostmortem, type NewPostmortemArgs } from './commands/new-postmortem.js';
import { ConfigService } from './config-service.js';
import { DiagnosticsController } from './diagnostics.js';
import { OutlineProvider } from './outline/provider.js';

/** What the extension hands to other extensions and to its own tests. */
export interface PostmortemApi {
  analysis: AnalysisService;
  diagnostics: DiagnosticsController;
  outline: OutlineProvider;
  configs: ConfigService;
  workspaceDiagnostics: vscode.DiagnosticCollection;
}

export function activate(context: vscode.ExtensionContext): PostmortemApi {
  const configs = new ConfigService();
  const analysis = new AnalysisService(configs);
  const diagnostics = new DiagnosticsController(analysis, configs);
  const outline = new OutlineProvider(analysis);
  const workspaceDiagnostics = vscode.languages.createDiagnosticCollection('postmortem-workspace');
  const view = vscode.window.createTreeView('postmortem.outline', { treeDataProvider: outline, showCollapseAll: true });

  const command = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  command('postmortem.refreshOutline', () => outline.refresh());
  command('postmortem.revealLine', async (uri: vscode.Uri, line: number) => {
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    const pos = new vscode.Position(Math.max(0, line - 1), 0);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
  command('postmortem.newPostmortem', (args?: NewPostmortemArgs) => newPostmortem(args));
  command('postmortem.insertTimelineEntry', () => insertTimelineEntry(analysis));
  command('postmortem.addWhy', () => addWhy(analysis));
  command('postmortem.addActionItem', () => addActionItem(analysis));
  command('postmortem.lintWorkspace', () => lintWorkspace(configs, workspaceDiagnostics));
  command('postmortem.markAsPostmortem', (uri?: vscode.Uri) => markAsPostmortem(uri));

  context.subscriptions.push(
    configs,
    analysis,
    diagnostics,
    outline,
    view,
    workspaceDiagnostics,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new PostmortemCodeActions(analysis), {
      providedCodeActionKinds: PostmortemCodeActions.kinds,
    }),
    // A file linted in full by the workspace command is then owned by the live diagnostics.
    vscode.workspace.onDidOpenTextDocument((d) => workspaceDiagnostics.delete(d.uri)),
  );
  return { analysis, diagnostics, outline, configs, workspaceDiagnostics };
}

export function deactivate(): void {}
