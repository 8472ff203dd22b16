import * as assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { api, cleanTemp, codeOf, waitFor, waitForDiagnostics, writeTemp } from './helpers.js';

const BASE = `---
type: postmortem
---

# Cache outage

## Summary

The cache was down.

## Timeline

- 10:00 — Cache restarts
- 10:20 — Rolled back

## Root cause

1. Why? A.
2. Why? B.
3. Why? C.
4. Why? D.
5. Why? The deploy pipeline restarts all nodes at once.

## Action items

- [ ] Restart nodes one at a time
`;

async function actionsFor(uri: vscode.Uri, rule: string): Promise<{ diag: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
  const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === rule));
  const diag = diags.find((x) => codeOf(x) === rule)!;
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  return { diag, actions };
}

async function applyTitled(actions: vscode.CodeAction[], title: RegExp): Promise<void> {
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action, `no action matching ${title}: ${actions.map((a) => a.title).join(', ')}`);
  assert.ok(action.edit);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  // As the editor does with a code action that has both: the edit, then its command.
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

suite('quick fixes', () => {
  suiteTeardown(cleanTemp);

  test('insert a missing section with its skeleton at a sensible place', async () => {
    await api();
    const uri = writeTemp('fix-section.md', BASE);
    const editor = await vscode.window.showTextDocument(uri);
    const { actions } = await actionsFor(uri, 'required-sections');
    await applyTitled(actions, /Add the "Impact" section/);
    const text = editor.document.getText();
    assert.ok(text.indexOf('## Impact') > text.indexOf('## Summary') && text.indexOf('## Impact') < text.indexOf('## Timeline'), text);
    assert.match(text, /## Impact\n\n- Who was affected:/);
    // No longer missing; the skeleton is reported empty until it is written.
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'required-sections' && x.message.startsWith('Missing')) && d.some((x) => /Impact section is empty|impact section is empty/.test(x.message)));
  });

  test('"Add the Impact section" goes below a title that reads like an analysis', async () => {
    const text = BASE.replace('# Cache outage', '# Cache outage caused by a retry storm').replace('type: postmortem', 'type: postmortem\ntitle: Cache outage caused by a retry storm');
    const uri = writeTemp('fix-under-title.md', text);
    const editor = await vscode.window.showTextDocument(uri);
    await applyTitled((await actionsFor(uri, 'required-sections')).actions, /Add the "Impact" section/);
    const after = editor.document.getText();
    assert.ok(after.indexOf('## Impact') > after.indexOf('# Cache outage caused by a retry storm'), after);
    assert.ok(after.indexOf('## Impact') < after.indexOf('## Timeline'), after);
  });

  test('add the missing owner and due fields to an action item', async () => {
    const uri = writeTemp('fix-owner.md', BASE);
    const editor = await vscode.window.showTextDocument(uri);
    await applyTitled((await actionsFor(uri, 'action-item-due')).actions, /due date/i);
    assert.match(editor.document.getText(editor.selection), /^\d{4}-\d{2}-\d{2}$/, 'the suggested date is selected to be typed over');
    await vscode.commands.executeCommand('leaveSnippet');
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'action-item-due'));
    await applyTitled((await actionsFor(uri, 'action-item-owner')).actions, /owner/i);
    // One bracket for both fields; `@owner` is a placeholder, so the item still asks for a real owner.
    assert.match(editor.document.getText(), /- \[ \] Restart nodes one at a time \(due: \d{4}-\d{2}-\d{2}, owner: @owner\)/);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'action-item-owner') && !d.some((x) => codeOf(x) === 'action-item-due'));
    // The placeholder is a tab stop: selected, so typing the real owner replaces it.
    assert.equal(editor.document.getText(editor.selection), '@owner');
    await vscode.commands.executeCommand('type', { text: '@ops' });
    assert.match(editor.document.getText(), /\(due: \d{4}-\d{2}-\d{2}, owner: @ops\)/);
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'action-item-owner'));
  });

  test('state the timeline time zone', async () => {
    const uri = writeTemp('fix-zone.md', BASE);
    const editor = await vscode.window.showTextDocument(uri);
    await applyTitled((await actionsFor(uri, 'timeline-timezone')).actions, /time zone/i);
    assert.match(editor.document.getText(), /## Timeline\n\nAll times in UTC\.\n/);
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'timeline-timezone'));
  });

  test('add the system question after a blaming sentence, keeping the sentence', async () => {
    const uri = writeTemp('fix-blame.md', BASE.replace('The cache was down.', 'The cache was down. Kim wrote bad code. We restarted it.'));
    const editor = await vscode.window.showTextDocument(uri);
    await applyTitled((await actionsFor(uri, 'blame-language')).actions, /^Add the question "/);
    assert.match(editor.document.getText(), /The cache was down\. Kim wrote bad code\. What would have made it hard to write bad code by mistake\? We restarted it\./);
    // The writer's sentence is still there, and still flagged until they rewrite it.
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'blame-language'));
  });

  test('disable a rule for one line, and for the whole file', async () => {
    const uri = writeTemp('fix-disable.md', BASE);
    const editor = await vscode.window.showTextDocument(uri);
    await applyTitled((await actionsFor(uri, 'action-item-owner')).actions, /Disable action-item-owner for this line/);
    assert.match(editor.document.getText(), /- \[ \] Restart nodes one at a time <!-- postmortem-disable-line action-item-owner -->/);
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'action-item-owner') && d.some((x) => codeOf(x) === 'action-item-due'));
    await applyTitled((await actionsFor(uri, 'timeline-timezone')).actions, /Disable timeline-timezone for this file/);
    assert.match(editor.document.getText(), /^---\ntype: postmortem\n---\n<!-- postmortem-disable timeline-timezone -->\n\n# Cache outage/);
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'timeline-timezone'));
  });
});

