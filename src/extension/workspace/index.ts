import * as vscode from 'vscode';
import { modelOf } from '../../core/lint/lint.js';
import type { PostmortemModel } from '../../core/model/types.js';
import type { AnalysisService } from '../analysis.js';
import { textHash } from '../board/hash.js';
import type { ConfigService } from '../config-service.js';

export interface IndexEntry {
  uri: vscode.Uri;
  model: PostmortemModel;
  hash: number;
}

const GLOB = '**/*.{md,markdown}';
const EXCLUDE = '{**/node_modules/**,**/.git/**}';
const BATCH = 25;

/** Statistics of the last full indexing run, for the README's figures and the tests. */
export interface IndexRun {
  files: number;
  postmortems: number;
  millis: number;
  /** Longest stretch the indexer held the extension host without yielding. */
  longestBlockMillis: number;
}

/**
 * Every postmortem in the workspace, by model only (no rules), kept current by
 * a file watcher and by the analyses of open documents. Indexing reads files in
 * small batches and yields between them, so a thousand files never freeze the host.
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private ready: Promise<IndexRun> | undefined;
  lastRun: IndexRun | undefined;

  constructor(
    private readonly configs: ConfigService,
    analysis: AnalysisService,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
    this.subscriptions = [
      this.changed,
      watcher,
      watcher.onDidCreate((u) => void this.update(u)),
      watcher.onDidChange((u) => void this.update(u)),
      watcher.onDidDelete((u) => {
        if (this.entries.delete(u.toString())) this.changed.fire();
      }),
      analysis.onDidAnalyze((a) => {
        if (vscode.workspace.getWorkspaceFolder(a.document.uri)) this.put(a.document.uri, a.result.model, a.document.getText());
      }),
      configs.onDidChange(() => void this.rebuild()),
    ];
  }

  /** Indexes the workspace once; later calls wait for the same run. */
  whenReady(): Promise<IndexRun> {
    this.ready ??= this.indexAll();
    return this.ready;
  }

  rebuild(): Promise<IndexRun> {
    this.ready = this.indexAll();
    return this.ready;
  }

  all(): IndexEntry[] {
    return [...this.entries.values()];
  }

  private put(uri: vscode.Uri, model: PostmortemModel, text: string) {
    const key = uri.toString();
    if (!model.isPostmortem) {
      if (this.entries.delete(key)) this.changed.fire();
      return;
    }
    this.entries.set(key, { uri, model, hash: textHash(text) });
    this.changed.fire();
  }

  private async read(uri: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  private async update(uri: vscode.Uri): Promise<void> {
    const text = await this.read(uri);
    if (text === undefined) return;
    this.put(uri, modelOf(text, { path: await this.configs.globPath(uri), config: await this.configs.configFor(uri) }), text);
  }

  private async indexAll(): Promise<IndexRun> {
    const started = Date.now();
    const files = await vscode.workspace.findFiles(GLOB, EXCLUDE);
    let longest = 0;
    const seen = new Set<string>();
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH);
      const texts = await Promise.all(batch.map((u) => this.read(u)));
      const t0 = Date.now();
      for (const [j, uri] of batch.entries()) {
        const text = texts[j];
        seen.add(uri.toString());
        if (text === undefined) continue;
        const model = modelOf(text, { path: await this.configs.globPath(uri), config: await this.configs.configFor(uri) });
        if (model.isPostmortem) this.entries.set(uri.toString(), { uri, model, hash: textHash(text) });
        else this.entries.delete(uri.toString());
      }
      longest = Math.max(longest, Date.now() - t0);
      // Let the extension host breathe between batches.
      await new Promise((r) => setTimeout(r, 0));
    }
    for (const key of [...this.entries.keys()]) if (!seen.has(key)) this.entries.delete(key);
    this.lastRun = { files: files.length, postmortems: this.entries.size, millis: Date.now() - started, longestBlockMillis: longest };
    this.changed.fire();
    return this.lastRun;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
