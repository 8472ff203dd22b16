import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIG_FILE_NAMES } from '../core/config/names.js';
import { PUBLISHED_NOTIFICATION, SETTINGS_SECTION, type PublishedParams, type ServerSettings } from '../protocol.js';
import type { FocusMode } from './focus-mode.js';
import { isEnabled, runMode, settingsConfig } from './settings.js';

/** The schemes whose Markdown documents the server analyses. */
export const SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs'];

/** The `postmortem` section the server asks for: the values the user set, in the settings' names, plus when to lint. */
function settingsFor(scope: vscode.Uri | undefined): ServerSettings {
  const raw = settingsConfig(scope);
  if ('language' in raw) {
    raw.messageLanguage = raw.language;
    delete raw.language;
  }
  return { ...raw, enable: isEnabled(scope), run: runMode(scope) };
}

/** Starts the language server (dist/server.js) as a child process and connects to it. */
export function createClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel, focus: FocusMode): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const server: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const options: LanguageClientOptions = {
    documentSelector: SCHEMES.map((scheme) => ({ language: 'markdown', scheme })),
    initializationOptions: { locale: vscode.env.language },
    outputChannel,
    synchronize: { fileEvents: CONFIG_FILE_NAMES.map((n) => vscode.workspace.createFileSystemWatcher(`**/${n}`)) },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, focus.filter(uri, diagnostics)),
      workspace: {
        // Defaults live in the core, so only what the user set is sent (see settingsConfig).
        configuration: (params) => params.items.map((item) => (item.section === SETTINGS_SECTION ? settingsFor(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : null)),
      },
    },
  };
  return new LanguageClient('postmortem', 'Postmortem', server, options);
}

/**
 * The document versions whose diagnostics the server has published: `whenPublished`
 * resolves once the Problems panel shows a document's current version.
 */
export class PublishedVersions implements vscode.Disposable {
  private readonly versions = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<string>();
  readonly onDidPublish = this.emitter.event;

  constructor(client: LanguageClient) {
    client.onNotification(PUBLISHED_NOTIFICATION, (p: PublishedParams) => {
      const key = vscode.Uri.parse(p.uri).toString();
      this.versions.set(key, p.version);
      this.emitter.fire(key);
    });
  }

  /** Resolves when diagnostics for the document's current version (or a newer one) are published. */
  whenPublished(document: vscode.TextDocument, timeoutMs = 20_000): Promise<boolean> {
    const key = document.uri.toString();
    const done = () => (this.versions.get(key) ?? -1) >= document.version;
    if (done()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => (sub.dispose(), resolve(false)), timeoutMs);
      const sub = this.onDidPublish((k) => {
        if (k !== key || !done()) return;
        clearTimeout(timer);
        sub.dispose();
        resolve(true);
      });
    });
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
