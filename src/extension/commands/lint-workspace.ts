import * as vscode from 'vscode';
import { lintText } from '../../core/lint/lint.js';
import type { ConfigService } from '../config-service.js';
import { textLineLength, toDiagnostic } from '../diagnostics.js';
import { localToday } from '../../core/clock.js';

export interface WorkspaceLintSummary {
  files: number;
  postmortems: number;
  problems: number;
  cancelled: boolean;
}

/** Lints every Markdown file in the workspace into the Problems panel, with a cancellable progress. */
export async function lintWorkspace(configs: ConfigService, collection: vscode.DiagnosticCollection): Promise<WorkspaceLintSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Linting postmortems'), cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '{**/node_modules/**,**/.git/**}', undefined, token);
      const summary: WorkspaceLintSummary = { files: files.length, postmortems: 0, problems: 0, cancelled: false };
      const today = localToday();
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        const result = lintText(text, { path: await configs.globPath(uri), config: await configs.configFor(uri), today });
        if (result.skipped) continue;
        summary.postmortems++;
        summary.problems += result.messages.length;
        const length = textLineLength(text);
        collection.set(uri, result.messages.map((m) => toDiagnostic(m, length)));
        // Yield so the editor stays responsive on large workspaces.
        if (i % 20 === 19) await new Promise((r) => setTimeout(r, 0));
      }
      return summary;
    },
  );
}
