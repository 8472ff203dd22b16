import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAMES } from '../core/config/file.js';
import { nameLike } from '../core/insights/name-like.js';
import { CONFIG_CHANGED_NOTIFICATION, LINT_FILES_REQUEST, MODEL_FILES_REQUEST, type LintFilesResult, MODEL_REQUEST, type ModelFilesParams, type ModelFilesResult, PUBLISHED_NOTIFICATION, type PublishedParams, RECURRING_REQUEST, type RecurringParams, type RecurringResult, RELATED_REQUEST, type RelatedParams, type RelatedResult, SERVER_NAME, SETTINGS_SECTION, type ModelParams, type ModelResult, type ServerSettings, type InitializationOptions } from '../protocol.js';
import { Analyses, type Analysis } from './analyses.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { inProcessModeller, type AnalysisRunner, type FileModeller } from './runner.js';
import { headingCompletions } from './completion.js';
import { ServerConfigs } from './configs.js';
import { brokenConfigDiagnostic, problemDiagnostic, toDiagnostic } from './diagnostics.js';
import { foldingRanges } from './folding.js';
import { lintFiles, modelFiles, refreshClosed } from './model-files.js';
import { WorkspaceRelated } from './related.js';
import type { ServerHost } from './host.js';
import { hover } from './hover.js';
import { textsFor } from './l10n.js';
import { documentSymbols } from './symbols.js';
import { LastPublished } from './unchanged.js';

export interface ServerOptions {
  /** Delay between the last keystroke and the analysis that publishes diagnostics. */
  debounceMs?: number;
  version?: string;
  /** Where this server runs (e.g. "in a Web Worker"), logged to the client once it is initialized. */
  runtime?: string;
  /** Where analyses run: by default on the server's thread; on Node, a worker with a watchdog. */
  runner?: AnalysisRunner;
  /** Where closed files are modelled for the workspace index: by default on the server's thread; on Node, a worker of their own. */
  modeller?: FileModeller;
}

/** What tests and the benchmark may read from a running server. */
export interface ServerState {
  analyses: Analyses;
  configs: ServerConfigs;
  related: WorkspaceRelated;
}

/** Markdown files, watched so a deleted or changed postmortem leaves or updates the related index. */
const MARKDOWN_FILE = /\.(md|markdown)$/i;

/** How long after the last postmortem/modelFiles the open documents' re-check waits (the index sends its batches back to back). */
const MODELLING_QUIET_MS = 1000;

/**
 * The postmortem language server, on any connection (Node stdio or IPC, or a
 * browser Worker): diagnostics, quick fixes, the incident outline as document
 * symbols, hovers, folding, heading completion and the model request.
 */
