import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { CONFIG_FILE_NAMES, IGNORE_FILE_NAME } from '../core/config/names.js';
import { PUBLISHED_NOTIFICATION, READ_FILE_REQUEST, SETTINGS_SECTION, type PublishedParams, type ReadFileParams, type ServerSettings, type InitializationOptions } from '../protocol.js';
import { readForServer } from './files.js';
import { documentSymbolsMiddleware } from './symbols-in-slices.js';
import type { FocusMode } from './focus-mode.js';
import { isEnabled, runMode, userSettings } from './settings.js';

/** The language server's client, whichever the transport (a Node process or a browser Worker). */
export type PostmortemClient = BaseLanguageClient;

export const CLIENT_ID = 'postmortem';
export const CLIENT_NAME = 'Postmortem';

/** The schemes whose Markdown documents the server analyses. */
export const SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs'];

/** The `postmortem` section the server asks for: the values the user set, in the settings' names, plus when to lint. */
function settingsFor(scope: vscode.Uri | undefined): ServerSettings {
  return { ...userSettings(scope), enable: isEnabled(scope), run: runMode(scope) };
}

/** What the client asks of the server and answers to it, the same on Node and in a browser. */
export function clientOptions(outputChannel: vscode.OutputChannel, focus: FocusMode, client: () => PostmortemClient): LanguageClientOptions {
  return {
    documentSelector: SCHEMES.map((scheme) => ({ language: 'markdown', scheme })),
    initializationOptions: { locale: vscode.env.language, ruleDocCommand: 'postmortem.showRuleDoc', placeholderCommand: 'postmortem.fillPlaceholder' } satisfies InitializationOptions,
    outputChannel,
    synchronize: { fileEvents: [...CONFIG_FILE_NAMES, IGNORE_FILE_NAME].map((n) => vscode.workspace.createFileSystemWatcher(`**/${n}`)) },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, focus.filter(uri, diagnostics)),
      provideDocumentSymbols: documentSymbolsMiddleware(client),
      workspace: {
        // Defaults live in the core, so only what the user set is sent (see userSettings).
        configuration: (params) => params.items.map((item) => (item.section === SETTINGS_SECTION ? settingsFor(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : null)),
      },
    },
  };
}

/** Lets a server without a file system (the browser build) read files through the editor. */
export function answerFileReads(client: PostmortemClient): vscode.Disposable {
  return client.onRequest(READ_FILE_REQUEST, (params: ReadFileParams) => readForServer(params));
}

/**
 * The document versions whose diagnostics the server has published: `whenPublished`
 * resolves once the Problems panel shows a document's current version.
 */
export class PublishedVersions implements vscode.Disposable {
  private readonly versions = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<string>();
  readonly onDidPublish = this.emitter.event;

  constructor(client: PostmortemClient) {
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
