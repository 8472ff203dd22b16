import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES } from '../core/config/names.js';

/**
 * Tells the extension when the configuration changed: a `.postmortemrc.*`
 * created, changed, deleted or saved, or a `postmortem.*` setting. The
 * language server resolves and reports configurations; the views re-ask it.
 */
export class ConfigService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when settings or a config file change; open documents must be re-linted. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Bumped on every change. */
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
    this.generation++;
    this.changed.fire();
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
