import * as vscode from 'vscode';
import { modelOf } from '../../core/lint/lint.js';
import type { PostmortemModel } from '../../core/model/types.js';
import type { AnalysisService } from '../analysis.js';
import { textHash } from '../board/hash.js';
import { getChannel, type ConfigService } from '../config-service.js';

export interface IndexEntry {
  uri: vscode.Uri;
  model: PostmortemModel;
  hash: number;
  /** When it was indexed (a counter): a full run drops only entries older than itself. */
  stamp: number;
}

const GLOB = '**/*.{md,markdown}';
const EXCLUDE = '{**/node_modules/**,**/.git/**}';
const BATCH = 25;
const SLICE_MS = 20;

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
  /** Files reported by the watcher, indexed in batches: a branch switch can touch thousands at once. */
  private readonly queue = new Map<string, vscode.Uri>();
  private draining: Promise<void> | undefined;
  private fireTimer: ReturnType<typeof setTimeout> | undefined;
  private stamp = 0;

  constructor(
    private readonly configs: ConfigService,
    analysis: AnalysisService,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
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
      if (this.entries.delete(key)) this.fireSoon();
      return;
    }
    this.entries.set(key, { uri, model, hash: textHash(text), stamp: ++this.stamp });
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
    // A deleted folder reports only itself: drop everything below it too.
    const prefix = uri.toString().replace(/\/?$/, '/');
    let changed = this.entries.delete(uri.toString());
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) changed = this.entries.delete(key) || changed;
    if (changed) this.fireSoon();
  }

  private enqueue(uri: vscode.Uri) {
    if (!/\.(md|markdown)$/i.test(uri.path)) return;
    this.queue.set(uri.toString(), uri);
    this.draining ??= this.drain();
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.size) {
        const batch = [...this.queue.values()].slice(0, BATCH);
        for (const uri of batch) this.queue.delete(uri.toString());
        await this.indexBatch(batch);
      }
    } finally {
      this.draining = undefined;
    }
  }

  /**
   * A document's text: the editor's when it is open, else the file's. Only a
   * regular file (or a symlink to one) is read, and only when its size can
   * hold no more than about `maxChars` characters: a FIFO named x.md would
   * never answer, /dev/zero never ends, and a larger file is not modelled anyway.
   */
  private async read(uri: vscode.Uri, maxChars: number): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if ((stat.type & vscode.FileType.File) === 0 || stat.size > 4 * (maxChars + 1) + 4) return undefined;
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  /** Reads a batch of files, then models them in time slices. Returns the longest slice. */
  private async indexBatch(batch: vscode.Uri[]): Promise<number> {
    const inputs = await Promise.all(
      batch.map(async (uri) => {
        const config = await this.configs.configFor(uri);
        return { uri, text: await this.read(uri, config.maxFileSize), config, path: await this.configs.globPath(uri) };
      }),
    );
    let slice = Date.now();
    let longest = 0;
    for (const { uri, text, config, path } of inputs) {
      if (text === undefined) continue;
      let model: PostmortemModel;
      try {
        model = modelOf(text, { path, config });
      } catch (error) {
        // One unreadable document must not stop the index; say which in the log.
        getChannel().appendLine(`[index] ${uri.toString()}: ${String((error as Error)?.message ?? error)}`);
        continue;
      }
      if (model.isPostmortem) this.entries.set(uri.toString(), { uri, model, hash: textHash(text), stamp: ++this.stamp });
      else this.entries.delete(uri.toString());
      // Never hold the extension host for more than a slice: other extensions and the UI wait on it.
      if (Date.now() - slice >= SLICE_MS) {
        longest = Math.max(longest, Date.now() - slice);
        await yieldToHost();
        slice = Date.now();
      }
    }
    longest = Math.max(longest, Date.now() - slice);
    this.fireSoon();
    await yieldToHost();
    return longest;
  }

  private async indexAll(): Promise<IndexRun> {
    const started = Date.now();
    const runStamp = this.stamp;
    const files = await vscode.workspace.findFiles(GLOB, EXCLUDE);
    let longest = 0;
    for (let i = 0; i < files.length; i += BATCH) longest = Math.max(longest, await this.indexBatch(files.slice(i, i + BATCH)));
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
