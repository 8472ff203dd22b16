import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, loadConfigText, MAX_CONFIG_BYTES } from '../core/config/file.js';
import { defaultConfig, resolveConfig } from '../core/config/resolve.js';
import type { ConfigProblem, ResolvedConfig } from '../core/config/types.js';
import { RULES } from '../core/rules/index.js';
import { settingsConfig } from './settings.js';

interface Entry {
  config: ResolvedConfig;
  /** The config file used, if any. */
  file?: vscode.Uri;
}

/**
 * Resolves the configuration for a document: the core's defaults, then the
 * `postmortem.*` settings, then the nearest `.postmortemrc.*` above the file.
 * The language server reports problems in config files; this copy serves the
 * workspace index and Lint All Postmortems, which still run in the extension.
 */
export class ConfigService implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<Entry>>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when settings or a config file change; open documents must be re-linted. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Bumped on every change so results computed with an older configuration can be dropped. */
  generation = 0;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.postmortemrc*');
    const invalidate = () => this.invalidate();
    this.disposables.push(
      watcher,
      watcher.onDidChange(invalidate),
      watcher.onDidCreate(invalidate),
      watcher.onDidDelete(invalidate),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('postmortem')) invalidate();
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (CONFIG_FILE_NAMES.some((n) => d.uri.path.endsWith('/' + n))) invalidate();
      }),
    );
  }

  invalidate(): void {
    this.cache.clear();
    this.generation++;
    this.changed.fire();
  }

  async configFor(uri: vscode.Uri): Promise<ResolvedConfig> {
    return (await this.entryFor(uri)).config;
  }

  /**
   * The path used to match `postmortemGlobs`: relative to the config file's
   * folder, else to the workspace folder, as the command-line tool does.
   */
  async globPath(uri: vscode.Uri): Promise<string> {
    const entry = await this.entryFor(uri);
    const base = entry.file ? vscode.Uri.joinPath(entry.file, '..') : vscode.workspace.getWorkspaceFolder(uri)?.uri;
    if (base && uri.path.startsWith(base.path.replace(/\/$/, '') + '/')) return uri.path.slice(base.path.replace(/\/$/, '').length + 1);
    return uri.path;
  }

  private async entryFor(uri: vscode.Uri): Promise<Entry> {
    const dir = vscode.Uri.joinPath(uri, '..');
    const key = uri.scheme === 'untitled' ? 'untitled' : dir.toString();
    let entry = this.cache.get(key);
    if (!entry) {
      entry = this.load(uri, dir);
      this.cache.set(key, entry);
    }
    return entry;
  }

  private async load(uri: vscode.Uri, dir: vscode.Uri): Promise<Entry> {
    const base = resolveConfig({ raw: settingsConfig(uri), source: 'settings', rules: RULES, base: defaultConfig(RULES) });
    this.reportSettingsProblems(base.problems);
    if (uri.scheme === 'untitled') return { config: base.config };
    const found = await this.findFile(dir, vscode.workspace.getWorkspaceFolder(uri)?.uri);
    if (!found) return { config: base.config };
    const text = new TextDecoder().decode(found.bytes);
    const { config } = loadConfigText(text, found.uri.path, RULES, base.config);
    return { config, file: found.uri };
  }

  /**
   * Nearest config file, from the document's folder up to the workspace folder
   * (or the root), however deep. Only regular files (or symlinks to one) of at
   * most MAX_CONFIG_BYTES are read: a FIFO would block, a device never ends.
   */
  private async findFile(start: vscode.Uri, root?: vscode.Uri): Promise<{ uri: vscode.Uri; bytes: Uint8Array } | undefined> {
    let dir = start;
    for (;;) {
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = vscode.Uri.joinPath(dir, name);
        let stat: vscode.FileStat;
        try {
          stat = await vscode.workspace.fs.stat(candidate);
        } catch {
          continue; // Not there: try the next name.
        }
        if ((stat.type & vscode.FileType.File) === 0) {
          continue; // A pipe, a device or a socket is never read.
        }
        if (stat.size > MAX_CONFIG_BYTES) continue;
        try {
          return { uri: candidate, bytes: await vscode.workspace.fs.readFile(candidate) };
        } catch {
          // Gone or unreadable since the stat: try the next name.
        }
      }
      if (root && dir.toString() === root.toString()) return undefined;
      const parent = vscode.Uri.joinPath(dir, '..');
      if (parent.path === dir.path) return undefined;
      dir = parent;
    }
  }

  private reportSettingsProblems(problems: ConfigProblem[]) {
    if (!problems.length) return;
    const channel = getChannel();
    for (const p of problems) channel.appendLine(`[settings] ${p.message}`);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

let channel: vscode.OutputChannel | undefined;
export function getChannel(): vscode.OutputChannel {
  channel ??= vscode.window.createOutputChannel('Postmortem');
  return channel;
}
