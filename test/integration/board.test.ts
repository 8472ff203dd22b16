import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { BoardState, ToWebview } from '../../src/board/protocol.js';
import type { BoardPanel } from '../../src/extension/board/panel.js';
import { textHash } from '../../src/core/board/hash.js';
import { api, cleanTemp, waitFor, workspaceUri, writeTemp } from './helpers.js';

const DOC = `---
type: postmortem
---

# Board fixture

## Impact

Everyone.

## Timeline (UTC)

- 10:00 — Start
- 10:05 — Alert fired
- 10:30 — Rolled back

## Root cause

1. Why? a
2. Why? b
3. Why? c
4. Why? d
5. Why? The pipeline has no check.

## Action items

- [ ] Add a pipeline check (owner: @ana, due: 2099-01-01)
- [x] Roll back faster (owner: @bo, term: short)
- Write a runbook (owner: @cy, term: long)
`;

/** Waits for the next state the board posts that satisfies `check`. */
function nextState(board: BoardPanel, check: (s: BoardState) => boolean = () => true): Promise<BoardState> {
  return waitFor(board.onDidPost, () => (board.lastState && check(board.lastState) ? board.lastState : undefined), 20_000, 'a board state');
}

function nextNotice(board: BoardPanel): Promise<string> {
  return new Promise((resolve) => {
    const sub = board.onDidPost((m: ToWebview) => {
      if (m.type === 'notice') {
        sub.dispose();
        resolve(m.message);
      }
    });
  });
}

