import * as vscode from 'vscode';
import { actionItemId } from '../../core/tracker/item-id.js';
import { issueTitle, newIssueUrl } from '../../core/tracker/issue-link.js';
import type { AnalysisService } from '../analysis.js';
import { issueRepository, pathUnder } from './repository.js';

export const ISSUE_KIND = vscode.CodeActionKind.Empty.append('postmortem').append('issue');

/** "Open a new issue for this action item" and "Copy…", on an action item's line. */
export class IssueActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [ISSUE_KIND] };

  constructor(private readonly analysis: AnalysisService) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && !context.only.contains(ISSUE_KIND) && !ISSUE_KIND.contains(context.only)) return [];
    const analysis = await this.analysis.analyze(document);
    const item = analysis?.result.model.actionItems.find((a) => a.line === range.start.line + 1);
    if (!item) return [];
    const args = [document.uri, item.line];
    const open = new vscode.CodeAction(vscode.l10n.t('Open a new issue for this action item'), ISSUE_KIND);
    open.command = { title: open.title, command: 'postmortem.openIssue', arguments: args };
    const copy = new vscode.CodeAction(vscode.l10n.t('Copy a new-issue link for this action item'), ISSUE_KIND);
    copy.command = { title: copy.title, command: 'postmortem.copyIssueLink', arguments: args };
    return [open, copy];
  }
}

/** The new-issue link of the action item on a line, or why there is none (shown to the user). */
export async function issueLink(analysis: AnalysisService, uri: unknown, line: unknown): Promise<string | { problem: string }> {
  if (!(uri instanceof vscode.Uri) || typeof line !== 'number') return { problem: vscode.l10n.t('Run this from an action item of a postmortem.') };
  const document = await vscode.workspace.openTextDocument(uri);
  const model = (await analysis.analyze(document))?.result.model;
  const item = model?.actionItems.find((a) => a.line === line);
  if (!model || !item) return { problem: vscode.l10n.t('Line {0} is no longer an action item.', line) };
  const repository = issueRepository(uri);
  const path = repository && pathUnder(repository.root, uri);
  if (!repository || path === null) {
    return { problem: vscode.l10n.t('No GitHub or GitLab repository is known for this file: set postmortem.issueRepository (for example https://github.com/acme/ops), or add a remote with Git.') };
  }
  return newIssueUrl(repository.remote, { title: issueTitle(item.text), owner: item.owner, due: item.due, path, line, postmortemTitle: model.title, id: actionItemId(path, item.text) });
}

/** Opens (or copies) the link; returns it, for the caller that wants it. */
export async function openIssue(analysis: AnalysisService, uri: unknown, line: unknown, how: 'open' | 'copy'): Promise<string | undefined> {
  const link = await issueLink(analysis, uri, line);
  if (typeof link !== 'string') {
    void vscode.window.showWarningMessage(link.problem);
    return undefined;
  }
  if (how === 'copy') {
    await vscode.env.clipboard.writeText(link);
    void vscode.window.showInformationMessage(vscode.l10n.t('The new-issue link is on the clipboard.'));
  } else void vscode.env.openExternal(vscode.Uri.parse(link, true));
  return link;
}
