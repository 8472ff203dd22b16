import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME } from './client.js';

/** Starts the language server (dist/server.js) as a child process and connects to it. */
export function createNodeClient(context: vscode.ExtensionContext, options: LanguageClientOptions): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const server: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, server, options);
}
