// Related incidents over a workspace of 1,000 real postmortems, in the language server
// over stdio as an editor drives it: the files modelled in batches of 25 (as the
// extension's workspace index asks), then `postmortem/related` for an open postmortem
// and for closed ones, and again after an edit. Reports the times and the server's
// resident memory with the 1,000 indexed: at its peak, right after the last batch, and
// once the idle server's memory has settled.
//   node scripts/bench/related.mjs [--files n]

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { realDocuments, writeSet } from './cli.mjs';
import { median } from './measure.mjs';
import { startServer } from './server.mjs';

/** Resident memory of a process in MB (Linux), or null elsewhere; its peak so far with `field` VmHWM. */
function rssMb(pid, field = 'VmRSS') {
  try {
    const kb = new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

export async function benchRelated(root, { files = 1000, queries = 20 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pm-related-'));
  const server = await startServer(root);
  try {
    writeSet(dir, realDocuments(root), files);
    const folder = join(dir, 'postmortems');
    const uris = readdirSync(folder).sort().map((n) => pathToFileURL(join(folder, n)).toString());
    const batches = [];
    let t = performance.now();
    for (let i = 0; i < uris.length; i += 25) {
      const b = performance.now();
      await server.connection.sendRequest('postmortem/modelFiles', { uris: uris.slice(i, i + 25) });
      batches.push(performance.now() - b);
    }
    const indexMs = performance.now() - t;
    const memoryMb = rssMb(server.pid);
    const peakMemoryMb = rssMb(server.pid, 'VmHWM');
    // One postmortem open in the editor, as when the outline asks for its related incidents.
    const open = uris[uris.length - 1];
    const text = readFileSync(new URL(open), 'utf8');
    let pending = server.published(open, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: open, languageId: 'markdown', version: 1, text } });
    await pending;
    // V8 gives the indexing's garbage back on its own once the process is idle, within a minute or two:
    // memory as it stays, with one postmortem open (so the analysis worker counts too), is read after
    // two idle minutes, with when it last fell.
    const quiet = { mb: memoryMb, afterS: 0 };
    for (let s = 5; s <= 120; s += 5) {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      const mb = rssMb(server.pid);
      if (mb !== null && quiet.mb !== null && mb < quiet.mb) Object.assign(quiet, { afterS: s });
      quiet.mb = mb;
    }
    t = performance.now();
    const first = await server.connection.sendRequest('postmortem/related', { uri: open });
    const firstMs = performance.now() - t;
    // Other postmortems asked about in turn (the board's or a CLI's question), each a new search.
    const samples = [];
    for (let k = 0; k < queries; k++) {
      const uri = uris[Math.floor(((k * 0.618034) % 1) * (uris.length - 1))];
      t = performance.now();
      await server.connection.sendRequest('postmortem/related', { uri });
      samples.push(performance.now() - t);
    }
    // After an edit, the open document is searched again with its new text.
    pending = server.published(open, 2);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: open, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }, { text: text + '\nThe Redis cache ran out of memory.\n' }] });
    await pending;
    t = performance.now();
    await server.connection.sendRequest('postmortem/related', { uri: open });
    const afterEditMs = performance.now() - t;
    return {
      files,
      indexMs: Math.round(indexMs),
      batchMedianMs: Math.round(median(batches)),
      batchMaxMs: Math.round(Math.max(...batches)),
      serverMemoryMb: quiet.mb,
      serverMemoryQuietAfterS: quiet.afterS,
      serverMemoryAfterLastBatchMb: memoryMb,
      serverPeakMemoryMb: peakMemoryMb,
      firstQueryMs: Math.round(firstMs),
      queryMedianMs: Math.round(median(samples) * 10) / 10,
      queryMaxMs: Math.round(Math.max(...samples) * 10) / 10,
      afterEditQueryMs: Math.round(afterEditMs * 10) / 10,
      found: first?.length ?? 0,
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { files: { type: 'string' } } });
  const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
  console.log(JSON.stringify(await benchRelated(root, { files: Number(values.files ?? 1000) }), null, 2));
}
