/**
 * `postmortem-language-server --stdio` (or `--node-ipc`, `--socket=PORT`):
 * the language server on Node, for VS Code and any other LSP client. The same
 * file is the entry of its analysis worker (see analysis-worker.ts) and of its
 * index worker (model-worker.ts).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { packageVersion } from '../cli/version.js';
import { isServerAnalysisWorker, startServerAnalysisWorker, WorkerRunner } from './analysis-worker.js';
import { isServerModelWorker, startServerModelWorker, WorkerModeller } from './model-worker.js';
import { nodeHost } from './node-host.js';
import { startServer } from './server.js';

if (isServerAnalysisWorker()) {
  startServerAnalysisWorker();
} else if (isServerModelWorker()) {
  startServerModelWorker();
} else {
  if (process.argv.includes('--version')) {
    process.stdout.write(`${packageVersion()}\n`);
    process.exit(0);
  }
  const connection = createConnection(ProposedFeatures.all);
  const log = (m: string) => connection.console.error(m);
  startServer(connection, nodeHost(log), { version: packageVersion(), runner: new WorkerRunner(log), modeller: new WorkerModeller(log) });
}
