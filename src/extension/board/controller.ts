import * as vscode from 'vscode';
import type { BoardViewState } from '../../board/protocol.js';
import { isMarkdown, type AnalysisService } from '../analysis.js';
import type { RelatedSource } from '../related.js';
import type { WorkspaceIndex } from '../workspace/index.js';
import { BOARD_VIEW_TYPE, BoardPanel } from './panel.js';
import { restorableUri } from './restore.js';

/** Opens, reuses and restores the board panels (one per mode). */
export class BoardController implements vscode.Disposable {
  private readonly panels = new Map<'document' | 'workspace', BoardPanel>();
  private readonly serializer: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly analysis: AnalysisService,
    private readonly index: WorkspaceIndex,
    private readonly related?: RelatedSource,
  ) {
    this.serializer = vscode.window.registerWebviewPanelSerializer(BOARD_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: BoardViewState | undefined) => this.restore(panel, state).then(() => undefined),
    });
  }

  /** Brings back a board after a window reload, from the state its page saved. */
  async restore(panel: vscode.WebviewPanel, state: BoardViewState | undefined): Promise<BoardPanel> {
    const mode = state?.mode === 'workspace' ? 'workspace' : 'document';
    // The saved state is the page's: only a document that is open or indexed is restored.
    const open = vscode.workspace.textDocuments.map((d) => d.uri.toString());
    let accepted = restorableUri(state?.uri, open, []);
    if (!accepted && state?.uri) {
      await this.index.whenReady();
      accepted = restorableUri(state.uri, open, this.index.all().map((e) => e.uri.toString()));
    }
    const uri = accepted ? vscode.Uri.parse(accepted, true) : undefined;
    const board = this.adopt(new BoardPanel(panel, mode, this.extensionUri, this.analysis, this.index, uri, this.related));
    await board.render();
    return board;
  }

  panel(mode: 'document' | 'workspace'): BoardPanel | undefined {
    return this.panels.get(mode);
  }

  private adopt(board: BoardPanel): BoardPanel {
    this.panels.get(board.mode)?.dispose();
    this.panels.set(board.mode, board);
    board.onDidDispose(() => {
      if (this.panels.get(board.mode) === board) this.panels.delete(board.mode);
    });
    return board;
  }

  /** Postmortem: Show Action Items — the active postmortem's board, beside the editor. */
  async showDocument(uri?: vscode.Uri): Promise<BoardPanel | undefined> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || !isMarkdown(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a postmortem Markdown file first.'));
      return undefined;
    }
    const existing = this.panels.get('document');
    if (existing && existing.documentUri?.toString() === document.uri.toString()) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      await existing.render();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(BOARD_VIEW_TYPE, vscode.l10n.t('Action Items'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] });
    const board = this.adopt(new BoardPanel(panel, 'document', this.extensionUri, this.analysis, this.index, document.uri, this.related));
    await board.render();
    return board;
  }

  /** Postmortem: Show All Action Items — every postmortem in the workspace. */
  async showWorkspace(): Promise<BoardPanel> {
    const existing = this.panels.get('workspace');
    if (existing) {
      existing.panel.reveal(undefined, false);
      await existing.render();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(BOARD_VIEW_TYPE, vscode.l10n.t('Action Items: all postmortems'), vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] });
    const board = this.adopt(new BoardPanel(panel, 'workspace', this.extensionUri, this.analysis, this.index));
    await board.render();
    return board;
  }

  dispose(): void {
    this.serializer.dispose();
    for (const p of this.panels.values()) p.dispose();
  }
}
