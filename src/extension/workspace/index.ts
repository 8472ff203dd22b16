import * as vscode from 'vscode';
import type { PostmortemModel } from '../../core/model/types.js';
import type { AnalysisService } from '../analysis.js';
import type { PostmortemClient } from '../client.js';
import { MODEL_FILES_REQUEST, type ModelFilesParams, type ModelFilesResult } from '../../protocol.js';
import { getChannel, type ConfigService } from '../config-service.js';
import { isEnabled } from '../settings.js';
import { isGoneWith, MARKDOWN_EXCLUDE, MARKDOWN_GLOB } from './markdown-files.js';

export interface IndexEntry {
  uri: vscode.Uri;
  model: PostmortemModel;
  hash: number;
  /** When it was indexed (a counter): a full run drops only entries older than itself. */
  stamp: number;
}

const BATCH = 25;

function yieldToHost(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}

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
 * a file watcher and by the analyses of open documents. The language server
 * reads and models the files, in batches; the host only keeps the list.
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private ready: Promise<IndexRun> | undefined;
  lastRun: IndexRun | undefined;
  /** Files reported by the watcher, indexed in batches: a branch switch can touch thousands at once. */
  private readonly queue = new Map<string, vscode.Uri>();
  private draining: Promise<void> | undefined;
  private fireTimer: ReturnType<typeof setTimeout> | undefined;
  private stamp = 0;

  constructor(
    configs: ConfigService,
    analysis: AnalysisService,
    private readonly client: PostmortemClient,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    this.subscriptions = [
      this.changed,
      watcher,
      watcher.onDidCreate((u) => this.enqueue(u)),
      watcher.onDidChange((u) => this.enqueue(u)),
      watcher.onDidDelete((u) => this.forget(u)),
      // Files created, deleted or renamed in the editor are known at once, without waiting for the watcher.
      vscode.workspace.onDidCreateFiles((e) => e.files.forEach((u) => this.enqueue(u))),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((u) => this.forget(u))),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => (this.forget(oldUri), this.enqueue(newUri)))),
      analysis.onDidAnalyze((a) => {
        if (vscode.workspace.getWorkspaceFolder(a.document.uri)) this.put(a.document.uri, a.result.model, a.hash);
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

  private put(uri: vscode.Uri, model: PostmortemModel, hash: number) {
    const key = uri.toString();
    if (!model.isPostmortem) {
      if (this.entries.delete(key)) this.fireSoon();
      return;
    }
    this.entries.set(key, { uri, model, hash, stamp: ++this.stamp });
    this.fireSoon();
  }

  /** Listeners (tree, status bar, board) recompute once per burst of changes, not once per file. */
  private fireSoon() {
    if (this.fireTimer) return;
    this.fireTimer = setTimeout(() => {
      this.fireTimer = undefined;
      this.changed.fire();
    }, 50);
  }

  private forget(uri: vscode.Uri) {
    this.queue.delete(uri.toString());
    let changed = false;
    for (const key of [...this.entries.keys()]) if (isGoneWith(key, uri)) changed = this.entries.delete(key) || changed;
    if (changed) this.fireSoon();
  }

  private enqueue(uri: vscode.Uri) {
    // postmortem.enable is asked when the file's batch is indexed: a branch switch delivers thousands of events at once.
    if (!/\.(md|markdown)$/i.test(uri.path)) return;
    this.queue.set(uri.toString(), uri);
    this.draining ??= this.drain();
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.size) {
        const batch = [...this.queue.values()].slice(0, BATCH);
        for (const uri of batch) this.queue.delete(uri.toString());
        await this.indexBatch(batch.filter((u) => isEnabled(u)));
      }
    } finally {
      this.draining = undefined;
    }
  }

  /**
   * Models a batch of files in the language server (it reads closed files
   * itself, regular files only and within maxFileSize): the extension host
   * never parses, so a big postmortem in the workspace cannot freeze it.
   * Returns how long the batch held the host, which is only the bookkeeping.
   */
  private async indexBatch(batch: vscode.Uri[]): Promise<number> {
    await this.client.start();
    const params: ModelFilesParams = { uris: batch.map((u) => this.client.code2ProtocolConverter.asUri(u)) };
    const answers = await this.client.sendRequest<ModelFilesResult>(MODEL_FILES_REQUEST, params).catch((error: unknown) => {
      getChannel().appendLine(`[index] ${String((error as Error)?.message ?? error)}`);
      return [] as ModelFilesResult;
    });
    const started = Date.now();
    batch.forEach((uri, i) => {
      const answer = answers[i];
      if (!answer) return;
      if (answer.model.isPostmortem) this.entries.set(uri.toString(), { uri, model: answer.model, hash: answer.hash, stamp: ++this.stamp });
      else this.entries.delete(uri.toString());
    });
    this.fireSoon();
    const held = Date.now() - started;
    await yieldToHost();
    return held;
  }

  private async indexAll(): Promise<IndexRun> {
    const started = Date.now();
    const runStamp = this.stamp;
    const found = await vscode.workspace.findFiles(MARKDOWN_GLOB, MARKDOWN_EXCLUDE);
    const files: vscode.Uri[] = [];
    let longest = 0;
    for (let i = 0; i < found.length; i += BATCH) {
      // Files where postmortem.enable is off are not read at all. Asked per batch: reading a
      // setting per file holds the host about 50 µs, which over thousands of files is a pause.
      const started = Date.now();
      const batch = found.slice(i, i + BATCH).filter((u) => isEnabled(u));
      files.push(...batch);
      longest = Math.max(longest, Date.now() - started + (await this.indexBatch(batch)));
    }
    const seen = new Set(files.map((u) => u.toString()));
    // Drop files that are gone, but not ones the watcher added while this run was going.
    for (const [key, entry] of this.entries) if (!seen.has(key) && entry.stamp <= runStamp) this.entries.delete(key);
    this.lastRun = { files: files.length, postmortems: this.entries.size, millis: Date.now() - started, longestBlockMillis: longest };
    this.changed.fire();
    return this.lastRun;
  }

  dispose(): void {
    if (this.fireTimer) clearTimeout(this.fireTimer);
    for (const s of this.subscriptions) s.dispose();
  }
}