suite('fix all', () => {
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    await cleanTemp();
  });

  test('"Fix all auto-fixable problems" is in the quick-fix menu and source.fixAll.postmortem runs on save', async () => {
    await vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).update('codeActionsOnSave', { 'source.fixAll.postmortem': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    const text = BASE.replace('## Timeline\n\n- 10:00 — Cache restarts\n- 10:20 — Rolled back\n\n', '').replace('1. Why? A.', '1. Why? Kim forgot the flag.');
    const uri = writeTemp('fix-all.md', text);
    const editor = await vscode.window.showTextDocument(uri);
    const { actions } = await actionsFor(uri, 'required-sections');
    assert.ok(actions.some((a) => a.title === 'Fix all auto-fixable problems'), actions.map((a) => a.title).join(', '));
    // Saved as a user saves (Ctrl+S), which is what "explicit" runs on.
    await editor.edit((e) => e.insert(editor.document.positionAt(editor.document.getText().length), '\n'));
    await vscode.commands.executeCommand('workbench.action.files.save');
    assert.equal(editor.document.isDirty, false);
    const saved = editor.document.getText();
    assert.match(saved, /## Impact[^]*## Timeline[^]*## Root cause/, saved);
    // The blaming why is reported, not reworded: wording fixes are never applied unread.
    assert.ok(saved.includes('1. Why? Kim forgot the flag.'));
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'required-sections' && x.message.startsWith('Missing')) && d.some((x) => codeOf(x) === 'blame-language'));
  });
});

suite('rule documentation and snippets, offline', () => {
  suiteTeardown(cleanTemp);

  test('"Show documentation for RULE" is offered last and opens the shipped doc in the Markdown preview', async () => {
    const uri = writeTemp('doc-action.md', BASE.replace('1. Why? A.', '1. Why? Kim forgot the flag.'));
    await vscode.window.showTextDocument(uri);
    const { actions } = await actionsFor(uri, 'blame-language');
    const at = actions.findIndex((a) => a.title === 'Show documentation for blame-language');
    assert.ok(at > actions.findIndex((a) => a.title === 'Disable blame-language for this file'), actions.map((a) => a.title).join(' | '));
    const doc = actions[at]!;
    assert.equal(doc.command?.command, 'postmortem.showRuleDoc');
    const opened = await vscode.commands.executeCommand<vscode.Uri>(doc.command!.command, ...(doc.command!.arguments ?? []));
    const ext = vscode.extensions.getExtension('postmortem-tools.postmortem-assistant')!;
    assert.equal(opened.toString(), vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'blame-language.md').toString());
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(opened)), /^# blame-language/);
    await waitFor(vscode.window.tabGroups.onDidChangeTabs, () => (vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType))) ? true : undefined), 10_000, 'a Markdown preview');
  });

  test('Insert Postmortem Snippet inserts a snippet without Ctrl+Space', async () => {
    const uri = writeTemp('snippet.md', '');
    const editor = await vscode.window.showTextDocument(uri);
    const name = await vscode.commands.executeCommand<string>('postmortem.insertSnippet', 'Postmortem (English)');
    assert.equal(name, 'Postmortem (English)');
    assert.match(editor.document.getText(), /^---\ntype: postmortem\n[^]*## Timeline/);
  });
});
