import * as assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { api, cleanTemp, waitFor, workspaceUri, writeTemp } from './helpers.js';

suite('postmortems view and index', () => {
  suiteTeardown(cleanTemp);

  test('lists every postmortem with date, severity and open items, not READMEs or notes', async () => {
    const { postmortems, index } = await api();
    await index.whenReady();
    const entries = await postmortems.getChildren();
    const names = entries.map((e) => e.uri.path.split('/').pop());
    for (const n of ['complete.md', 'korean.md', 'overdue.md', 'incomplete.md']) assert.ok(names.includes(n), names.join(', '));
    assert.ok(!names.includes('README.md') && !names.includes('notes.md'));
    const login = postmortems.getTreeItem(entries.find((e) => e.uri.path.endsWith('/overdue.md'))!);
    assert.equal(login.label, 'Login outage');
    assert.equal(login.description, '2025-01-10 · SEV2 · 1 open, 1 overdue');
    assert.equal(login.command?.command, 'vscode.open');
  });

  test('Show Incident Insights draws every postmortem of the index, and again when one is added', async () => {
    const { insights, index } = await api();
    await index.whenReady();
    const panel = (await vscode.commands.executeCommand('postmortem.showInsights')) as vscode.WebviewPanel;
    assert.equal(panel.viewType, 'postmortem.insights');
    await waitFor(insights.onDidSend, () => (insights.lastSent === index.all().length ? true : undefined), 20_000, 'the page gets the index');
    // What recurs comes from the language server, which keeps the texts; the page knows postmortems by their paths.
    const recurring = insights.lastInsights?.recurring;
    assert.ok(recurring, 'repeated fixes and systems reach the page');
    const fixes = recurring.repeatedFixes.map((r) => `${r.path} <- ${r.earlier.path} (${r.earlier.state})`);
    assert.ok(fixes.includes('postmortems/complete.md <- postmortems/checkout-gateway-2025.md (overdue)'), fixes.join('\n'));
    assert.ok(fixes.includes('postmortems/korean.md <- postmortems/order-oom-2025.md (overdue)'), fixes.join('\n'));
    const checkout = recurring.systems.find((s) => s.word === 'checkout');
    assert.ok(checkout && checkout.paths.includes('postmortems/checkout-gateway-2025.md') && checkout.paths.every((p) => !p.includes(':')), JSON.stringify(recurring.systems));
    writeTemp('insights/new.md', '---\ntype: postmortem\ndate: 2026-02-01\nseverity: SEV2\n---\n# Queue backlog\n\n## Timeline\n\n- 10:00 Alert fired\n');
    // As the sorting test does: the watcher's timing in a test run is not the point here. The rebuild also
    // drops files other suites have deleted, so the page is compared with the index as it then is.
    await index.rebuild();
    const added = () => index.all().some((e) => e.uri.path.endsWith('/insights/new.md'));
    await waitFor(insights.onDidSend, () => (added() && insights.lastSent === index.all().length ? true : undefined), 20_000, 'the page follows the index');
    // What the page asks to open (a row or a point): a postmortem it was given, at the line; nothing else.
    const editor = await insights.open('tmp/insights/new.md', 10);
    assert.ok(editor?.document.uri.path.endsWith('/insights/new.md'));
    assert.equal(editor!.selection.active.line, 9);
    assert.equal(await insights.open('../../etc/passwd', 1), undefined);
    assert.equal(await insights.open({ path: 'tmp/insights/new.md' }, 1), undefined);
    panel.dispose();
  });

  test('sorts by the incident day whatever form the date takes, newest first', async () => {
    const { postmortems, index } = await api();
    const pm = (date: string, title: string) => `---\ntype: postmortem\ntitle: ${title}\ndate: "${date}"\n---\n# ${title}\n`;
    writeTemp('dates/range.md', pm('January 14-19, 2026', 'Range'));
    writeTemp('dates/iso.md', pm('2025-12-30', 'Iso'));
    writeTemp('dates/named.md', pm('Mar 02, 2026', 'Named'));
    await index.rebuild();
    const order = (await postmortems.getChildren()).map((e) => e.uri.path).filter((p) => p.includes('/dates/')).map((p) => p.split('/').pop());
    assert.deepEqual(order, ['named.md', 'range.md', 'iso.md']);
  });

  test('follows files being created and deleted', async function () {
    this.timeout(120_000);
    const { index } = await api();
    await index.whenReady();
    const uri = workspaceUri('tmp', 'created', 'new-postmortem.md');
    // The folder first: a file written in the same instant as its new folder can reach the watcher before the folder is watched.
    await vscode.workspace.fs.createDirectory(workspaceUri('tmp', 'created'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntype: postmortem\ntitle: Created later\n---\n# Created later\n'));
    await waitFor(index.onDidChange, () => (index.all().some((e) => e.uri.toString() === uri.toString()) ? true : undefined), 45_000, 'the index to see the new file');
    await vscode.workspace.fs.delete(uri);
    await waitFor(index.onDidChange, () => (index.all().some((e) => e.uri.toString() === uri.toString()) ? undefined : true), 45_000, 'the index to drop the file');
  });

  test('indexes 1,000 postmortems in batches without holding the extension host', async () => {
    const { index } = await api();
    const body = (i: number) => `---\ntype: postmortem\ntitle: Incident ${i}\ndate: 2026-01-${String((i % 28) + 1).padStart(2, '0')}\n---\n# Incident ${i}\n\n## Impact\n\nSome users.\n\n## Timeline (UTC)\n\n- 10:00 — Alert fired\n- 10:20 — Rolled back\n\n## Root cause\n\n1. Why? a\n2. Why? b\n\n## Action items\n\n- [ ] Fix ${i} (owner: @a, due: 2099-01-01)\n`;
    for (let i = 0; i < 1000; i++) writeTemp(`many/pm-${i}.md`, body(i));
    // Count timer ticks while indexing: a frozen host would show none.
    let ticks = 0;
    let longestGap = 0;
    let last = Date.now();
    const timer = setInterval(() => {
      ticks++;
      longestGap = Math.max(longestGap, Date.now() - last);
      last = Date.now();
    }, 5);
    const run = await index.rebuild();
    clearInterval(timer);
    console.log(`index: ${run.files} files, ${run.postmortems} postmortems in ${run.millis} ms; longest batch ${run.longestBlockMillis} ms; ${ticks} timer ticks, longest gap ${longestGap} ms`);
    assert.ok(run.postmortems >= 1000);
    assert.ok(ticks >= run.files / 25 / 2, `the indexer yielded only ${ticks} times`);
  });
});