suite('action-items board', () => {
  suiteTeardown(async () => {
    await cleanTemp();
  });

  test('shows the active postmortem’s items as they are in the document', async () => {
    const { boards } = await api();
    const uri = writeTemp('board.md', DOC);
    await vscode.window.showTextDocument(uri);
    const board = (await vscode.commands.executeCommand<BoardPanel>('postmortem.showActionItems'))!;
    const state = await nextState(board, (s) => s.groups.length === 1);
    assert.equal(board.panel.title, 'Action Items: Board fixture');
    assert.equal(boards.panel('document'), board);
    const items = state.groups[0].items.map((i) => [i.line, i.text, i.owner, i.due, i.term, i.done, i.canToggle]);
    assert.deepEqual(items, [
      [27, 'Add a pipeline check (owner: @ana, due: 2099-01-01)', '@ana', '2099-01-01', null, false, true],
      [28, 'Roll back faster (owner: @bo, term: short)', '@bo', null, 'short', true, true],
      [29, 'Write a runbook (owner: @cy, term: long)', '@cy', null, 'long', false, false],
    ]);
    assert.deepEqual(state.counts, { open: 2, done: 1, overdue: 0 });
    assert.deepEqual(state.groups[0].timeline.map((e) => [e.label, e.phase, e.offset]), [['10:00', null, 0], ['10:05', 'detection', 5], ['10:30', 'recovery', 30]]);
    assert.equal(state.groups[0].timeToDetectMinutes, 5);
    assert.match(board.panel.webview.html, /Content-Security-Policy" content="default-src 'none'; style-src [^;]+; font-src [^;]+; img-src [^;]+ data:; script-src 'nonce-[0-9a-f]{36}'"/);
    assert.doesNotMatch(board.panel.webview.html, /Add a pipeline check/, 'no document text in the page itself');
  });

  test('updates live as the document changes', async () => {
    const { boards } = await api();
    const board = boards.panel('document')!;
    const editor = await vscode.window.showTextDocument(workspaceUri('tmp', 'board.md'));
    const pending = nextState(board, (s) => s.groups[0]?.items.length === 4);
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), '- [ ] Page the owner on lag (owner: @dee, due: 2000-01-01)\n'));
    const state = await pending;
    assert.equal(state.groups[0].items[3].overdue, true);
    assert.equal(state.counts.overdue, 1);
  });

  test('ticking a card edits the right line, and undo restores it', async () => {
    const { boards } = await api();
    const board = boards.panel('document')!;
    const editor = await vscode.window.showTextDocument(workspaceUri('tmp', 'board.md'));
    const before = editor.document.getText();
    const group = (await nextState(board)).groups[0];
    await board.receive({ type: 'toggle', uri: group.uri, line: 27, version: group.version, done: true });
    const after = editor.document.getText().split('\n');
    assert.equal(after[26], '- [x] Add a pipeline check (owner: @ana, due: 2099-01-01)');
    assert.deepEqual(after.filter((_, i) => i !== 26), before.split('\n').filter((_, i) => i !== 26), 'no other line changed');
    await nextState(board, (s) => s.groups[0].items[0].done);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  test('Ctrl+Z with focus on the board undoes the tick on its line, keeps what was typed since, and redo ticks again', async () => {
    const { boards } = await api();
    const board = boards.panel('document')!;
    const editor = await vscode.window.showTextDocument(workspaceUri('tmp', 'board.md'));
    const before = editor.document.getText();
    // The state drawn from the text as it is now (the last test's undo may still be on its way).
    const group = (await nextState(board, (s) => s.groups[0]?.version === textHash(before))).groups[0];
    await board.receive({ type: 'toggle', uri: group.uri, line: 27, version: group.version, done: true });
    assert.notEqual(editor.document.getText(), before);
    // A line typed in the editor after the tick stays; only the tick is undone.
    await editor.edit((b) => b.insert(new vscode.Position(6, 0), 'Typed after the tick.\n'));
    const typed = before.split('\n');
    typed.splice(6, 0, 'Typed after the tick.');
    board.panel.reveal(board.panel.viewColumn, false);
    await waitFor(board.panel.onDidChangeViewState, () => (board.panel.active ? true : undefined), 5_000, 'the board focused');
    await board.receive({ type: 'undo', redo: false });
    assert.equal(editor.document.getText(), typed.join('\n'));
    assert.ok(board.panel.active, 'focus stays on the board');
    await board.receive({ type: 'undo', redo: true });
    assert.match(editor.document.getText().split('\n')[27]!, /^- \[x\] Add a pipeline check/);
    await board.receive({ type: 'undo', redo: false });
    assert.equal(editor.document.getText(), typed.join('\n'));
    await editor.edit((b) => b.delete(new vscode.Range(6, 0, 7, 0)));
    assert.equal(editor.document.getText(), before);
  });

  test('a stale tick is refused without changing the text', async () => {
    const { boards } = await api();
    const board = boards.panel('document')!;
    const editor = await vscode.window.showTextDocument(workspaceUri('tmp', 'board.md'));
    const stale = (await nextState(board)).groups[0];
    await editor.edit((b) => b.insert(new vscode.Position(6, 0), 'A new line above the items.\n'));
    const text = editor.document.getText();
    const notice = nextNotice(board);
    await board.receive({ type: 'toggle', uri: stale.uri, line: 27, version: stale.version, done: true });
    assert.match(await notice, /changed since the board was drawn/);
    assert.equal(editor.document.getText(), text);
  });

  test('forged messages cannot edit other files or lines', async () => {
    const { boards } = await api();
    const board = boards.panel('document')!;
    const editor = await vscode.window.showTextDocument(workspaceUri('tmp', 'board.md'));
    const text = editor.document.getText();
    const other = workspaceUri('postmortems', 'complete.md');
    const otherText = fs.readFileSync(other.fsPath, 'utf8');
    const group = (await nextState(board)).groups[0];
    for (const forged of [
      { type: 'toggle', uri: other.toString(), line: 47, version: group.version, done: true },
      { type: 'toggle', uri: group.uri, line: 8, version: group.version, done: true },
      { type: 'toggle', uri: group.uri, line: -1, version: group.version, done: true },
      { type: 'toggle', uri: group.uri, line: 28, version: 'x', done: true },
      { type: 'toggle', uri: group.uri, line: 28, version: group.version, done: 'yes' },
      { type: 'eval', code: 'process.exit()' },
      null,
    ]) {
      await board.receive(forged);
    }
    assert.equal(editor.document.getText(), text);
    assert.equal(fs.readFileSync(other.fsPath, 'utf8'), otherText);
    assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === other.toString())?.isDirty ?? false, false);
  });

  test('clicking a card reveals its line', async () => {
    const { boards } = await api();
    const board = boards.panel('document')!;
    const group = (await nextState(board)).groups[0];
    await board.receive({ type: 'reveal', uri: group.uri, line: group.items[1].line });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), group.uri);
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, group.items[1].line - 1);
  });

  test('clicking a timeline dot reveals the line where the document is shown, keeping the board in view', async () => {
    const { boards } = await api();
    const board = boards.panel('document')!;
    const state = await nextState(board);
    const uri = state.groups[0]!.uri;
    // Focus on the board, as after a click in it.
    board.panel.reveal(board.panel.viewColumn, false);
    await waitFor(board.panel.onDidChangeViewState, () => (board.panel.active ? true : undefined), 5_000, 'the board focused');
    const tabsOf = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs.filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri).map(() => g.viewColumn));
    const before = tabsOf();
    assert.ok(before.length >= 1, 'the document is open');
    await board.receive({ type: 'reveal', uri, line: 20 });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri);
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 19);
    assert.deepEqual(tabsOf(), before, 'no second copy of the document');
    assert.notEqual(vscode.window.activeTextEditor?.viewColumn, board.panel.viewColumn);
    assert.ok(board.panel.visible, 'the board is still in view');
  });

  test('comes back after a window reload from the state its page saved', async () => {
    const { boards } = await api();
    const uri = workspaceUri('tmp', 'board.md');
    const panel = vscode.window.createWebviewPanel('postmortem.board', 'restored', vscode.ViewColumn.Active, { enableScripts: true });
    const board = await boards.restore(panel, { mode: 'document', uri: uri.toString(), owner: null, openOnly: false, overdueOnly: false });
    assert.equal(board.lastState?.groups[0]?.uri, uri.toString());
    assert.match(board.panel.title, /^Action Items: Board fixture/);
    assert.equal(boards.panel('document'), board);
    assert.match(board.panel.webview.html, /script-src 'nonce-/);
  });

  test('follows the active editor to another postmortem', async () => {
    const { boards } = await api();
    const board = boards.panel('document')!;
    await vscode.window.showTextDocument(workspaceUri('postmortems', 'korean.md'), { viewColumn: vscode.ViewColumn.One });
    const state = await nextState(board, (s) => s.groups[0]?.uri === workspaceUri('postmortems', 'korean.md').toString());
    assert.equal(state.title, '주문 서버 메모리 부족으로 인한 주문 실패');
    assert.equal(board.panel.title, 'Action Items: 주문 서버 메모리 부족으로 인한 주문 실패');
  });

  test('lists the earlier postmortems like the document; a title opens one the board listed, never a forged one', async () => {
    const { boards, index } = await api();
    // The language server knows the workspace's closed files once the index has modelled them.
    await index.whenReady();
    const korean = workspaceUri('postmortems', 'korean.md');
    const earlier = workspaceUri('postmortems', 'order-oom-2025.md');
    await vscode.window.showTextDocument(korean, { viewColumn: vscode.ViewColumn.One });
    const board = (await boards.showDocument(korean))!;
    const state = await nextState(board, (s) => s.groups[0]?.uri === korean.toString() && !!s.related?.some((r) => r.uri === earlier.toString()));
    assert.equal(state.strings.related, 'Related incidents');
    const related = state.related!.find((r) => r.uri === earlier.toString())!;
    assert.equal(related.title, '주문 목록 조회 폭증으로 인한 주문 서버 재시작');
    assert.equal(related.date, '2025-11-07');
    assert.ok(related.sharedTerms.includes('메모리') && related.sharedTerms.includes('주문'), related.sharedTerms.join(', '));
    assert.ok(!state.related!.some((r) => r.uri === korean.toString()), 'never the document itself');
    // What a forged page could send: a file the board does not list is not opened.
    const forged = workspaceUri('notes.md');
    await board.receive({ type: 'open', uri: forged.toString() });
    await board.receive({ type: 'open', uri: 42 });
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === forged.toString()), 'the forged file was not opened');
    await board.receive({ type: 'open', uri: related.uri });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), earlier.toString());
    board.dispose();
  });

  test('shows every postmortem in the workspace, overdue first, and counts overdue items in the status bar', async () => {
    const { index, status } = await api();
    await index.whenReady();
    const board = (await vscode.commands.executeCommand<BoardPanel>('postmortem.showAllActionItems'))!;
    const state = await nextState(board, (s) => s.mode === 'workspace' && s.groups.length >= 3);
    const titles = state.groups.map((g) => g.title);
    const overdue = state.groups.map((g) => g.items.some((i) => i.overdue));
    assert.deepEqual(overdue, [...overdue].sort((a, b) => Number(b) - Number(a)), 'postmortems with overdue items come first');
    assert.ok(titles.includes('Checkout API outage after a configuration change'));
    assert.ok(titles.includes('주문 서버 메모리 부족으로 인한 주문 실패'));
    assert.ok(state.counts.overdue >= 1);
    status.update();
    assert.ok(status.count >= 1);
    assert.match(status.item.text, /overdue action item/);
    // The table's Status cell is toggled in place.
    const login = state.groups.find((g) => g.title === 'Login outage')!;
    const row = login.items.find((i) => i.text === 'Inventory all certificates')!;
    // The fixture is shared with other suites: whatever happens to the edit, the file goes back as it was.
    const path = vscode.Uri.parse(login.uri).fsPath;
    const original = fs.readFileSync(path, 'utf8');
    try {
      await board.receive({ type: 'toggle', uri: login.uri, line: row.line, version: login.version, done: true });
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === login.uri)!;
      assert.equal(doc.lineAt(row.line - 1).text, '| Inventory all certificates              | @sec   | 2025-02-01 | Done   |');
      // Undone through the board (it needs no editor focus), then saved: the text on disk is the original again.
      await board.receive({ type: 'undo', redo: false });
      assert.equal(doc.getText(), original);
      await doc.save();
    } finally {
      if (fs.readFileSync(path, 'utf8') !== original) fs.writeFileSync(path, original);
    }
  });
});
