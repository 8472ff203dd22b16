import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { OutlineNode } from '../../src/extension/outline/nodes.js';
import { api, cleanTemp, open, waitFor, workspaceUri, writeTemp } from './helpers.js';

async function shownFor(document: vscode.TextDocument) {
  const { outline } = await api();
  await waitFor(outline.onDidRefresh, () => (outline.analysisShown?.document === document ? true : undefined), 20_000, 'the outline to show ' + document.uri.path);
  return outline;
}

function labels(outline: Awaited<ReturnType<typeof shownFor>>, nodes: OutlineNode[]) {
  return nodes.map((n) => outline.getTreeItem(n));
}

suite('incident outline', () => {
  suiteTeardown(cleanTemp);

  test('shows header, timeline with phase icons, nested whys and grouped action items', async () => {
    const editor = await open('postmortems', 'complete.md');
    const outline = await shownFor(editor.document);
    const roots = outline.getChildren();
    const [header] = labels(outline, roots);
    assert.equal(header.label, 'Checkout API outage after a configuration change');
    assert.match(String(header.description), /SEV2 · 2026-03-14 · TTD 8m · TTR 51m/);

    const timelineGroup = roots.find((n) => n.kind === 'group' && n.id === 'timeline')!;
    const entries = labels(outline, outline.getChildren(timelineGroup));
    assert.equal(entries.length, 9);
    assert.match(String(entries[1].label), /^12:09 {2}Alert fired/);
    assert.equal((entries[1].iconPath as vscode.ThemeIcon).id, 'bell');
    assert.equal((entries[7].iconPath as vscode.ThemeIcon).id, 'pass');
    assert.deepEqual(entries[1].command?.arguments, [editor.document.uri, 33]);

    const whysGroup = roots.find((n) => n.kind === 'group' && n.id === 'whys')!;
    let level = outline.getChildren(whysGroup);
    let depth = 0;
    while (level.length) {
      assert.equal(level.length, 1, 'each why has the next as its only child');
      depth++;
      level = outline.getChildren(level[0]);
    }
    assert.equal(depth, 5);

    const actionsGroup = roots.find((n) => n.kind === 'group' && n.id === 'actions')!;
    const terms = labels(outline, outline.getChildren(actionsGroup)).map((t) => t.label);
    assert.deepEqual(terms, ['Short-term', 'Mid-term', 'Long-term']);
    const short = outline.getChildren(outline.getChildren(actionsGroup)[0]);
    const items = labels(outline, short);
    assert.match(String(items[0].description), /@jun · due 2026-03-16 · done/);
    assert.equal((items[0].iconPath as vscode.ThemeIcon).id, 'pass-filled');
  });

  test('gives the editor\'s Outline and breadcrumbs the incident as document symbols, also for a long postmortem', async () => {
    const symbolsOf = async (uri: vscode.Uri, entries: number) => {
      // The built-in Markdown extension's headings come too; ours are the tree whose timeline holds events.
      const events = (list: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => list.flatMap((s) => [...(s.kind === vscode.SymbolKind.Event ? [s] : []), ...events(s.children)]);
      for (let tries = 0; tries < 100; tries++) {
        const all = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
        const found = events(all);
        if (found.length >= entries) return { all, events: found };
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('no document symbols from the server');
    };
    const editor = await open('postmortems', 'complete.md');
    await shownFor(editor.document);
    const { all, events } = await symbolsOf(editor.document.uri, 9);
    assert.equal(events.length, 9);
    assert.match(events[1]!.name, /^12:09 Alert fired/);
    const timeline = (function find(list: vscode.DocumentSymbol[]): vscode.DocumentSymbol | undefined {
      for (const s of list) if (s.detail === 'timeline') return s;
      for (const s of list) { const t = find(s.children); if (t) return t; }
      return undefined;
    })(all);
    assert.equal(timeline?.name, 'Timeline');
    assert.equal(timeline?.children.length, 9, 'the entries nested under their section');
    // Forty copies under one title: thousands of symbols, converted a slice at a time, none lost.
    const body = editor.document.getText().replace(/^---[\s\S]*?---\n/, '').replace(/^# .*\n/m, '');
    // Dated after every other postmortem here, so it is never one of their earlier related incidents.
    const long = writeTemp('long-outline.md', '---\ntype: postmortem\ndate: 2099-01-01\n---\n\n# Long\n' + Array.from({ length: 40 }, (_, i) => body.replace(/^(#+) (.*)$/gm, `$1 $2 (${i})`)).join('\n'));
    const many = await symbolsOf(long, 360);
    assert.equal(many.events.length, 360);
    fs.rmSync(long.fsPath);
  });

  test('shows missing sections as warnings and marks overdue items', async () => {
    const editor = await open('postmortems', 'incomplete.md');
    const outline = await shownFor(editor.document);
    const missing = outline.getChildren().find((n) => n.kind === 'group' && n.id === 'missing')!;
    assert.deepEqual(labels(outline, outline.getChildren(missing)).map((i) => i.label), ['Missing: Impact', 'Missing: Action Items']);
  });

  test('follows the active editor and empties for non-postmortems', async () => {
    const notes = await open('notes.md');
    const { outline } = await api();
    await waitFor(outline.onDidRefresh, () => (outline.analysisShown === undefined ? true : undefined), 20_000, 'an empty outline');
    assert.deepEqual(outline.getChildren(), []);
    void notes;
    const ko = await open('postmortems', 'korean.md');
    await shownFor(ko.document);
    assert.equal(outline.getTreeItem(outline.getChildren()[0]).label, '주문 서버 메모리 부족으로 인한 주문 실패');
  });

  test('shows the earlier postmortems like this one as "Related incidents", with the shared terms; a click opens one', async () => {
    const { index } = await api();
    // The language server knows the workspace's closed files once the index has modelled them.
    await index.whenReady();
    const earlier = workspaceUri('postmortems', 'checkout-gateway-2025.md').toString();
    const editor = await open('postmortems', 'complete.md');
    const outline = await shownFor(editor.document);
    await waitFor(outline.onDidShowRelated, () => (outline.relatedShown?.some((r) => r.uri === earlier) ? true : undefined), 20_000, 'the related incidents');
    const group = outline.getChildren().find((n) => n.kind === 'relatedGroup')!;
    const groupItem = outline.getTreeItem(group);
    assert.equal(groupItem.label, 'Related incidents');
    const children = outline.getChildren(group);
    assert.equal(groupItem.description, String(children.length));
    const first = outline.getTreeItem(children[0]);
    assert.equal(first.label, 'Checkout errors after a payment gateway endpoint change');
    for (const term of ['checkout', 'gateway']) assert.match(String(first.description), new RegExp(`\\b${term}\\b`));
    assert.match(String(first.tooltip), /2025-08-19/);
    assert.equal(first.command?.command, 'vscode.open');
    await vscode.commands.executeCommand(first.command!.command, ...(first.command!.arguments ?? []));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), earlier);
  });

  test('finds related incidents among Korean postmortems too', async () => {
    const { index } = await api();
    await index.whenReady();
    const earlier = workspaceUri('postmortems', 'order-oom-2025.md').toString();
    const editor = await open('postmortems', 'korean.md');
    const outline = await shownFor(editor.document);
    const related = await waitFor(outline.onDidShowRelated, () => (outline.relatedShown?.some((r) => r.uri === earlier) ? outline.relatedShown : undefined), 20_000, 'the related incidents');
    const node = outline.getChildren(outline.getChildren().find((n) => n.kind === 'relatedGroup')).find((n) => n.kind === 'related' && n.incident.uri === earlier)!;
    assert.equal(outline.getTreeItem(node).label, '주문 목록 조회 폭증으로 인한 주문 서버 재시작');
    assert.match(String(outline.getTreeItem(node).description), /메모리/);
    assert.ok(!related.some((r) => r.uri === editor.document.uri.toString()), 'never the document itself');
  });

  test('clicking a node reveals its line', async () => {
    const editor = await open('postmortems', 'complete.md');
    await shownFor(editor.document);
    await vscode.commands.executeCommand('postmortem.revealLine', editor.document.uri, 33);
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 32);
  });

  test('the title node goes to the H1; a group of one item says "1 item"', async () => {
    const editor = await open('postmortems', 'complete.md');
    const outline = await shownFor(editor.document);
    const header = outline.getTreeItem(outline.getChildren()[0]!);
    const h1 = editor.document.getText().split('\n').findIndex((l) => l.startsWith('# ')) + 1;
    assert.deepEqual(header.command?.arguments, [editor.document.uri, h1]);
    const actions = outline.getChildren().find((n) => n.kind === 'group' && n.id === 'actions')!;
    const long = outline.getChildren(actions).map((n) => outline.getTreeItem(n)).find((t) => t.label === 'Long-term');
    assert.equal(long?.description, '1 item');
  });

  test('a closed document leaves the outline', async () => {
    const editor = await open('postmortems', 'complete.md');
    const outline = await shownFor(editor.document);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(outline.onDidRefresh, () => (outline.analysisShown === undefined ? true : undefined), 20_000, 'the outline to empty');
    assert.deepEqual(outline.getChildren(), []);
  });
});
