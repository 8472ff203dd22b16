import * as vscode from 'vscode';
import { computeInsights } from '../../core/insights/compute.js';
import type { WorkspaceIndex } from '../workspace/index.js';
import { escapeHtml } from '../board/html.js';
import { localToday } from '../../core/clock.js';

export const INSIGHTS_VIEW_TYPE = 'postmortem.insights';

function nonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function insightsPageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string, lang: string): string {
  const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', name)).toString();
  const n = nonce();
  // Chart.js sets canvas sizes through element styles: 'unsafe-inline' styles, never scripts.
  const csp = ["default-src 'none'", `style-src ${webview.cspSource} 'unsafe-inline'`, `img-src ${webview.cspSource} data:`, `script-src 'nonce-${n}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('insights.css')}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main id="insights" aria-live="polite"></main>
<script nonce="${n}" src="${media('insights.js')}"></script>
</body>
</html>`;
}

/**
 * Postmortem: Show Incident Insights — the workspace's postmortems as a whole,
 * from the workspace index; redrawn when the index changes.
 */
export class InsightsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** What the page shows, for the tests: the number of postmortems sent last. */
  lastSent: number | undefined;
  private readonly sent = new vscode.EventEmitter<number>();
  readonly onDidSend = this.sent.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: WorkspaceIndex,
  ) {
    this.subscriptions.push(this.sent, index.onDidChange(() => void this.send()));
  }

  async show(): Promise<vscode.WebviewPanel> {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const title = vscode.l10n.t('Incident Insights');
    const panel = vscode.window.createWebviewPanel(INSIGHTS_VIEW_TYPE, title, vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] });
    this.panel = panel;
    const lang = vscode.env.language.startsWith('ko') ? 'ko' : 'en';
    panel.webview.html = insightsPageHtml(panel.webview, this.extensionUri, title, lang);
    panel.onDidDispose(() => (this.panel = undefined), null, this.subscriptions);
    panel.webview.onDidReceiveMessage((m: { type?: string }) => m?.type === 'ready' && void this.send(), null, this.subscriptions);
    return panel;
  }

  private async send(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    await this.index.whenReady();
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    const sources = this.index.all().map((e) => ({ path: root ? vscode.workspace.asRelativePath(e.uri, false) : e.uri.toString(), model: e.model }));
    const insights = computeInsights(sources, localToday());
    const language = vscode.env.language.startsWith('ko') ? 'ko' : 'en';
    if (await panel.webview.postMessage({ type: 'insights', page: { insights, language } })) {
      this.lastSent = insights.postmortems;
      this.sent.fire(insights.postmortems);
    }
  }

  dispose(): void {
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
