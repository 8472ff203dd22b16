import * as assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { api, cleanTemp, writeTemp } from './helpers.js';

/** Expands a contributed snippet by name, as "Insert Snippet" does. */
async function expand(editor: vscode.TextEditor, name: string): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  const before = editor.document.version;
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
  assert.ok(editor.document.version > before, `snippet "${name}" did not expand`);
  // Leave snippet mode so the next expansion starts fresh.
  await vscode.commands.executeCommand('leaveSnippet');
}

suite('snippets', () => {
  suiteTeardown(cleanTemp);

  test('the English template expands into a postmortem the linter accepts', async () => {
    await api();
    const uri = writeTemp('snippet-en.md', '');
    const editor = await vscode.window.showTextDocument(uri);
    await expand(editor, 'Postmortem (English)');
    const text = editor.document.getText();
    assert.match(text, /^---\ntype: postmortem\n/);
    assert.match(text, /## Timeline/);
    const { published } = await api();
    assert.ok(await published.whenPublished(editor.document), 'the server published for this version');
    const diags = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'postmortem');
    assert.ok(diags.length < 20, 'a filled-in template is nearly clean');
    assert.deepEqual(diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.message), []);
  });

  test('the Korean template, a timeline entry, a 5-Whys chain and an action item expand', async () => {
    const uri = writeTemp('snippet-ko.md', '');
    const editor = await vscode.window.showTextDocument(uri);
    await expand(editor, 'Postmortem (한국어)');
    assert.match(editor.document.getText(), /## 재발 방지 대책/);
    const { analysis } = await api();
    const before = (await analysis.analyze(editor.document))!.result.model;
    assert.equal(before.language, 'ko');
    editor.selection = new vscode.Selection(editor.document.lineCount, 0, editor.document.lineCount, 0);
    await expand(editor, 'Action item (한국어)');
    const after = (await analysis.analyze(editor.document))!.result.model;
    assert.ok(after.actionItems.length >= before.actionItems.length, 'action item snippet inserted');
    const plain = writeTemp('snippet-small.md', '');
    const small = await vscode.window.showTextDocument(plain);
    await expand(small, 'Timeline entry');
    assert.match(small.document.getText(), /^- \d{2}:\d{2} — /);
    await small.edit((b) => b.insert(new vscode.Position(small.document.lineCount, 0), '\n'));
    small.selection = new vscode.Selection(small.document.lineCount - 1, 0, small.document.lineCount - 1, 0);
    await expand(small, '5 Whys');
    assert.match(small.document.getText(), /1\. Why /);
  });
});
