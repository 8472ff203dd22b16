// The language server driven over stdio as an editor drives it: open a postmortem, then
// one-character edits, each timed from the didChange to the diagnostics published for
// that version. The typing pause is set to 0 so the figure is the analysis, not the wait.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { median } from './measure.mjs';

/** Starts dist/server.js and returns a minimal client that waits for publications by version. */
export async function startServer(root) {
  const server = join(root, 'dist', 'server.js');
  if (!existsSync(server)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  // postmortem/published follows every publication, and stands for one when a version's diagnostics are unchanged (not sent again).
  const last = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => void last.set(p.uri, p.diagnostics));
  connection.onNotification('postmortem/published', (p) => {
    const key = `${p.uri}#${p.version}`;
    waiting.get(key)?.({ uri: p.uri, version: p.version, diagnostics: last.get(p.uri) ?? [], unchanged: p.unchanged === true });
    waiting.delete(key);
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { debounceMs: 0 } });
  await connection.sendNotification('initialized', {});
  const published = (uri, version) => new Promise((resolve) => waiting.set(`${uri}#${version}`, resolve));
  return {
    connection,
    published,
    pid: child.pid,
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      child.kill();
    },
  };
}

/**
 * Opens `text` and times `edits` one-character insertions spread over the document.
 * Returns the open-to-diagnostics time and the median edit-to-diagnostics time.
 */
export async function benchServer(root, text, { edits = 20 } = {}) {
  const server = await startServer(root);
  const uri = pathToFileURL(join(root, 'postmortems', 'bench.md')).toString();
  try {
    let t = performance.now();
    let pending = server.published(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const first = await pending;
    const openMs = performance.now() - t;
    const lines = text.split('\n');
    const samples = [];
    let unchanged = 0;
    for (let k = 0; k < edits; k++) {
      const version = k + 2;
      // Golden-ratio steps spread the edits over the whole document.
      const line = Math.floor(((k * 0.618034) % 1) * lines.length);
      pending = server.published(uri, version);
      t = performance.now();
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }],
      });
      if ((await pending).unchanged) unchanged++;
      samples.push(performance.now() - t);
    }
    return { openMs, editMs: median(samples), editMaxMs: Math.max(...samples), edits, unchangedEdits: unchanged, diagnostics: first.diagnostics.length };
  } finally {
    await server.stop();
  }
}
