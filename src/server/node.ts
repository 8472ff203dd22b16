/**
 * `postmortem-language-server --stdio` (or `--node-ipc`, `--socket=PORT`):
 * the language server on Node, for VS Code and any other LSP client.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { packageVersion } from '../cli/version.js';
import { nodeHost } from './node-host.js';
import { startServer } from './server.js';

if (process.argv.includes('--version')) {
  process.stdout.write(`${packageVersion()}\n`);
  process.exit(0);
}
const connection = createConnection(ProposedFeatures.all);
startServer(connection, nodeHost((m) => connection.console.error(m)), { version: packageVersion() });
