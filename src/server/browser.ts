/**
 * The language server in a browser Worker (vscode.dev, github.dev, code-server's
 * web extension host): the same server as on Node, over the Worker's messages.
 * It has no file system, so config files are read through the client.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { clientHost } from './client-host.js';
import { startServer } from './server.js';

/** The Worker's global scope; this project's type libraries describe Node, not a Worker. */
declare const self: object;
/** Set by the build (scripts/build.mjs): a Worker cannot read package.json. */
declare const POSTMORTEM_VERSION: string;

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
// The runtime is said once in the client's output: which build answers (the web test looks for it).
startServer(connection, clientHost(connection), { version: POSTMORTEM_VERSION, runtime: 'in a Web Worker' });
