import * as vscode from 'vscode';
import { localToday } from '../../core/clock.js';
import { documentDate } from '../../core/related/document.js';
import { isOverdue } from '../../core/model/overdue.js';
import { refersTo } from '../../core/tracker/file-refs.js';
import { issueTitle } from '../../core/tracker/issue-link.js';
import { postmortemName } from '../../core/model/file-name.js';
import type { WorkspaceIndex } from '../workspace/index.js';
import { pathUnder } from './repository.js';

interface Reference {
  ref: string;
  postmortem: vscode.Uri;
  line: number;
  title: string;
}

/**
 * Action items in the code they are about: an item that names a file of the
 * workspace in backticks shows as a CodeLens at the top of that file, which
 * opens the postmortem at the item.
 */
export class ActionItemLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private references: Reference[] | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: WorkspaceIndex) {
    this.subscription = index.onDidChange(() => {
      this.references = undefined;
      this.changed.fire();
    });
  }

  /** Every file reference of every action item in the index, read once per index change. */
  private all(): Reference[] {
    if (this.references) return this.references;
    const out: Reference[] = [];
    const today = localToday();
    for (const entry of this.index.all()) {
      const date = documentDate(entry.model, entry.uri.path) ?? postmortemName(entry.uri.path);
      for (const item of entry.model.actionItems) {
        const refs = item.files ?? [];
        if (!refs.length) continue;
        const state = item.done ? vscode.l10n.t('done') : isOverdue(item, today) ? vscode.l10n.t('overdue') : vscode.l10n.t('open');
        const due = item.due ? vscode.l10n.t(', due {0}', item.due) : '';
        const title = vscode.l10n.t('Postmortem {0}: {1}, {2}{3}', date, issueTitle(item.text), state, due);
        for (const ref of refs) out.push({ ref, postmortem: entry.uri, line: item.line, title });
      }
    }
    return (this.references = out);
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const path = folder && pathUnder(folder.uri, document.uri);
    if (!path) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    return this.all()
      .filter((r) => refersTo(r.ref, path) && r.postmortem.toString() !== document.uri.toString())
      .map((r) => new vscode.CodeLens(top, { title: r.title, command: 'postmortem.revealLine', arguments: [r.postmortem, r.line] }));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

