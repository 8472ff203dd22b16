// Action items that reach the tracker, in the real extension host: the
// new-issue code action on an action item's line, and the CodeLens an item
// puts at the top of the file it names.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { actionItemId } from '../../src/core/tracker/item-id.js';
import { newIssueUrl, parseRemote } from '../../src/core/tracker/issue-link.js';
import { api, cleanTemp, writeTemp } from './helpers.js';

const POSTMORTEM = `---
type: postmortem
date: 2026-03-14
---

# Deploy outage

## Timeline

- 10:00 — A config change reached production

## Action items

- [ ] Add an environment diff step to \`tracker/deploy/pipeline.yaml\` (owner: @minji, due: 2099-04-01)
- [ ] Page the on-call on failed canaries
`;
const ITEM_LINE = 14;

suite('Action items into the tracker', () => {
  let postmortem: vscode.Uri;
  let pipeline: vscode.Uri;
  const settings = () => vscode.workspace.getConfiguration('postmortem');

  suiteSetup(async () => {
    postmortem = writeTemp('tracker/2026-03-14-deploy.md', POSTMORTEM);
    pipeline = writeTemp('tracker/deploy/pipeline.yaml', 'stages: [build, canary, deploy]\n');
    await settings().update('issueRepository', 'https://github.com/acme/ops', vscode.ConfigurationTarget.Global);
    await (await api()).index.rebuild();
  });

  suiteTeardown(async () => {
    await settings().update('issueRepository', undefined, vscode.ConfigurationTarget.Global);
    await cleanTemp();
    await (await api()).index.rebuild();
  });

  test('an action item offers a new issue, whose link carries the item, its owner, due date and a link back', async () => {
    const document = await vscode.workspace.openTextDocument(postmortem);
    await vscode.window.showTextDocument(document);
    // The language server's own code actions answer once it has analysed this version.
    assert.ok(await (await api()).published.whenPublished(document), 'diagnostics published');
    const range = new vscode.Range(ITEM_LINE - 1, 4, ITEM_LINE - 1, 4);
    let actions: vscode.CodeAction[];
    try {
      actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', postmortem, range)) ?? [];
    } catch (error) {
      throw new Error(`code actions: ${(error as Error).stack}`);
    }
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Open a new issue for this action item'), titles.join(' | '));
    const copy = actions.find((a) => a.title === 'Copy a new-issue link for this action item');
    assert.ok(copy?.command, titles.join(' | '));
    const link = await vscode.commands.executeCommand<string>(copy.command.command, ...(copy.command.arguments ?? []));
    const path = 'tmp/tracker/2026-03-14-deploy.md';
    const text = document.lineAt(ITEM_LINE - 1).text.replace(/^- \[ \] /, '');
    const expected = newIssueUrl(parseRemote('https://github.com/acme/ops')!, {
      title: 'Add an environment diff step to tracker/deploy/pipeline.yaml',
      owner: '@minji',
      due: '2099-04-01',
      path,
      line: ITEM_LINE,
      postmortemTitle: 'Deploy outage',
      id: actionItemId(path, text),
    });
    assert.equal(link, expected);
    assert.equal(await vscode.env.clipboard.readText(), expected);
    const url = new URL(link);
    assert.equal(url.searchParams.get('assignees'), 'minji');
    assert.match(url.searchParams.get('body')!, /https:\/\/github\.com\/acme\/ops\/blob\/HEAD\/tmp\/tracker\/2026-03-14-deploy\.md#L14/);
    // Not on a line that is not an action item.
    const none = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', postmortem, new vscode.Range(5, 0, 5, 0))) ?? [];
    assert.ok(!none.some((a) => a.title.includes('new issue') || a.title.includes('new-issue')), none.map((a) => a.title).join(' | '));
  });

  test('the file an action item names shows it as a CodeLens that opens the postmortem at the item', async () => {
    // CodeLenses are asked of an open document, as the editor does.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(pipeline));
    let lenses: vscode.CodeLens[];
    try {
      lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', pipeline)) ?? [];
    } catch (error) {
      throw new Error(`CodeLens request: ${(error as Error).stack}`);
    }
    const ours = lenses.filter((l) => l.command?.command === 'postmortem.revealLine');
    assert.equal(ours.length, 1, JSON.stringify(lenses.map((l) => l.command?.title)));
    assert.equal(ours[0]!.command!.title, 'Postmortem 2026-03-14: Add an environment diff step to tracker/deploy/pipeline.yaml, open, due 2099-04-01');
    assert.equal(ours[0]!.range.start.line, 0);
    try {
      await vscode.commands.executeCommand(ours[0]!.command!.command, ...(ours[0]!.command!.arguments ?? []));
    } catch (error) {
      throw new Error(`reveal: ${(error as Error).stack}`);
    }
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), postmortem.toString());
    assert.equal(editor.selection.active.line, ITEM_LINE - 1);
    // A file no item names has none.
    const other = writeTemp('tracker/deploy/other.yaml', 'x: 1\n');
    await vscode.workspace.openTextDocument(other);
    const none = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', other)) ?? [];
    assert.equal(none.filter((l) => l.command?.command === 'postmortem.revealLine').length, 0);
  });
});
