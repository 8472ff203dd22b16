import * as vscode from 'vscode';
import { disableLineInsertion } from '../core/lint/disable-comments.js';
import type { LintMessage } from '../core/lint/types.js';
import type { AnalysisService } from './analysis.js';
import { afterFrontMatter, toWorkspaceEdit } from './edits.js';

function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== 'postmortem') return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : d.code !== undefined ? String(d.code) : undefined;
}

/** Quick fixes: each rule's own fixes, then "disable for this line" and "for this file". */
export class PostmortemCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly analysis: AnalysisService) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => ruleOf(d));
    if (!ours.length) return [];
    const current = await this.analysis.analyze(document);
    const messages = current?.result.messages ?? [];
    const actions: vscode.CodeAction[] = [];
    for (const d of ours) {
      const ruleId = ruleOf(d)!;
      // Diagnostics come back as copies: find the message by rule, start and text.
      const m = messages.find((x) => x.ruleId === ruleId && x.line === d.range.start.line + 1 && x.column === d.range.start.character + 1 && x.message === d.message);
      if (m) actions.push(...this.fixes(document, d, m));
      const line = this.disableLine(document, d, ruleId);
      if (line) actions.push(line);
      actions.push(this.disableFile(document, d, ruleId));
    }
    return actions;
  }

  private fixes(document: vscode.TextDocument, d: vscode.Diagnostic, m: LintMessage): vscode.CodeAction[] {
    return m.fixes.map((fix, i) => {
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(document.uri, fix);
      action.diagnostics = [d];
      action.isPreferred = i === 0;
      return action;
    });
  }

  /** None where a comment would change the line's meaning (front matter, code, table header rows...): see disableLineInsertion. */
  private disableLine(document: vscode.TextDocument, d: vscode.Diagnostic, ruleId: string): vscode.CodeAction | undefined {
    const insertion = disableLineInsertion(document.getText(), d.range.start.line + 1, ruleId);
    if (!insertion) return undefined;
    const action = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', ruleId), vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.insert(document.uri, document.positionAt(insertion.offset), insertion.newText);
    action.diagnostics = [d];
    return action;
  }

  private disableFile(document: vscode.TextDocument, d: vscode.Diagnostic, ruleId: string): vscode.CodeAction {
    const action = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this file', ruleId), vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    const at = afterFrontMatter(document);
    // Keep exactly one blank line between the comment and what follows.
    const blankFollows = at.line < document.lineCount && document.lineAt(at.line).isEmptyOrWhitespace;
    action.edit.insert(document.uri, at, `<!-- postmortem-disable ${ruleId} -->\n${blankFollows ? '' : '\n'}`);
    action.diagnostics = [d];
    return action;
  }
}
