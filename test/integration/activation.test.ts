// The extension activates inside a real extension host and registers its commands.
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'postmortem-tools.postmortem-assistant';

suite('activation', () => {
  test('runs in a real VS Code', () => {
    assert.equal(typeof vscode.version, 'string');
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
  });

  test('activates on a Markdown postmortem and registers its commands', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the launcher must open test/integration/workspace');
    const uri = vscode.Uri.joinPath(folder.uri, 'postmortem.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'markdown');

    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    await ext.activate();
    assert.equal(ext.isActive, true);

    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('postmortem.refreshOutline'), 'postmortem.refreshOutline is not registered');
  });
});
