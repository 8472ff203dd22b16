// The workspace's postmortems kept in the language server: related incidents
// (`postmortem/related`) and repeated fixes (`action-item-repeated` with the
// other postmortems), on the shared server code in memory (as in a browser
// Worker: files only through the client) and once over stdio with its
// analysis worker.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { createProtocolConnection } from 'vscode-languageserver-protocol/browser';
import { MODEL_FILES_REQUEST, READ_FILE_REQUEST, RECURRING_REQUEST, RELATED_REQUEST, type ReadFileParams, type ReadFileResult, type RecurringResult, type RelatedResult } from '../../src/protocol.js';
import { clientHost } from '../../src/server/client-host.js';
import { WorkspaceRelated } from '../../src/server/related.js';
import { startServer, type ServerState } from '../../src/server/server.js';
import { modelOf } from '../../src/core/lint/lint.js';
import { relatedReading } from '../../src/core/related/reading.js';
import { connectTestClient, fileUri, startTestClient, type TestClient } from '../support/lsp-client.js';

const ROOT = 'vscode-vfs://github/acme/incidents';

const postmortem = (date: string, title: string, summary: string, items: string[]) =>
  [
    '---',
    'type: postmortem',
    `date: ${date}`,
    '---',
    '',
    `# ${title}`,
    '',
    '## Summary',
    '',
    summary,
    '',
    '## Timeline',
    '',
    'All times in UTC.',
    '',
    '- 11:20 — Upgrade started',
    '- 17:05 — A team reports the problem',
    '- 17:40 — Rolled back',
    '',
    '## Action Items',
    '',
    ...items,
    '',
  ].join('\n');

const FIX = 'Add alarms for Fluentd when no log data is sent to CloudWatch, per node';
const EARLIER = postmortem('2025-06-02', 'Logs not shipped to CloudWatch', 'A Fluentd config change stopped log shipping to CloudWatch from every node for two hours.', [
  '- [ ] Pin the Fluentd image version (owner: @platform, due: 2025-07-01)',
  `- [ ] ${FIX} (owner: @platform, due: 2099-07-01)`,
]);
const UNRELATED = postmortem('2025-09-10', 'DNS resolution failures in the office', 'The office resolver returned SERVFAIL for internal zones for thirty minutes.', [
  '- [ ] Add a second resolver for the office network (owner: @it, due: 2025-10-01)',
]);
const LATER = postmortem('2026-02-14', 'Logs not shipped to CloudWatch again', 'A Fluentd upgrade stopped log shipping to CloudWatch from half of the nodes for six hours.', [
  `- [ ] ${FIX} (owner: @platform, due: 2026-03-01)`,
  '- [ ] Add alarms for disk usage on the nodes (owner: @platform, due: 2026-03-01)',
]);
/** Line (0-based) of the repeated item in each. */
const EARLIER_LINE = EARLIER.split('\n').findIndex((l) => l.includes(FIX));
const LATER_LINE = LATER.split('\n').findIndex((l) => l.includes(FIX));

const repeated = (d: Diagnostic[]) => d.filter((x) => x.code === 'action-item-repeated');