export function startServer(connection: Connection, host: ServerHost, options: ServerOptions = {}): ServerState {
  let debounceMs = options.debounceMs ?? 150;
  const documents = new TextDocuments(TextDocument);
  let texts = textsFor(undefined);
  let ruleDocCommand: string | undefined;
  let placeholderCommand: string | undefined;
  let folders: URI[] = [];
  let canConfigure = false;
  let canWatch = false;
  /** Settings pushed by clients that cannot be asked (`didChangeConfiguration` or `initializationOptions`). */
  let pushed: ServerSettings = {};

  const settingsFor = async (uri: string): Promise<ServerSettings> => {
    if (!canConfigure) return pushed;
    const [section] = (await connection.workspace.getConfiguration([{ scopeUri: uri, section: SETTINGS_SECTION }])) as unknown[];
    return section && typeof section === 'object' ? (section as ServerSettings) : {};
  };
  const configs = new ServerConfigs(
    host,
    settingsFor,
    (uri, problems) => void connection.sendDiagnostics({ uri, diagnostics: problems.map(problemDiagnostic) }),
    () => folders,
  );
  // Another postmortem changed what a repeated-fix check would find: the open documents are checked again, once per burst.
  let relatedTimer: ReturnType<typeof setTimeout> | undefined;
  /** postmortem/modelFiles requests under way, and when the last one ended. */
  let modelFilesRunning = 0;
  let modelFilesAt = 0;
  const related = new WorkspaceRelated(() => {
    clearTimeout(relatedTimer);
    relatedTimer = setTimeout(recheckOpen, Math.max(debounceMs, 300));
  });
  const analyses = new Analyses(configs, host, (uri) => documents.get(uri), options.runner, related);

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    ruleDocCommand = typeof init.ruleDocCommand === 'string' ? init.ruleDocCommand : undefined;
    placeholderCommand = typeof init.placeholderCommand === 'string' ? init.placeholderCommand : undefined;
    if (typeof init.debounceMs === 'number' && init.debounceMs >= 0 && init.debounceMs <= 5_000) debounceMs = init.debounceMs;
    texts = textsFor(init.locale ?? params.locale);
    pushed = init.settings ?? {};
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = roots.map((u) => URI.parse(u));
    canConfigure = !!params.capabilities.workspace?.configuration;
    canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: { label: 'Postmortem' },
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' '] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME, version: options.version },
    };
  });

  connection.onInitialized(() => {
    if (options.runtime) connection.console.info([SERVER_NAME, options.version, 'running', options.runtime].filter(Boolean).join(' '));
    if (canWatch) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [...CONFIG_FILE_NAMES.map((n) => ({ globPattern: `**/${n}` })), { globPattern: '**/*.{md,markdown}' }] });
    if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => f.uri));
      folders = [...folders.filter((f) => !removed.has(f.toString())), ...e.added.map((f) => URI.parse(f.uri))];
      configChanged();
    });
  });

  // Diagnostics: published after a pause in typing (or on save), never for an older version.
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const lastPublished = new LastPublished();
  const cancel = (uri: string) => {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
  };
  const schedule = (uri: string, delay: number) => {
    cancel(uri);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      void publish(uri);
    }, delay));
  };
  const publish = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return;
    const analysis = await analyses.diagnosed(document);
    const now = documents.get(uri);
    if (!analysis || !now || now.version !== analysis.version) return;
    const diagnostics = analysis.settings.enable === false ? [] : analysis.messages.map((m) => toDiagnostic(m, now));
    const broken = analysis.skipped === null ? brokenConfigDiagnostic(analysis.broken ?? [], texts) : undefined;
    if (broken) diagnostics.unshift(broken);
    const changed = lastPublished.differs(uri, diagnostics);
    if (changed) await connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
    const published: PublishedParams = { uri, version: analysis.version, count: diagnostics.length, ...(changed ? {} : { unchanged: true }) };
    await connection.sendNotification(PUBLISHED_NOTIFICATION, published);
  };
  const configChanged = () => {
    configs.invalidate();
    for (const d of documents.all()) schedule(d.uri, 0);
  };
  function recheckOpen() {
    relatedTimer = undefined;
    // While the workspace's files are being modelled, each batch would start another analysis of
    // every open postmortem (and another publication): check once, when the batches stop.
    const quietFor = Date.now() - modelFilesAt;
    if (modelFilesRunning > 0 || quietFor < MODELLING_QUIET_MS) {
      relatedTimer = setTimeout(recheckOpen, modelFilesRunning > 0 ? MODELLING_QUIET_MS : MODELLING_QUIET_MS - quietFor);
      return;
    }
    for (const d of documents.all()) {
      if (!analyses.outdated(d.uri)) continue;
      const { uri, version } = d;
      // On save, the problems shown stay those of the saved text until the next save.
      void configs.forDocument(uri).then(({ settings }) => {
        if (settings.run !== 'onSave' && documents.get(uri)?.version === version) schedule(uri, 0);
      });
    }
  }

  // Opening a document fires both events: the first change is the opening, linted at once in any run mode.
  const opening = new Set<string>();
  documents.onDidOpen((e) => opening.add(e.document.uri));
  documents.onDidChangeContent((e) => {
    const { uri, version } = e.document;
    if (opening.delete(uri)) return schedule(uri, 0);
    void configs.forDocument(uri).then(({ settings }) => {
      if (settings.run === 'onSave' || documents.get(uri)?.version !== version) return;
      schedule(uri, debounceMs);
    });
  });
  documents.onDidSave((e) => schedule(e.document.uri, 0));
  documents.onDidClose((e) => {
    cancel(e.document.uri);
    analyses.forget(e.document.uri);
    lastPublished.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // Its unsaved text closed with it: the related index goes back to the file.
    if (related.has(e.document.uri)) void refreshClosed(e.document.uri, fileDeps);
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const c of changes) {
      if (c.type === FileChangeType.Deleted) {
        // A deleted folder arrives as one event; an open document stays in the index as its editor has it.
        if (!documents.get(c.uri)) related.removeUnder(c.uri);
      } else if (MARKDOWN_FILE.test(c.uri) && related.has(c.uri)) void refreshClosed(c.uri, fileDeps);
    }
    // New Markdown files reach the index through postmortem/modelFiles or their opening.
    if (changes.some((c) => !MARKDOWN_FILE.test(c.uri))) configChanged();
  });
  connection.onDidChangeConfiguration((e) => {
    const settings = (e.settings as Record<string, unknown> | null)?.[SETTINGS_SECTION];
    if (settings && typeof settings === 'object') pushed = settings as ServerSettings;
    configChanged();
  });
  connection.onNotification(CONFIG_CHANGED_NOTIFICATION, configChanged);

  /** The analysis of an open postmortem, for the features that read its model. */
  const postmortem = async (uri: string): Promise<{ analysis: Analysis; document: TextDocument } | undefined> => {
    const document = documents.get(uri);
    const analysis = document && (await analyses.get(document));
    if (!document || !analysis || analysis.result.skipped !== null || !analysis.result.model.isPostmortem) return undefined;
    // The document object is updated in place as edits arrive: one typed while it was analysed would map
    // this analysis's places through newer text. The client asks again (LSP's ContentModified).
    if (analysis.version !== document.version) throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while it was analysed.');
    return { analysis, document };
  };

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && (await analyses.get(document));
    if (!document || !analysis || documents.get(document.uri)?.version !== analysis.version) return [];
    return codeActions(params, document, analysis.result.messages, texts, { ruleDocCommand, placeholderCommand });
  });
  connection.onDocumentSymbol(async (params) => {
    const p = await postmortem(params.textDocument.uri);
    return p ? documentSymbols(p.analysis.result.model, p.document, texts) : null;
  });
  connection.onFoldingRanges(async (params) => {
    const p = await postmortem(params.textDocument.uri);
    return p ? foldingRanges(p.analysis.result.model) : null;
  });
  connection.onHover(async (params) => {
    const p = await postmortem(params.textDocument.uri);
    return p ? hover(p.analysis.result.model, p.document, params.position, host.today(), texts) : null;
  });
  connection.onCompletion(async (params) => {
    const p = await postmortem(params.textDocument.uri);
    return p ? headingCompletions(p.analysis.result.model, p.document, params.position, texts) : null;
  });

  connection.onRequest(MODEL_REQUEST, async (params: ModelParams, token: CancellationToken): Promise<ModelResult | null> => {
    const document = await documentAt(params.uri, params.version, token);
    const analysis = document && (await analyses.get(document));
    return analysis ? { uri: analysis.uri, version: analysis.version, result: analysis.result, hash: analysis.hash() } : null;
  });

  const uriList = (params: ModelFilesParams | undefined): string[] => (Array.isArray(params?.uris) ? params.uris.filter((u) => typeof u === 'string') : []);
  const fileDeps = { analyses, configs, host, related, modeller: options.modeller ?? inProcessModeller, open: (uri: string) => documents.get(uri) };
  connection.onRequest(MODEL_FILES_REQUEST, async (params: ModelFilesParams): Promise<ModelFilesResult> => {
    modelFilesRunning++;
    try {
      return await modelFiles(uriList(params), fileDeps);
    } finally {
      modelFilesRunning--;
      modelFilesAt = Date.now();
    }
  });
  connection.onRequest(LINT_FILES_REQUEST, (params: ModelFilesParams): Promise<LintFilesResult> => lintFiles(uriList(params), fileDeps));
  connection.onRequest(RECURRING_REQUEST, (params: RecurringParams): RecurringResult => related.recurring(uriList(params), host.today(), { isName: nameLike }));
  connection.onRequest(RELATED_REQUEST, async (params: RelatedParams): Promise<RelatedResult> => {
    const uri = typeof params?.uri === 'string' ? params.uri : undefined;
    if (!uri) return null;
    const limit = typeof params.limit === 'number' && params.limit >= 1 ? Math.min(Math.floor(params.limit), 20) : 5;
    // An open document is there as its last analysis left it (asking never starts one: typing in a long
    // postmortem would analyse every version); a closed one is read if it is not there yet.
    if (!documents.get(uri) && !related.has(uri)) await refreshClosed(uri, fileDeps);
    const found = related.related(uri, { limit });
    return found ? found.map(({ uri, title, date, score, sharedTerms }) => ({ uri, title, date, score, sharedTerms })) : null;
  });

  /** The open document once it reaches `version` (its opening or changes may still be on their way), or undefined after a while. */
  const documentAt = (uri: string, version: number, token: CancellationToken): Promise<TextDocument | undefined> => {
    const ready = () => {
      const d = documents.get(uri);
      return d && d.version >= version ? d : undefined;
    };
    const now = ready();
    if (now) return Promise.resolve(now);
    // The document may not be open yet either: a client may send a request before the didOpen it queued.
    return new Promise((resolve) => {
      const done = (d: TextDocument | undefined) => {
        sub.dispose();
        opened.dispose();
        cancelSub.dispose();
        clearTimeout(timer);
        resolve(d);
      };
      const check = () => {
        const d = ready();
        if (d) done(d);
      };
      const sub = documents.onDidChangeContent(check);
      const opened = documents.onDidOpen(check);
      const cancelSub = token.onCancellationRequested(() => done(undefined));
      const timer = setTimeout(() => done(ready()), 5_000);
    });
  };

  connection.onShutdown(() => {
    clearTimeout(relatedTimer);
    options.runner?.dispose();
    options.modeller?.dispose();
  });
  documents.listen(connection);
  connection.listen();
  return { analyses, configs, related };
}
