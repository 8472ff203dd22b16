import * as vscode from 'vscode';
import type { PostmortemClient } from '../client.js';
import { LINT_FILES_REQUEST, type LintFilesResult, type ModelFilesParams } from '../../protocol.js';
import { isGoneWith, MARKDOWN_EXCLUDE, MARKDOWN_GLOB } from './markdown-files.js';

export interface WorkspaceLintSummary {
  files: number;
  postmortems: number;
  problems: number;
  cancelled: boolean;
}

const BATCH = 20;

const isOpen = (uri: vscode.Uri): boolean => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());

/**
 * The problems of closed files, from Lint All Postmortems. One source of truth
 * per document: an open document's problems come from the live analysis only,
 * so a file leaves this collection when it is opened, deleted or renamed, and
 * a closed file changed on disk is linted again (a fix made outside the editor
 * drops its problems).
 */
export class WorkspaceProblems implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('postmortem-workspace');
  private readonly subscriptions: vscode.Disposable[];
  private readonly stale = new Map<string, vscode.Uri>();
  private relinting: Promise<void> | undefined;

  constructor(private readonly client: PostmortemClient) {
    const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    this.subscriptions = [
      this.collection,
      watcher,
      vscode.workspace.onDidOpenTextDocument((d) => this.collection.delete(d.uri)),
      watcher.onDidDelete((u) => this.drop(u)),
      watcher.onDidChange((u) => this.relintSoon(u)),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((u) => this.drop(u))),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri }) => this.drop(oldUri))),
    ];
  }

  /** Lints every Markdown file of the workspace that is not open, with a cancellable progress and a summary. */
  lintAll(): Thenable<WorkspaceLintSummary> {
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Linting postmortems'), cancellable: true },
      async (progress, token) => {
        const files = await vscode.workspace.findFiles(MARKDOWN_GLOB, MARKDOWN_EXCLUDE, undefined, token);
        const summary: WorkspaceLintSummary = { files: files.length, postmortems: 0, problems: 0, cancelled: false };
        for (let i = 0; i < files.length; i += BATCH) {
          if (token.isCancellationRequested) {
            summary.cancelled = true;
            break;
          }
          const batch = files.slice(i, i + BATCH);
          progress.report({ message: vscode.workspace.asRelativePath(batch[0]!), increment: (100 * batch.length) / files.length });
          const counted = await this.lint(batch, token);
          summary.postmortems += counted.postmortems;
          summary.problems += counted.problems;
        }
        void vscode.window.showInformationMessage(summaryText(summary));
        return summary;
      },
    );
  }

  /**
   * Lints files in the server and keeps the problems of closed ones; an open
   * file is counted but its problems stay the live analysis's.
   */
  private async lint(uris: vscode.Uri[], token?: vscode.CancellationToken): Promise<{ postmortems: number; problems: number }> {
    const counted = { postmortems: 0, problems: 0 };
    await this.client.start();
    const params: ModelFilesParams = { uris: uris.map((u) => this.client.code2ProtocolConverter.asUri(u)) };
    const answers = await this.client.sendRequest<LintFilesResult>(LINT_FILES_REQUEST, params, token).catch(() => [] as LintFilesResult);
    for (const [k, uri] of uris.entries()) {
      const answer = answers[k];
      if (answer) {
        counted.postmortems++;
        counted.problems += answer.diagnostics.length;
      }
      // Checked after the answer: a file opened while the server linted it is the live analysis's now.
      if (isOpen(uri)) continue;
      if (answer) this.collection.set(uri, await this.client.protocol2CodeConverter.asDiagnostics(answer.diagnostics));
      else this.collection.delete(uri);
    }
    return counted;
  }

  private drop(uri: vscode.Uri) {
    this.stale.delete(uri.toString());
    this.collection.forEach((u) => {
      if (isGoneWith(u.toString(), uri)) this.collection.delete(u);
    });
  }

  /** A closed file this collection reports on changed on disk: lint it again, in batches. */
  private relintSoon(uri: vscode.Uri) {
    if (!this.collection.has(uri) || isOpen(uri)) return;
    this.stale.set(uri.toString(), uri);
    this.relinting ??= (async () => {
      try {
        while (this.stale.size) {
          const batch = [...this.stale.values()].slice(0, BATCH);
          for (const u of batch) this.stale.delete(u.toString());
          await this.lint(batch);
        }
      } finally {
        this.relinting = undefined;
      }
    })();
  }

  /** Resolves when the files changed on disk so far have been linted again. */
  async settled(): Promise<void> {
    while (this.relinting) await this.relinting;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function summaryText(s: WorkspaceLintSummary): string {
  const counts = s.problems === 0
    ? vscode.l10n.t('no problems')
    : s.problems === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', s.problems);
  const postmortems = s.postmortems === 1 ? vscode.l10n.t('1 postmortem') : vscode.l10n.t('{0} postmortems', s.postmortems);
  return s.cancelled
    ? vscode.l10n.t('Linting cancelled: {0} checked so far, {1}.', postmortems, counts)
    : vscode.l10n.t('Linted {0} in {1} Markdown files: {2}.', postmortems, s.files, counts);
}