/** The last publication for `uri` once it passes `check` (publications arrive as the server re-checks, so this polls what arrived). */
async function publishedWhen(client: TestClient, uri: string, check: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const last: PublishDiagnosticsParams | undefined = client.published.filter((p) => p.uri === uri).at(-1);
    if (last && check(last.diagnostics)) return last.diagnostics;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last?.diagnostics.map((d) => d.message))}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('related postmortems in the language server (in memory, files through the client)', () => {
  const files = new Map<string, ReadFileResult>();
  let client: TestClient;
  let state: ServerState;
  const earlier = `${ROOT}/2025/logs.md`;
  const unrelated = `${ROOT}/2025/dns.md`;
  const later = `${ROOT}/2026/logs-again.md`;

  before(async () => {
    const { port1, port2 } = new MessageChannel();
    const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(port2 as unknown as MessagePort), new BrowserMessageWriter(port2 as unknown as MessagePort));
    state = startServer(connection, clientHost(connection), { debounceMs: 20 });
    const clientConnection = createProtocolConnection(new BrowserMessageReader(port1 as unknown as MessagePort), new BrowserMessageWriter(port1 as unknown as MessagePort));
    client = await connectTestClient(clientConnection, { rootUri: ROOT, requests: { [READ_FILE_REQUEST]: (p: ReadFileParams) => files.get(p.uri) ?? { missing: true } } }, () => port1.close());
    files.set(earlier, { text: EARLIER });
    files.set(unrelated, { text: UNRELATED });
  });
  after(() => client.stop());

  it('keeps the files it models for the workspace index, and answers postmortem/related with the shared terms', async () => {
    await client.connection.sendRequest(MODEL_FILES_REQUEST, { uris: [earlier, unrelated] });
    assert.equal(state.related.size, 2);
    await client.open(later, LATER);
    await client.diagnostics(later, 1);
    const found = (await client.connection.sendRequest(RELATED_REQUEST, { uri: later })) as RelatedResult;
    assert.ok(found?.length, 'the earlier incident is found');
    assert.equal(found[0]!.uri, earlier);
    assert.equal(found[0]!.title, 'Logs not shipped to CloudWatch');
    assert.equal(found[0]!.date, '2025-06-02');
    assert.ok(found[0]!.score > 0);
    for (const term of ['fluentd', 'cloudwatch']) assert.ok(found[0]!.sharedTerms.includes(term), found[0]!.sharedTerms.join(', '));
    assert.ok(!found.some((r) => r.uri === later), 'never itself');
    // A later postmortem is never "related before" the earlier one.
    const back = (await client.connection.sendRequest(RELATED_REQUEST, { uri: earlier })) as RelatedResult;
    assert.ok(back && !back.some((r) => r.uri === later), JSON.stringify(back));
    assert.equal(await client.connection.sendRequest(RELATED_REQUEST, { uri: `${ROOT}/nothing.md` }), null);
  });

  it('reports a repeated fix in the open document, with the earlier item as related information', async () => {
    const diags = repeated(await client.diagnostics(later, 1));
    assert.equal(diags.length, 1, JSON.stringify(diags));
    const d = diags[0]!;
    assert.equal(d.severity, 3);
    assert.equal(d.range.start.line, LATER_LINE);
    assert.match(d.message, /^The same fix was promised in logs, still open, due 2099-07-01\.$/);
    assert.equal(d.relatedInformation?.length, 1);
    assert.equal(d.relatedInformation![0]!.location.uri, earlier);
    assert.equal(d.relatedInformation![0]!.location.range.start.line, EARLIER_LINE);
  });

  it('answers postmortem/recurring for the insights: the fix promised again while open, and the systems named in both', async () => {
    const answer = (await client.connection.sendRequest(RECURRING_REQUEST, { uris: [earlier, unrelated, later, `${ROOT}/nothing.md`] })) as RecurringResult;
    assert.deepEqual(
      answer.repeatedFixes.map((r) => [r.path, r.line, r.earlier.path, r.earlier.state]),
      [[later, LATER_LINE + 1, earlier, 'open']],
    );
    const words = answer.systems.map((s) => s.word);
    for (const word of ['fluentd', 'cloudwatch']) assert.ok(words.includes(word), words.join(', '));
    assert.deepEqual(answer.systems.find((s) => s.word === 'fluentd')?.paths, [earlier, later]);
    // Only the documents asked about count: without the earlier one nothing was promised before.
    const alone = (await client.connection.sendRequest(RECURRING_REQUEST, { uris: [later, unrelated] })) as RecurringResult;
    assert.deepEqual(alone, { repeatedFixes: [], systems: [] });
    assert.deepEqual(await client.connection.sendRequest(RECURRING_REQUEST, { uris: 'not a list' }), { repeatedFixes: [], systems: [] });
  });

  it('checks open documents again when another postmortem changes, and when its file is deleted', async () => {
    // The earlier postmortem opened and its item reworded: the later one's message goes.
    await client.open(earlier, EARLIER);
    await client.diagnostics(earlier, 1);
    const line = EARLIER_LINE;
    await client.change(earlier, 2, [{ range: { start: { line, character: 6 }, end: { line, character: 6 + FIX.length } }, text: 'Write a runbook for the office printer' }]);
    await publishedWhen(client, later, (d) => repeated(d).length === 0, 'the message to go after the change');
    // Closed unsaved: the index goes back to the file, whose item repeats again.
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: earlier } });
    await publishedWhen(client, later, (d) => repeated(d).length === 1, 'the message to come back from the file');
    // Ticked done on disk (a change the watcher reports): the message gives the new state.
    files.set(earlier, { text: EARLIER.replace(`- [ ] ${FIX}`, `- [x] ${FIX}`) });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: earlier, type: 2 }] });
    await publishedWhen(client, later, (d) => repeated(d)[0]?.message.includes('marked done there') ?? false, 'the new state');
    // Deleted: it leaves the index, the message and the related incidents.
    files.delete(earlier);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: earlier, type: 3 }] });
    await publishedWhen(client, later, (d) => repeated(d).length === 0, 'the message to go after the delete');
    const found = (await client.connection.sendRequest(RELATED_REQUEST, { uri: later })) as RelatedResult;
    assert.ok(found && !found.some((r) => r.uri === earlier), JSON.stringify(found));
    assert.equal(state.related.has(earlier), false);
  });

  it('while the workspace\'s files are modelled in batches, checks the open documents again once, after the last batch', async () => {
    const other = `${ROOT}/2025/logs-copy.md`;
    const seen = () => client.published.filter((p) => p.uri === later).length;
    const start = seen();
    // Five batches back to back, each changing what the open postmortem's repeated fix finds (the earlier item's due date).
    for (let k = 1; k <= 5; k++) {
      files.set(other, { text: EARLIER.replace('due: 2099-07-01', `due: 2099-0${k}-01`) });
      await client.connection.sendRequest(MODEL_FILES_REQUEST, { uris: [other] });
      await new Promise((r) => setTimeout(r, 400));
    }
    await publishedWhen(client, later, (d) => repeated(d)[0]?.message.includes('due 2099-05-01') ?? false, 'the message with the last batch\'s state');
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(seen() - start, 1, 'one analysis and publication for the burst');
  });
});

