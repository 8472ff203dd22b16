import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { CONFIG_CHANGED_NOTIFICATION } from '../protocol.js';
import { AnalysisService } from './analysis.js';
import { addActionItem, addWhy, insertTimelineEntry } from './commands/insert.js';
import { markAsPostmortem } from './commands/mark-postmortem.js';
import { showRuleDoc } from './commands/rule-doc.js';
import { insertSnippet } from './commands/insert-snippet.js';
import { fillPlaceholder } from './commands/fill-placeholder.js';
import { newPostmortem, type NewPostmortemArgs } from './commands/new-postmortem.js';
import { answerFileReads, clientOptions, PublishedVersions, SCHEMES, type PostmortemClient } from './client.js';
import { FocusMode } from './focus-mode.js';
import { revealLine } from './reveal.js';
import { ConfigService, getChannel } from './config-service.js';
import { OutlineProvider } from './outline/provider.js';
import { BoardController } from './board/controller.js';
import { WorkspaceIndex } from './workspace/index.js';
import { InsightsPanel } from './insights/panel.js';
import { WorkspaceProblems } from './workspace/problems.js';
import { OverdueStatus } from './workspace/status.js';
import { PostmortemsProvider } from './workspace/tree.js';
import { ActionItemLenses } from './tracker/code-lens.js';
import { IssueActions, openIssue } from './tracker/issue-actions.js';
import { recurringSource, relatedSource } from './related.js';

declare const __postmortemLoadStart: number | undefined;
/** Time spent evaluating the bundle, up to this module's first line. */
const loadMs = typeof __postmortemLoadStart === 'number' ? performance.now() - __postmortemLoadStart : NaN;

/** What the extension hands to other extensions and to its own tests. */
export interface PostmortemApi {
  analysis: AnalysisService;
  /** The language server's client: diagnostics and quick fixes come from the server. */
  client: PostmortemClient;
  published: PublishedVersions;
  outline: OutlineProvider;
  configs: ConfigService;
  /** Problems of closed files from Lint All Postmortems. */
  workspaceDiagnostics: vscode.DiagnosticCollection;
  problems: WorkspaceProblems;
  boards: BoardController;
  index: WorkspaceIndex;
  insights: InsightsPanel;
  postmortems: PostmortemsProvider;
  status: OverdueStatus;
  timings: { loadMs: number; activateMs: number };
}

/** Makes the client of a language server from the options both entries share. */
export type ClientFactory = (options: LanguageClientOptions) => PostmortemClient;

/**
 * Everything the extension does, on top of a client of the language server:
 * the same on Node (extension.ts) and in a browser (browser.ts), whose
 * entries differ only in how the server is started.
 */
export function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory, started: number): PostmortemApi {
  const configs = new ConfigService();
  // The client is made after focus mode and its options, which only reach it later, through getters.
  const focus = new FocusMode(() => client.diagnostics);
  const client = createClient(clientOptions(getChannel(), focus, () => client));
  const published = new PublishedVersions(client);
  const analysis = new AnalysisService(client);
  // Settings, saved configs and `invalidate()` reach the server too (file watching may lag).
  context.subscriptions.push(configs.onDidChange(() => {
    analysis.invalidate();
    if (client.isRunning()) void client.sendNotification(CONFIG_CHANGED_NOTIFICATION);
  }));
  void client.start();
  const index = new WorkspaceIndex(configs, analysis, client);
  const related = relatedSource(client);
  const outline = new OutlineProvider(analysis, related, index.onDidChange);
  const problems = new WorkspaceProblems(client);
  const workspaceDiagnostics = problems.collection;
  const view = vscode.window.createTreeView('postmortem.outline', { treeDataProvider: outline, showCollapseAll: true });
  const postmortems = new PostmortemsProvider(index);
  const postmortemsView = vscode.window.createTreeView('postmortem.postmortems', { treeDataProvider: postmortems });
  const status = new OverdueStatus(index);
  const boards = new BoardController(context.extensionUri, analysis, index, related);
  const insights = new InsightsPanel(context.extensionUri, index, recurringSource(client));
  // The workspace index loads in the background: the editor is usable before it finishes.
  void index.whenReady();

  const command = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  command('postmortem.refreshOutline', () => outline.refresh());
  command('postmortem.revealLine', (uri: vscode.Uri, line: number) => revealLine(uri, line));
  command('postmortem.newPostmortem', (args?: NewPostmortemArgs) => newPostmortem(args));
  command('postmortem.insertTimelineEntry', () => insertTimelineEntry(analysis));
  command('postmortem.addWhy', () => addWhy(analysis));
  command('postmortem.addActionItem', () => addActionItem(analysis));
  command('postmortem.lintWorkspace', () => problems.lintAll());
  command('postmortem.markAsPostmortem', (uri?: vscode.Uri) => markAsPostmortem(uri));
  command('postmortem.showRuleDoc', (ruleId?: unknown) => showRuleDoc(context.extensionUri, ruleId));
  command('postmortem.insertSnippet', (name?: unknown) => insertSnippet(context.extensionUri, name));
  command('postmortem.fillPlaceholder', (uri?: unknown, range?: unknown) => fillPlaceholder(uri, range));
  command('postmortem.showActionItems', (uri?: vscode.Uri) => boards.showDocument(uri));
  command('postmortem.showAllActionItems', () => boards.showWorkspace());
  command('postmortem.showInsights', () => insights.show());
  command('postmortem.openIssue', (uri?: unknown, line?: unknown) => openIssue(analysis, uri, line, 'open'));
  command('postmortem.copyIssueLink', (uri?: unknown, line?: unknown) => openIssue(analysis, uri, line, 'copy'));
  const lenses = new ActionItemLenses(index);
  context.subscriptions.push(
    lenses,
    vscode.languages.registerCodeLensProvider(SCHEMES.map((scheme) => ({ scheme })), lenses),
    vscode.languages.registerCodeActionsProvider(SCHEMES.map((scheme) => ({ scheme, language: 'markdown' })), new IssueActions(analysis), IssueActions.metadata),
  );

  context.subscriptions.push(
    configs,
    analysis,
    answerFileReads(client),
    { dispose: () => void client.stop() },
    published,
    focus,
    outline,
    view,
    problems,
    index,
    postmortems,
    postmortemsView,
    status,
    boards,
    insights,
  );
  return { analysis, client, published, outline, configs, workspaceDiagnostics, problems, boards, index, insights, postmortems, status, timings: { loadMs, activateMs: performance.now() - started } };
}
