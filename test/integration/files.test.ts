// How the extension answers the browser server's `postmortem/readFile`, with
// VS Code's own file system: config files and the workspace's Markdown files
// only, regular files only, capped.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { readForServer } from '../../src/extension/files.js';
import { cleanTemp, writeTemp } from './helpers.js';

const ask = (uri: { toString(): string }, maxBytes = 1000) => readForServer({ uri: uri.toString(), maxBytes });
const sibling = (uri: vscode.Uri, name: string) => vscode.Uri.joinPath(uri, '..', name);

suite('files read for the server', () => {
  suiteTeardown(cleanTemp);

  test('a config file, or a Markdown file of the workspace: its text', async () => {
    assert.deepEqual(await ask(writeTemp('read/.postmortemrc.json', '{ "preset": "seed" }')), { text: '{ "preset": "seed" }' });
    assert.deepEqual(await ask(writeTemp('read/pm.md', '# 회고\n')), { text: '# 회고\n' });
  });

  test('nothing there, or a folder of that name: missing', async () => {
    const keep = writeTemp('read/gone/keep.md', '');
    assert.deepEqual(await ask(sibling(keep, '.postmortemrc.yaml')), { missing: true });
    fs.mkdirSync(sibling(keep, '.postmortemrc').fsPath);
    assert.deepEqual(await ask(sibling(keep, '.postmortemrc')), { missing: true });
  });

  test('larger than asked: an error, not its text', async () => {
    assert.deepEqual(await ask(writeTemp('read/big/.postmortemrc.json', 'x'.repeat(2000))), { error: 'it is larger than 1,000 bytes' });
  });

  test('any other file, or Markdown outside the workspace: refused', async () => {
    const other = await ask(writeTemp('read/secret.txt', 'not for the server'));
    assert.ok('error' in other && /only config files/.test(other.error), JSON.stringify(other));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-outside-'));
    try {
      fs.writeFileSync(path.join(dir, 'notes.md'), '# private');
      const outside = await ask(vscode.Uri.file(path.join(dir, 'notes.md')));
      assert.ok('error' in outside && /only config files/.test(outside.error), JSON.stringify(outside));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a named pipe: refused at once, never opened', async function () {
    if (process.platform === 'win32') this.skip();
    const fifo = sibling(writeTemp('read/fifo/keep.md', ''), '.postmortemrc.yml');
    execFileSync('mkfifo', [fifo.fsPath]);
    assert.deepEqual(await ask(fifo), { error: 'it is not a regular file' });
  });
});
