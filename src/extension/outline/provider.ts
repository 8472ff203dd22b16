import * as vscode from 'vscode';
import { localToday } from '../../core/clock.js';
import type { Analysis, AnalysisService } from '../analysis.js';
import { isMarkdown } from '../analysis.js';
import type { RelatedIncidentInfo } from '../../protocol.js';
import type { RelatedSource } from '../related.js';
import { childrenOf, toTreeItem, type OutlineNode } from './nodes.js';


const tabUri = (t: vscode.Tab): vscode.Uri | undefined =>
  t.input instanceof vscode.TabInputText ? t.input.uri : t.input instanceof vscode.TabInputTextDiff ? t.input.modified : undefined;

function isInATab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => tabUri(t)?.toString() === key));
}

/** The Incident Outline: follows the active postmortem editor. */
export class OutlineProvider implements vscode.TreeDataProvider<OutlineNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OutlineNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Fires after the tree was given a new analysis (tests wait on it). */
  private readonly refreshed = new vscode.EventEmitter<Analysis | undefined>();
  readonly onDidRefresh = this.refreshed.event;
  private current: Analysis | undefined;
  /** The server's related incidents for the document shown (by its URI), once they came. */
  private related: { uri: string; incidents: RelatedIncidentInfo[] } | undefined;
  private readonly relatedShownEmitter = new vscode.EventEmitter<RelatedIncidentInfo[]>();
  /** Fires after the tree was given the related incidents of the document it shows (tests wait on it). */
  readonly onDidShowRelated = this.relatedShownEmitter.event;
  private readonly subscriptions: vscode.Disposable[];
  private typing: ReturnType<typeof setTimeout> | undefined;
  static readonly typingDelayMs = 250;

  constructor(
    private readonly analysis: AnalysisService,
    private readonly relatedOf?: RelatedSource,
    /** Fires when other postmortems of the workspace changed: the related incidents are asked again. */
    workspaceChanged?: vscode.Event<void>,
  ) {
    this.subscriptions = [
      this.changed,
      this.refreshed,
      this.relatedShownEmitter,
      workspaceChanged?.(() => {
        if (this.current) void this.loadRelated(this.current);
      }) ?? { dispose: () => undefined },
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      // A closed document leaves the outline, even while focus is elsewhere (the board, the panel):
      // its last tab closing says so at once, the document's disposal only later.
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.current?.document === d) this.show(undefined);
      }),
      vscode.window.tabGroups.onDidChangeTabs(() => {
        if (this.current && !isInATab(this.current.document.uri)) this.show(undefined);
      }),
      analysis.onDidAnalyze((a) => {
        if (a.document === vscode.window.activeTextEditor?.document) this.show(a);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== vscode.window.activeTextEditor?.document) return;
        // The server analyses after a pause in typing; asking on every keystroke would only queue work.
        clearTimeout(this.typing);
        this.typing = setTimeout(() => void this.refresh(), OutlineProvider.typingDelayMs);
      }),
      { dispose: () => clearTimeout(this.typing) },
    ];
    void this.refresh();
  }

  get analysisShown(): Analysis | undefined {
    return this.current;
  }

  /** The related incidents shown for the current document, if they came. */
  get relatedShown(): RelatedIncidentInfo[] | undefined {
    return this.current && this.related?.uri === this.current.document.uri.toString() ? this.related.incidents : undefined;
  }

  async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isMarkdown(document)) {
      // Keep the last postmortem while focus is elsewhere (the board, the panel).
      if (!document) return;
      this.show(undefined);
      return;
    }
    const a = await this.analysis.analyze(document);
    if (a && document === vscode.window.activeTextEditor?.document && a.version === document.version) this.show(a);
  }

  private show(a: Analysis | undefined) {
    this.current = a && a.result.model.isPostmortem && !a.result.skipped ? a : undefined;
    void vscode.commands.executeCommand('setContext', 'postmortem.hasPostmortem', !!this.current);
    this.changed.fire(undefined);
    this.refreshed.fire(this.current);
    if (this.current) void this.loadRelated(this.current);
  }

  /** Asks the server after the tree is drawn: the outline never waits for the search. */
  private async loadRelated(a: Analysis) {
    if (!this.relatedOf) return;
    const uri = a.document.uri.toString();
    const answer = await this.relatedOf(a.document.uri);
    if (this.current?.document.uri.toString() !== uri) return;
    const incidents = answer ?? [];
    const unchanged = this.related?.uri === uri && JSON.stringify(this.related.incidents) === JSON.stringify(incidents);
    this.related = { uri, incidents };
    if (!unchanged) this.changed.fire(undefined);
    this.relatedShownEmitter.fire(incidents);
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    return toTreeItem(node, this.current!.document.uri);
  }

  getChildren(node?: OutlineNode): OutlineNode[] {
    if (!this.current) return [];
    return childrenOf(node, this.current.result.model, localToday(), this.relatedShown);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
