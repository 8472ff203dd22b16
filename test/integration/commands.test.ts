import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { api, cleanTemp, waitFor, workspaceUri, writeTemp } from './helpers.js';

const SMALL = `---
type: postmortem
---

# Queue backlog

## Timeline

All times in UTC.

- 10:00 — Backlog grows
- 10:30 — Consumers scaled up

## Root cause

1. Why did the backlog grow? Consumers were too few.
2. Why were there too few? Scaling is manual.

## Action items

- [ ] Autoscale consumers on lag (owner: @ops, due: 2099-01-01)
`;

suite('commands', () => {
  suiteTeardown(async () => {
    await cleanTemp();
    fs.rmSync(workspaceUri('postmortems-new').fsPath, { recursive: true, force: true });
    await vscode.workspace.getConfiguration('postmortem').update('folder', undefined, vscode.ConfigurationTarget.Global);
  });

  test('are all registered under the Postmortem category', async () => {
    await api();
    const all = await vscode.commands.getCommands(true);
    for (const id of ['newPostmortem', 'insertTimelineEntry', 'addWhy', 'addActionItem', 'lintWorkspace', 'markAsPostmortem', 'refreshOutline']) {
      assert.ok(all.includes('postmortem.' + id), id);
    }
    const manifest = vscode.extensions.getExtension('postmortem-tools.postmortem-assistant')!.packageJSON as { contributes: { commands: Array<{ category: string }> } };
    assert.ok(manifest.contributes.commands.every((c) => c.category === '%category%' || c.category === 'Postmortem'));
  });

  test('New Postmortem creates the file from the template in the configured folder', async () => {
    await vscode.workspace.getConfiguration('postmortem').update('folder', 'postmortems-new', vscode.ConfigurationTarget.Global);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newPostmortem', { language: 'ko', title: '결제 지연', severity: 'SEV3' });
    assert.ok(uri && uri.path.includes('/postmortems-new/') && uri.path.endsWith('-결제-지연.md'), uri?.path);
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.match(text, /^---\ntype: postmortem\ntitle: "결제 지연"\nseverity: SEV3\n/);
    assert.match(text, /## 재발 방지 대책 \(Action Items\)/);
    // The summary's prompt is selected, so typing replaces it.
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.getText(editor.selection), /^<!-- 무슨 일이 있었고.*-->$/);
    const { analysis } = await api();
    const a = await analysis.analyze(vscode.window.activeTextEditor!.document);
    assert.equal(a?.result.model.language, 'ko');
    assert.deepEqual(a?.result.model.missingSections, []);
    // What the template leaves to write is pointed at: empty summary and impact, unanswered whys, `@이름` as owner.
    const ids = new Set(a!.result.messages.map((m) => m.ruleId));
    for (const id of ['required-sections', 'five-whys', 'action-item-owner']) assert.ok(ids.has(id), id);
  });

  test('Insert Timeline Entry, Add Why and Add Action Item edit the right places', async () => {
    const uri = writeTemp('insert.md', SMALL);
    const editor = await vscode.window.showTextDocument(uri);
    const { analysis } = await api();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('postmortem.insertTimelineEntry');
    await vscode.commands.executeCommand('postmortem.addWhy');
    await vscode.commands.executeCommand('postmortem.addActionItem');
    const model = (await analysis.analyze(editor.document))!.result.model;
    assert.equal(model.timeline.length, 3);
    assert.match(model.timeline[2].time ?? '', /^\d{2}:\d{2}$/);
    assert.equal(model.timeline[2].line, 13, 'after the last entry');
    // The new why's answer is still the prompt: it counts once it is written.
    assert.equal(model.whys.length, 2);
    const whyLine = editor.document.getText().split('\n').findIndex((l) => /^3\. Why /.test(l));
    assert.ok(whyLine > 0);
    const answer = editor.document.lineAt(whyLine).text.indexOf('because …');
    await editor.edit((b) => b.replace(new vscode.Range(whyLine, answer, whyLine, answer + 'because …'.length), 'Nothing scales consumers on lag.'));
    const answered = (await analysis.analyze(editor.document))!.result.model;
    assert.equal(answered.whys.length, 3);
    assert.equal(answered.actionItems.length, 2);
    assert.match(editor.document.lineAt(answered.actionItems[1].line - 1).text, /^- \[ \] What will change \(owner: @name, due: YYYY-MM-DD\)/);
  });

  test('New Postmortem writes the first time in the zone it states, wherever the editor runs', async () => {
    const inZone = (timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date());
    const near = (a: string, b: string) => {
      const m = (t: string) => +t.slice(0, 2) * 60 + +t.slice(3, 5);
      return Math.min(Math.abs(m(a) - m(b)), 1440 - Math.abs(m(a) - m(b))) <= 1;
    };
    await vscode.workspace.getConfiguration('postmortem').update('folder', 'postmortems-new', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('postmortem.newPostmortem', { language: 'ko', title: '시간대', severity: 'SEV3' });
    const ko = vscode.window.activeTextEditor!.document.getText();
    assert.match(ko, /모든 시간은 KST 기준입니다\./);
    const koTime = /^- (\d{2}:\d{2}) — 장애 발생/m.exec(ko)![1]!;
    assert.ok(near(koTime, inZone('Asia/Seoul')), `${koTime} is not Seoul time ${inZone('Asia/Seoul')}`);

    await vscode.workspace.getConfiguration('postmortem').update('timeZone', 'PT', vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('postmortem.newPostmortem', { language: 'en', title: 'Zone', severity: 'SEV3' });
      const en = vscode.window.activeTextEditor!.document.getText();
      assert.match(en, /All times in PT\./);
      const enTime = /^- (\d{2}:\d{2}) — Incident started/m.exec(en)![1]!;
      assert.ok(near(enTime, inZone('America/Los_Angeles')), `${enTime} is not Pacific time`);
    } finally {
      await vscode.workspace.getConfiguration('postmortem').update('timeZone', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('Insert Timeline Entry (Now) in a past incident adds the date, in the stated zone, after the last entry', async () => {
    const past = SMALL.replace('type: postmortem\n', 'type: postmortem\ndate: 2025-01-10\n').replace('All times in UTC.', 'All times in KST.');
    const uri = writeTemp('insert-past.md', past);
    const editor = await vscode.window.showTextDocument(uri);
    const { analysis, published } = await api();
    // The cursor in the middle of the timeline does not decide the place.
    const first = editor.document.getText().split('\n').findIndex((l) => l.startsWith('- 10:00'));
    editor.selection = new vscode.Selection(first, 0, first, 0);
    await vscode.commands.executeCommand('postmortem.insertTimelineEntry');
    const seoul = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const model = (await analysis.analyze(editor.document))!.result.model;
    assert.equal(model.timeline.length, 3);
    const added = model.timeline[2]!;
    assert.equal(added.date, seoul);
    assert.match(editor.document.lineAt(added.line - 1).text, new RegExp(`^- ${seoul} \\d{2}:\\d{2} — `));
    assert.equal(added.line, model.timeline[1]!.line + 1, 'after the last entry');
    await published.whenPublished(editor.document);
    assert.ok(!vscode.languages.getDiagnostics(uri).some((d) => String((d.code as { value: string } | undefined)?.value) === 'timeline-order'), 'out of order');
  });

  test('Mark File as Postmortem adds front matter so the file is linted', async () => {
    const uri = writeTemp('plain.md', '# Notes about the outage\n\nSomething broke.\n');
    const editor = await vscode.window.showTextDocument(uri);
    const { analysis } = await api();
    assert.ok((await analysis.analyze(editor.document))?.result.skipped);
    assert.ok(await vscode.commands.executeCommand('postmortem.markAsPostmortem'));
    assert.match(editor.document.getText(), /^---\ntype: postmortem\n---\n\n# Notes/);
    assert.equal((await analysis.analyze(editor.document))?.result.skipped, null);
  });

  test('Lint All Postmortems reports closed files in the Problems panel', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const { workspaceDiagnostics } = await api();
    const summary = await vscode.commands.executeCommand<{ files: number; postmortems: number; cancelled: boolean }>('postmortem.lintWorkspace');
    assert.ok(summary.files >= 4 && summary.postmortems >= 3, JSON.stringify(summary));
    assert.equal(summary.cancelled, false);
    const incomplete = workspaceUri('postmortems', 'incomplete.md');
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => (workspaceDiagnostics.get(incomplete)?.length ? true : undefined), 10_000, 'workspace diagnostics');
    assert.ok(workspaceDiagnostics.get(incomplete)!.some((d) => String((d.code as { value: string }).value) === 'required-sections'));
    assert.equal(workspaceDiagnostics.get(workspaceUri('notes.md'))?.length ?? 0, 0);
  });

  test('Lint All Postmortems keeps one source of problems per file: live for open files, dropped or re-linted for closed ones', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const { workspaceDiagnostics, problems, published } = await api();
    const opened = writeTemp('lint-all-open.md', SMALL);
    const deleted = writeTemp('lint-all-deleted.md', SMALL);
    const fixed = writeTemp('lint-all-fixed.md', SMALL);
    const editor = await vscode.window.showTextDocument(opened);
    await published.whenPublished(editor.document);
    const live = () => vscode.languages.getDiagnostics(opened).filter((d) => d.source === 'postmortem');
    const before = live().map((d) => `${d.range.start.line}:${String((d.code as { value: string }).value)}:${d.message}`).sort();
    assert.ok(before.length > 0, 'the open file has problems');

    const summary = await vscode.commands.executeCommand<{ postmortems: number; problems: number }>('postmortem.lintWorkspace');
    assert.ok(summary.postmortems >= 6 && summary.problems > 0, JSON.stringify(summary));
    // The open file: only the live analysis, so no problem twice.
    assert.equal(workspaceDiagnostics.get(opened)?.length ?? 0, 0);
    assert.deepEqual(live().map((d) => `${d.range.start.line}:${String((d.code as { value: string }).value)}:${d.message}`).sort(), before);
    assert.ok(workspaceDiagnostics.get(deleted)?.length && workspaceDiagnostics.get(fixed)?.length);

    // A closed file deleted: its problems go.
    await vscode.workspace.fs.delete(deleted);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => (workspaceDiagnostics.has(deleted) ? undefined : true), 10_000, 'problems of a deleted file');

    // A closed file fixed outside the editor: linted again, its problems go.
    const complete = SMALL.replace('## Timeline', '## Summary\n\nThe queue backed up.\n\n## Impact\n\nOrders were late for 30 minutes.\n\n## Timeline');
    fs.writeFileSync(fixed.fsPath, complete);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => (workspaceDiagnostics.get(fixed)?.some((d) => String((d.code as { value: string }).value) === 'required-sections') ? undefined : true), 10_000, 'problems of a fixed file');
    await problems.settled();

    // Opening a closed file hands it to the live analysis.
    const reopened = writeTemp('lint-all-reopened.md', SMALL);
    await vscode.commands.executeCommand('postmortem.lintWorkspace');
    assert.ok(workspaceDiagnostics.get(reopened)?.length);
    const doc = await vscode.workspace.openTextDocument(reopened);
    assert.equal(workspaceDiagnostics.has(reopened), false);
    await published.whenPublished(doc);
    const counts = new Map<string, number>();
    for (const d of vscode.languages.getDiagnostics(reopened)) counts.set(d.message + d.range.start.line, (counts.get(d.message + d.range.start.line) ?? 0) + 1);
    assert.ok([...counts.values()].every((n) => n === 1), 'no problem shown twice');
  });
});
