import * as vscode from 'vscode';
import { parseFromWebview, type BoardRelated, type BoardState, type BoardViewState, type FromWebview, type ToWebview } from '../../board/protocol.js';
import type { RelatedSource } from '../related.js';
import { isMarkdown, type AnalysisService } from '../analysis.js';
import { localToday } from '../../core/clock.js';
import type { WorkspaceIndex } from '../workspace/index.js';
import { sortEntries } from '../workspace/tree.js';
import { textHash } from '../../core/board/hash.js';
import { boardHtml } from './html.js';
import { groupOf, stateOf } from './state.js';
import { toggleEdit } from './toggle.js';
import { TickHistory, revertLine } from '../../core/board/tick-history.js';

export const BOARD_VIEW_TYPE = 'postmortem.board';

/**
 * One board panel: the action items of the active postmortem (following the
 * editor), or of every postmortem in the workspace. It renders from the shared
 * analyses and writes back only through validated, undoable workspace edits.
 */
export class BoardPanel implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly posted = new vscode.EventEmitter<ToWebview>();
  /** Every message sent to the webview (tests wait on it). */
  readonly onDidPost = this.posted.event;
  private readonly closed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.closed.event;
  lastState: BoardState | undefined;
  private uri: vscode.Uri | undefined;
  /** The related incidents of the document shown, once the language server answered (document mode). */
  private related: { uri: string; list: BoardRelated[] } | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly mode: 'document' | 'workspace',
    private readonly extensionUri: vscode.Uri,
    private readonly analysis: AnalysisService,
    private readonly index: WorkspaceIndex,
    uri?: vscode.Uri,
    private readonly relatedOf?: RelatedSource,
  ) {
    this.uri = uri;
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'postmortem.svg');
    panel.webview.html = boardHtml(panel.webview, extensionUri, panel.title);
    this.subscriptions.push(
      this.posted,
      panel.webview.onDidReceiveMessage((m) => void this.receive(m)),
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(() => {
        if (panel.visible) void this.render();
      }),
    );
    if (mode === 'document') {
      this.subscriptions.push(
        vscode.window.onDidChangeActiveTextEditor((e) => {
          // Follow the editor to another postmortem; ignore focus moving to the board itself.
          if (e && isMarkdown(e.document) && e.document.uri.toString() !== this.uri?.toString()) void this.follow(e.document);
        }),
        analysis.onDidAnalyze((a) => {
          if (a.document.uri.toString() !== this.uri?.toString()) return;
          this.post({ type: 'state', state: this.documentState(a.document, a) });
          void this.loadRelated(a.document);
        }),
        // Another postmortem changed: the related incidents may too.
        index.onDidChange(() => {
          const document = this.uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri?.toString());
          if (document) void this.loadRelated(document);
        }),
      );
    } else {
      this.subscriptions.push(index.onDidChange(() => void this.render()));
    }
  }

  get documentUri(): vscode.Uri | undefined {
    return this.uri;
  }

  private async follow(document: vscode.TextDocument) {
    const a = await this.analysis.analyze(document);
    if (!a || !a.result.model.isPostmortem) return;
    this.uri = document.uri;
    await this.render();
  }

  private documentState(document: vscode.TextDocument, analysis = this.analysis.peek(document)): BoardState {
    const model = analysis?.result.model;
    const title = model?.title ?? vscode.workspace.asRelativePath(document.uri);
    this.panel.title = vscode.l10n.t('Action Items: {0}', title);
    const groups = analysis ? [groupOf(document.uri, analysis.hash, analysis.result.model, localToday())] : [];
    const related = this.related?.uri === document.uri.toString() ? this.related.list : undefined;
    return stateOf('document', title, groups, related);
  }

  /** Asks the server for the document's related incidents and redraws when they differ from those shown. */
  private async loadRelated(document: vscode.TextDocument) {
    if (!this.relatedOf) return;
    const uri = document.uri.toString();
    const answer = await this.relatedOf(document.uri);
    if (this.disposed || this.uri?.toString() !== uri) return;
    const list: BoardRelated[] = (answer ?? []).map(({ uri, title, date, sharedTerms }) => ({ uri, title, date, sharedTerms }));
    if (this.related?.uri === uri && JSON.stringify(this.related.list) === JSON.stringify(list)) return;
    this.related = { uri, list };
    this.post({ type: 'state', state: this.documentState(document) });
  }

  /** Sends the current state; in document mode from the document's current analysis. */
  async render(): Promise<void> {
    if (this.mode === 'workspace') {
      await this.index.whenReady();
      const today = localToday();
      const groups = sortEntries(this.index.all())
        .map((e) => groupOf(e.uri, e.hash, e.model, today))
        .filter((g) => g.items.length)
        // Open and overdue work first.
        .sort((a, b) => Number(b.items.some((i) => i.overdue)) - Number(a.items.some((i) => i.overdue)) || b.items.filter((i) => !i.done).length - a.items.filter((i) => !i.done).length);
      this.post({ type: 'state', state: stateOf('workspace', vscode.l10n.t('All postmortems'), groups) });
      return;
    }
    if (!this.uri) return;
    const document = await vscode.workspace.openTextDocument(this.uri);
    const a = await this.analysis.analyze(document);
    if (!a) return;
    this.post({ type: 'state', state: this.documentState(document, a) });
    await this.loadRelated(document);
  }

  private post(message: ToWebview) {
    if (message.type === 'state') this.lastState = message.state;
    void this.panel.webview.postMessage(message);
    this.posted.fire(message);
  }

  /** Entry point for everything the webview sends; public so tests can send what a forged page could. */
  async receive(raw: unknown): Promise<void> {
    const message = parseFromWebview(raw);
    if (!message) return;
    if (message.type === 'ready') return this.render();
    if (message.type === 'undo') return this.undo(message.redo);
    if (message.type === 'open') return this.openRelated(message.uri);
    const uri = this.known(message);
    if (!uri) return;
    if (message.type === 'reveal') {
      await vscode.commands.executeCommand('postmortem.revealLine', uri, message.line);
      return;
    }
    if (message.type === 'issue') {
      await vscode.commands.executeCommand('postmortem.openIssue', uri, message.line);
      return;
    }
    await this.toggle(uri, message);
  }

  /**
   * Only documents the board is showing may be touched: a forged URI is ignored.
   * Lines are checked against the document itself once its version matches (see toggle).
   */
  private known(message: Extract<FromWebview, { uri: string }>): vscode.Uri | undefined {
    const group = this.lastState?.groups.find((g) => g.uri === message.uri);
    return group ? vscode.Uri.parse(group.uri, true) : undefined;
  }

  /** Opens a related postmortem, only one the board lists: a forged URI is ignored. */
  private async openRelated(uri: string) {
    if (!this.lastState?.related?.some((r) => r.uri === uri)) return;
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(uri, true), { viewColumn: vscode.ViewColumn.One, preview: false });
  }

  private async toggle(uri: vscode.Uri, message: Extract<FromWebview, { type: 'toggle' }>) {
    const document = await vscode.workspace.openTextDocument(uri);
    if (textHash(document.getText()) !== message.version) {
      this.post({ type: 'notice', message: vscode.l10n.t('The document changed since the board was drawn; nothing was changed. Try again.') });
      await this.render();
      return;
    }
    const a = await this.analysis.analyze(document);
    if (!a) return;
    const edit = toggleEdit(document, a.result.model, message.line, message.done);
    if (typeof edit === 'string') {
      this.post({ type: 'notice', message: edit });
      await this.render();
      return;
    }
    const before = document.lineAt(message.line - 1).text;
    if (!(await vscode.workspace.applyEdit(edit))) {
      this.post({ type: 'notice', message: vscode.l10n.t('The edit could not be applied.') });
    } else this.history.record({ uri: uri.toString(), line: message.line, before, after: document.lineAt(message.line - 1).text });
    await this.render();
  }

  /**
   * Ctrl+Z (or redo) with focus on the board: reverts the board's last tick on
   * its line, restoring the words the line had. The editor's undo command is not
   * used: it acts where the keyboard focus is, and focus may still be on the board.
   */
  private async undo(redo: boolean) {
    const tick = this.history.peek(redo);
    if (!tick) return;
    const uri = vscode.Uri.parse(tick.uri, true);
    const document = await vscode.workspace.openTextDocument(uri);
    const [from, to] = redo ? [tick.before, tick.after] : [tick.after, tick.before];
    const revert = revertLine(document.getText(), tick.line, from, to);
    if (!revert) {
      this.history.drop(redo);
      this.post({ type: 'notice', message: vscode.l10n.t('The line was edited since; nothing was changed.') });
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(document.positionAt(revert.edit.start), document.positionAt(revert.edit.end)), revert.edit.newText);
    if (await vscode.workspace.applyEdit(edit)) this.history.moved(redo, revert.line);
    else this.post({ type: 'notice', message: vscode.l10n.t('The edit could not be applied.') });
    await this.render();
  }

  /** The board's ticks, for undo and redo. */
  private readonly history = new TickHistory();

  viewState(): BoardViewState {
    return { mode: this.mode, uri: this.uri?.toString() ?? null, owner: null, openOnly: false, overdueOnly: false };
  }

  private disposed = false;

  dispose(): void {
    this.disposed = true;
    this.closed.fire();
    this.closed.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.panel.dispose();
  }
}