describe('WorkspaceRelated', () => {
  const reading = (uri: string, text: string, path = 'pm.md') => relatedReading(uri, text, modelOf(text, { path }));

  it('changes a document\'s generation only for changes of the others that the repeated-fix check reads', () => {
    const heard: string[] = [];
    const ws = new WorkspaceRelated((uri) => heard.push(uri));
    ws.put('a.md', reading('a.md', EARLIER));
    ws.put('b.md', reading('b.md', LATER));
    const a = ws.generation('a.md');
    const b = ws.generation('b.md');
    // A new summary in b: nothing the rule reads.
    const reworded = LATER.replace('six hours', 'seven hours');
    ws.put('b.md', reading('b.md', reworded));
    assert.equal(ws.generation('a.md'), a);
    assert.deepEqual(heard, ['a.md', 'b.md']);
    // A new item in b: a's check is out of date, b's own is not.
    const more = LATER.replace('## Action Items\n', '## Action Items\n\n- [ ] Page the platform team on log gaps (owner: @platform, due: 2026-03-01)\n');
    ws.put('b.md', reading('b.md', more));
    assert.notEqual(ws.generation('a.md'), a);
    assert.equal(ws.generation('b.md'), b);
    // A document that is no longer a postmortem leaves.
    ws.put('b.md', reading('b.md', 'just notes', 'notes.md'));
    assert.equal(ws.has('b.md'), false);
    assert.equal(ws.context('a.md'), undefined, 'alone, there is nothing to compare with');
  });

  it('answers the same search once per state of the documents (the outline and the board ask about one version)', () => {
    const ws = new WorkspaceRelated();
    ws.put('a.md', reading('a.md', EARLIER));
    ws.put('b.md', reading('b.md', LATER));
    const first = ws.related('b.md')!;
    assert.equal(first[0]?.uri, 'a.md');
    assert.equal(ws.related('b.md'), first, 'the kept answer');
    const reworded = EARLIER.replace('two hours', 'three hours');
    ws.put('a.md', reading('a.md', reworded));
    assert.notEqual(ws.related('b.md'), first, 'asked again after a change');
    assert.equal(ws.related('nothing.md'), undefined);
  });

  it('gives the rule the same documents until one changes, without their text', () => {
    const ws = new WorkspaceRelated();
    ws.put('a.md', reading('a.md', EARLIER));
    ws.put('b.md', reading('b.md', LATER));
    const first = ws.context('b.md')!;
    assert.equal(ws.context('a.md')!.documents, first.documents, 'one array while nothing changed');
    assert.ok(first.documents.every((d) => Object.values(d.fields).every((f) => f === '')));
    ws.put('c.md', reading('c.md', UNRELATED));
    assert.notEqual(ws.context('b.md')!.documents, first.documents);
  });
});

describe('repeated fixes in the server over stdio (analyses in its worker)', () => {
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pm-related-'));
    client = await startTestClient({ rootUri: fileUri(dir) });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the worker the other postmortems, and the message links the earlier file', async () => {
    const earlier = fileUri(join(dir, 'logs.md'));
    writeFileSync(join(dir, 'logs.md'), EARLIER);
    await client.connection.sendRequest(MODEL_FILES_REQUEST, { uris: [earlier] });
    const later = fileUri(join(dir, 'logs-again.md'));
    await client.open(later, LATER);
    const diags = repeated(await client.diagnostics(later, 1));
    assert.equal(diags.length, 1, JSON.stringify(diags));
    assert.equal(diags[0]!.relatedInformation?.[0]?.location.uri, earlier);
    // The open document is read for the search where it was analysed, and joins the index.
    const found = await client.connection.sendRequest<RelatedResult>(RELATED_REQUEST, { uri: later });
    assert.deepEqual(found?.map((r) => r.uri), [earlier]);
    // Another document, analysed after the set changed (it now holds the first one too).
    const copy = fileUri(join(dir, 'logs-copy.md'));
    await client.open(copy, LATER);
    assert.equal(repeated(await client.diagnostics(copy, 1)).length, 1);
  });
});
