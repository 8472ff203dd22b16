// The browser build of the server (src/server/browser.ts) on a MessagePort,
// as it runs in a Web Worker: it has no file system, so every config file
// reaches it through the client's `postmortem/readFile`.
import assert from 'node:assert/strict';
import { MessageChannel } from 'node:worker_threads';
import { after, before, describe, it } from 'node:test';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { createProtocolConnection, type LogMessageParams } from 'vscode-languageserver-protocol/browser';
import { MODEL_FILES_REQUEST, READ_FILE_REQUEST, type ModelFilesResult, type ReadFileParams, type ReadFileResult } from '../../src/protocol.js';
import { clientHost } from '../../src/server/client-host.js';
import { startServer } from '../../src/server/server.js';
import { connectTestClient, type TestClient, type TestClientOptions } from '../support/lsp-client.js';

// A virtual workspace (as on github.dev): nothing here is a file on disk.
const ROOT = 'vscode-vfs://github/acme/incidents';
const DOC = [
  '---',
  'type: postmortem',
  'date: 2026-03-14',
  '---',
  '',
  '# Checkout outage',
  '',
  '## Summary',
  '',
  'Checkout failed for 40 minutes.',
  '',
].join('\n');

/** A client over a MessageChannel that serves `files` (by URI) to the server and records what it was asked. */
function connect(port: MessagePort, files: Map<string, ReadFileResult> | undefined, log: string[] = []): { asked: ReadFileParams[]; client: Promise<TestClient> } {
  const asked: ReadFileParams[] = [];
  const connection = createProtocolConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
  connection.onNotification('window/logMessage', (p: LogMessageParams) => log.push(p.message));
  const options: TestClientOptions = { rootUri: ROOT };
  if (files) {
    options.requests = {
      [READ_FILE_REQUEST]: (p: ReadFileParams): ReadFileResult => (asked.push(p), files.get(p.uri) ?? { missing: true }),
    };
  }
  return { asked, client: connectTestClient(connection, options, () => port.close()) };
}

const messages = (client: TestClient, uri: string) => client.published.filter((p) => p.uri === uri).at(-1)?.diagnostics.map((d) => d.message) ?? [];

describe('the browser entry of the server', () => {
  const files = new Map<string, ReadFileResult>();
  const log: string[] = [];
  let client: TestClient;
  let asked: ReadFileParams[];

  before(async () => {
    const { port1, port2 } = new MessageChannel();
    // What a Worker has and the build defines: its global scope to talk over, and the version.
    Object.assign(globalThis, { self: port2, POSTMORTEM_VERSION: '9.9.9' });
    await import('../../src/server/browser.js');
    const connected = connect(port1 as unknown as MessagePort, files, log);
    asked = connected.asked;
    client = await connected.client;
  });
  after(() => client.stop());

  it('lints over its port and says where it runs', async () => {
    const uri = `${ROOT}/plain/pm.md`;
    await client.open(uri, DOC);
    const diags = await client.diagnostics(uri, 1);
    assert.ok(diags.some((d) => d.message.startsWith('Missing section: impact')), diags.map((d) => d.message).join('\n'));
    assert.ok(log.includes('postmortem-language-server 9.9.9 running in a Web Worker'), log.join('\n'));
  });

  it('reads the nearest config file through the client, and shows its problems on it', async () => {
    const rc = `${ROOT}/team/.postmortemrc.json`;
    files.set(rc, { text: JSON.stringify({ requiredSections: ['summary', 'detection'], rules: { 'no-such-rule': 'error' } }) });
    const uri = `${ROOT}/team/pm.md`;
    await client.open(uri, DOC);
    const diags = await client.diagnostics(uri, 1);
    assert.ok(diags.some((d) => d.message.startsWith('Missing section: detection')), diags.map((d) => d.message).join('\n'));
    assert.ok(!diags.some((d) => d.message.startsWith('Missing section: impact')), 'the config file replaced the required sections');
    assert.match(messages(client, rc).join('\n'), /no-such-rule/);
    const forTeam = asked.filter((p) => p.uri.startsWith(`${ROOT}/team/`));
    assert.deepEqual(forTeam.map((p) => p.uri), [rc], 'the nearest name is found first, and nothing more is asked');
    assert.ok(asked.every((p) => p.maxBytes === 1_000_000), 'every config read is capped');
  });

  it('turns a file the client cannot read into a problem on that file, and applies the defaults', async () => {
    const rc = `${ROOT}/big/.postmortemrc.yaml`;
    files.set(rc, { error: 'it is larger than 1,000,000 bytes' });
    const uri = `${ROOT}/big/pm.md`;
    await client.open(uri, DOC);
    const diags = await client.diagnostics(uri, 1);
    assert.ok(diags.some((d) => d.message.startsWith('Missing section: impact')), 'the defaults apply');
    assert.deepEqual(messages(client, rc), ['cannot read this config file (it is larger than 1,000,000 bytes); it is ignored']);
    // Up to the workspace folder and no further.
    assert.ok(asked.some((p) => p.uri === `${ROOT}/.postmortemrc`));
    assert.ok(!asked.some((p) => !p.uri.startsWith(`${ROOT}/`)), asked.map((p) => p.uri).join('\n'));
  });

  it('models closed files for the workspace index from what the client reads', async () => {
    const closed = `${ROOT}/index/closed.md`;
    files.set(closed, { text: DOC });
    const answers = (await client.connection.sendRequest(MODEL_FILES_REQUEST, { uris: [closed, `${ROOT}/index/gone.md`] })) as ModelFilesResult;
    assert.equal(answers[0]?.model.title, 'Checkout outage');
    assert.equal(answers[1], null, 'a file the client does not have');
    // Capped at what the configured maxFileSize (1,000,000 characters) can take in UTF-8.
    assert.equal(asked.find((p) => p.uri === closed)?.maxBytes, 4_000_004);
  });
});

describe('the server with a client that cannot read files', () => {
  let client: TestClient;
  before(async () => {
    const { port1, port2 } = new MessageChannel();
    const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(port2), new BrowserMessageWriter(port2));
    startServer(connection, clientHost(connection));
    client = await connect(port1 as unknown as MessagePort, undefined).client;
  });
  after(() => client.stop());

  it('lints with the settings alone and reports no config problem', async () => {
    const uri = `${ROOT}/pm.md`;
    await client.open(uri, DOC);
    const diags = await client.diagnostics(uri, 1);
    assert.ok(diags.some((d) => d.message.startsWith('Missing section: impact')));
    assert.deepEqual(client.published.filter((p) => p.uri !== uri), [], 'nothing published on any config file');
  });
});
