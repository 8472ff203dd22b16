import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { SERVER_NAME } from '../protocol.js';
import { CLIENT_ID, CLIENT_NAME } from './client.js';

/** A Worker of the page (this project's type libraries describe Node, not a browser). */
type ServerWorker = ConstructorParameters<typeof LanguageClient>[3];
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;

/** The client of a server in a Worker; the Worker ends when the server has stopped, as a child process would. */
class WorkerLanguageClient extends LanguageClient {
  constructor(options: LanguageClientOptions, private readonly serverWorker: ServerWorker) {
    super(CLIENT_ID, CLIENT_NAME, options, serverWorker);
  }

  override async stop(timeout?: number): Promise<void> {
    try {
      await super.stop(timeout);
    } finally {
      this.serverWorker.terminate();
    }
  }
}

/**
 * Starts the server bundle (dist/web/server.js) in a Web Worker. The web
 * extension host can start a Worker from the extension's own http(s) location
 * (vscode.dev, github.dev), but not from a `vscode-remote:` one (an extension
 * installed on a server, as in code-server): there the script is read through
 * the editor's file system and started from a blob.
 */
async function startWorker(context: vscode.ExtensionContext): Promise<ServerWorker> {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const options = { name: SERVER_NAME };
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true), options);
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(script));
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  context.subscriptions.push({ dispose: () => URL.revokeObjectURL(url) });
  return new Worker(url, options);
}

/** Starts the server in a Web Worker; the function returned makes its client from the options shared with Node. */
export async function browserClients(context: vscode.ExtensionContext): Promise<(options: LanguageClientOptions) => LanguageClient> {
  const worker = await startWorker(context);
  return (options) => new WorkerLanguageClient(options, worker);
}
