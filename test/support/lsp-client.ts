import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { PUBLISHED_NOTIFICATION, type PublishedParams, type ServerSettings } from '../../src/protocol.js';

const ROOT = join(__dirname, '..', '..');

export interface TestClient {
  connection: ProtocolConnection;
  /** Settings answered to `workspace/configuration`, per call. */
  settings: ServerSettings;
  /** Runs before each `workspace/configuration` answer (a test may change things meanwhile). */
  beforeConfiguration?: () => Promise<void>;
  open(uri: string, text: string, version?: number): Promise<void>;
  change(uri: string, version: number, changes: Array<{ range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }>): Promise<void>;
  /** The diagnostics published for `version` of the document (waits for them). */
  diagnostics(uri: string, version: number): Promise<Diagnostic[]>;
  /** Every publication so far, in order. */
  published: PublishDiagnosticsParams[];
  /** Every postmortem/published notice so far, in order (one per version analysed, sent or unchanged). */
  notices: PublishedParams[];
  stop(): Promise<void>;
}

export const fileUri = (path: string): string => pathToFileURL(path).toString();

/**
 * A language client over stdio, as any editor would start the server: the
 * real entry point (`src/server/node.ts --stdio`), a real JSON-RPC connection.
 */
export async function startTestClient(options: TestClientOptions = {}): Promise<TestClient> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'server', 'node.ts'), '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  return connectTestClient(connection, options, () => child.kill());
}

export interface TestClientOptions {
  rootUri?: string | null;
  settings?: ServerSettings;
  locale?: string;
  configuration?: boolean;
  /** Passed as they are (commands the client offers, see InitializationOptions). */
  initializationOptions?: Record<string, unknown>;
  /** Answers the server's requests beyond the standard ones, by method (e.g. `postmortem/readFile`). */
  requests?: Record<string, (params: never) => unknown>;
}

/** Initializes a server over `connection` and follows what it publishes; `kill` ends the server after `stop()`. */
export async function connectTestClient(connection: ProtocolConnection, options: TestClientOptions, kill: () => void): Promise<TestClient> {
  const published: PublishDiagnosticsParams[] = [];
  const notices: PublishedParams[] = [];
  const versions = new Map<string, Map<number, Diagnostic[]>>();
  const waiters = new Set<() => void>();
  const client: TestClient = {
    connection,
    settings: options.settings ?? {},
    published,
    notices,
    async open(uri, text, version = 1) {
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    },
    async change(uri, version, contentChanges) {
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    },
    diagnostics(uri, version) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => (waiters.delete(check), reject(new Error(`no diagnostics for ${uri} version ${version}`))), 30_000);
        const check = () => {
          const d = versions.get(uri)?.get(version);
          if (!d) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(d);
        };
        waiters.add(check);
        check();
      });
    },
    async stop() {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      connection.dispose();
      kill();
    },
  };
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    if (p.version !== undefined) {
      if (!versions.has(p.uri)) versions.set(p.uri, new Map());
      versions.get(p.uri)!.set(p.version, p.diagnostics);
    }
  });
  connection.onNotification(PUBLISHED_NOTIFICATION, (p: PublishedParams) => {
    notices.push(p);
    // A version whose diagnostics equal the last ones is not published again: the client keeps showing those.
    if (p.unchanged) {
      const last = [...published].reverse().find((q) => q.uri === p.uri);
      if (!versions.has(p.uri)) versions.set(p.uri, new Map());
      versions.get(p.uri)!.set(p.version, last?.diagnostics ?? []);
    }
    [...waiters].forEach((w) => w());
  });
  connection.onRequest('workspace/configuration', async (p: { items: Array<{ section?: string }> }) => {
    await client.beforeConfiguration?.();
    return p.items.map(() => client.settings);
  });
  connection.onRequest('client/registerCapability', () => null);
  for (const [method, handler] of Object.entries(options.requests ?? {})) connection.onRequest(method, handler);
  connection.listen();
  const params: InitializeParams = {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    locale: options.locale,
    initializationOptions: options.initializationOptions,
    capabilities: { workspace: { configuration: options.configuration ?? true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'root' }] : null,
  };
  await connection.sendRequest('initialize', params);
  await connection.sendNotification('initialized', {});
  return client;
}
