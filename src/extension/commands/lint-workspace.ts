import * as vscode from 'vscode';
import type { PostmortemClient } from '../client.js';
import { LINT_FILES_REQUEST, type LintFilesResult, type ModelFilesParams } from '../../protocol.js';

export interface WorkspaceLintSummary {
  files: number;
  postmortems: number;
  problems: number;
  cancelled: boolean;
}

const BATCH = 20;

/**
 * Lints every Markdown file in the workspace into the Problems panel, with a
 * cancellable progress. The language server reads and lints the files, in
 * batches; the extension host only shows the results.
 */
export async function lintWorkspace(client: PostmortemClient, collection: vscode.DiagnosticCollection): Promise<WorkspaceLintSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Linting postmortems'), cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '{**/node_modules/**,**/.git/**}', undefined, token);
      const summary: WorkspaceLintSummary = { files: files.length, postmortems: 0, problems: 0, cancelled: false };
      await client.start();
      for (let i = 0; i < files.length; i += BATCH) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        const batch = files.slice(i, i + BATCH);
        progress.report({ message: vscode.workspace.asRelativePath(batch[0]!), increment: (100 * batch.length) / files.length });
        const params: ModelFilesParams = { uris: batch.map((u) => client.code2ProtocolConverter.asUri(u)) };
        const answers = await client.sendRequest<LintFilesResult>(LINT_FILES_REQUEST, params, token).catch(() => [] as LintFilesResult);
        for (const [k, uri] of batch.entries()) {
          const answer = answers[k];
          if (!answer) continue;
          summary.postmortems++;
          summary.problems += answer.diagnostics.length;
          collection.set(uri, await client.protocol2CodeConverter.asDiagnostics(answer.diagnostics));
        }
      }
      return summary;
    },
  );
}
