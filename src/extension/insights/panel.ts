import * as vscode from 'vscode';
import { computeInsights, type Insights } from '../../core/insights/compute.js';
import type { WorkspaceIndex } from '../workspace/index.js';
import { webviewPageHtml } from '../webview-page.js';
import { localToday } from '../../core/clock.js';
import { revealLine } from '../reveal.js';
import type { RecurringSource } from '../related.js';

export const INSIGHTS_VIEW_TYPE = 'postmortem.insights';

/**
 * Postmortem: Show Incident Insights — the workspace's postmortems as a whole,
 * from the workspace index; redrawn when the index changes.
 */
export class InsightsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** What the page shows, for the tests: the number of postmortems sent last. */
  lastSent: number | undefined;
  /** And what it was sent. */
  lastInsights: Insights | undefined;
  private readonly sent = new vscode.EventEmitter<number>();
  /** The postmortems the page was last given, by the path it knows them by: the only ones it may open. */
  private shown = new Map<string, vscode.Uri>();
  readonly onDidSend = this.sent.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: WorkspaceIndex,
    /** The language server, which keeps the postmortems' texts: the index holds only their models. */
    private readonly recurringOf?: RecurringSource,
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
    // Chart.js sizes its canvases with style attributes.
    panel.webview.html = webviewPageHtml(panel.webview, this.extensionUri, { title, styles: [['insights.css']], script: 'insights.js', main: 'insights', inlineStyles: true });
    panel.onDidDispose(() => (this.panel = undefined), null, this.subscriptions);
    panel.webview.onDidReceiveMessage((m: { type?: string; path?: unknown; line?: unknown }) => {
      if (m?.type === 'ready') void this.send();
      if (m?.type === 'open') void this.open(m.path, m.line);
    }, null, this.subscriptions);
    return panel;
  }

  private async send(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    await this.index.whenReady();
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    const entries = this.index.all().map((e) => ({ uri: e.uri, path: root ? vscode.workspace.asRelativePath(e.uri, false) : e.uri.toString(), model: e.model }));
    this.shown = new Map(entries.map((e) => [e.path, e.uri]));
    const sources = entries.map(({ path, model }) => ({ path, model }));
    const insights = computeInsights(sources, localToday());
    const recurring = await this.recurringOf?.(entries.map((e) => e.uri));
    if (recurring && panel === this.panel) {
      // The server names postmortems by uri; the page knows them by the paths it shows.
      const pathOf = new Map(entries.map((e) => [e.uri.toString(), e.path]));
      const path = (uri: string) => pathOf.get(uri) ?? pathOf.get(vscode.Uri.parse(uri).toString()) ?? uri;
      insights.recurring = {
        systems: recurring.systems.map((s) => ({ ...s, paths: s.paths.map(path) })),
        repeatedFixes: recurring.repeatedFixes.map((r) => ({ ...r, path: path(r.path), earlier: { ...r.earlier, path: path(r.earlier.path) } })),
      };
    }
    const language = vscode.env.language.startsWith('ko') ? 'ko' : 'en';
    if (await panel.webview.postMessage({ type: 'insights', page: { insights, language } })) {
      this.lastSent = insights.postmortems;
      this.lastInsights = insights;
      this.sent.fire(insights.postmortems);
    }
  }

  /** Opens a postmortem the page named (a point of a chart, a row of a table) at its line. */
  async open(path: unknown, line: unknown): Promise<vscode.TextEditor | undefined> {
    const uri = typeof path === 'string' ? this.shown.get(path) : undefined;
    if (!uri) return undefined;
    return revealLine(uri, typeof line === 'number' && Number.isInteger(line) && line > 0 ? line : 1);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
