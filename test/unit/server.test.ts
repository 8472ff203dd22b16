import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, DocumentSymbol, FoldingRange, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { textHash } from '../../src/core/board/hash.js';
import { buildModel } from '../../src/core/model/build.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { actionItemId } from '../../src/core/tracker/item-id.js';
import { LINT_FILES_REQUEST, MODEL_FILES_REQUEST, MODEL_REQUEST, type LintFilesResult, type ModelFilesResult, type ModelResult } from '../../src/protocol.js';
import { fileUri, startTestClient, type TestClient } from '../support/lsp-client.js';

const DOC = [
  '---', // 1
  'type: postmortem',
  'date: 2026-03-14',
  '---',
  '',
  '# Checkout outage', // 6
  '',
  '## Summary',
  '',
  'Checkout failed for 40 minutes.', // 10
  '',
  '## Timeline',
  '',
  'All times in UTC.',
  '',
  '- 10:00 — Error rate alert fired', // 16
  '- 10:25 — Rolled back the release',
  '- 10:40 — Service recovered',
  '',
  '## Root cause (5 Whys)', // 20
  '',
  '1. Why did checkout fail? The new release broke the payment call.',
  '2. Why? Tom pushed untested code without review.',
  '',
  '## Action items', // 25
  '',
  '- [ ] Add a contract test for the payment call (owner: @minji, due: 2026-04-01)',
  '- [x] Require a review before merge (owner: @jun, due: 2026-03-20)',
  '',
].join('\n');

const apply = (text: string, edits: TextEdit[]): string => TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, text), edits);
const editsOf = (a: CodeAction, uri: string): TextEdit[] => a.edit!.changes![uri]!;

describe('language server over stdio', () => {
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pm-server-'));
    client = await startTestClient({ rootUri: fileUri(dir) });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics with the rule id as code, a link to its doc, severity and the version', async () => {
    const uri = fileUri(join(dir, 'diag.md'));
    await client.open(uri, DOC);
    const diags = await client.diagnostics(uri, 1);
    const missing = diags.find((d) => d.code === 'required-sections');
    assert.ok(missing, diags.map((d) => d.code).join(', '));
    assert.equal(missing.source, 'postmortem');
    assert.match(missing.codeDescription!.href, /docs\/rules\/required-sections\.md$/);
    assert.equal(missing.severity, 1);
    const blame = diags.find((d) => d.code === 'blame-language');
    assert.ok(blame, 'the blaming why is reported');
    assert.equal(blame.range.start.line, 22);
    assert.equal(blame.severity, 2);
  });

  it('never publishes an older version: rapid edits end in one publication for the last', async () => {
    const uri = fileUri(join(dir, 'rapid.md'));
    await client.open(uri, DOC);
    await client.diagnostics(uri, 1);
    const before = client.published.length;
    // Each edit adds a line, so every problem below it moves and the last version's set differs from the first.
    for (let v = 2; v <= 6; v++) await client.change(uri, v, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: 'x\n' }]);
    await client.diagnostics(uri, 6);
    const versions = client.published.slice(before).filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(versions, [6]);
  });

  it('does not send a version\'s diagnostics again when they are the ones shown, and says so', async () => {
    const uri = fileUri(join(dir, 'unchanged.md'));
    await client.open(uri, DOC);
    const first = await client.diagnostics(uri, 1);
    assert.ok(!first.some((d) => d.range.start.line === 9), 'no problem on the summary line');
    const before = client.published.length;
    // Typing on a line without a problem moves none: nothing to send.
    await client.change(uri, 2, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: 'x' }]);
    assert.deepEqual(await client.diagnostics(uri, 2), first);
    assert.equal(client.published.slice(before).filter((p) => p.uri === uri).length, 0);
    assert.deepEqual(client.notices.filter((n) => n.uri === uri).map((n) => [n.version, n.unchanged ?? false, n.count]), [[1, false, first.length], [2, true, first.length]]);
    // Typing before the blaming why moves its problem: the new set is sent.
    await client.change(uri, 3, [{ range: { start: { line: 22, character: 0 }, end: { line: 22, character: 0 } }, text: 'x' }]);
    const third = await client.diagnostics(uri, 3);
    const sent = client.published.slice(before).filter((p) => p.uri === uri);
    assert.deepEqual(sent.map((p) => p.version), [3]);
    assert.equal(third.find((d) => d.code === 'blame-language')!.range.start.character, first.find((d) => d.code === 'blame-language')!.range.start.character + 1);
  });

  it('offers each rule fix, fix-all for the rule, and disable comments that keep the text', async () => {
    const uri = fileUri(join(dir, 'actions.md'));
    const text = DOC.replace('- 10:40 — Service recovered', '- 10:40 — Service recovered\n- 10:41 — Tom forgot to update the status page');
    await client.open(uri, text);
    const diags = await client.diagnostics(uri, 1);
    const blame = diags.filter((d) => d.code === 'blame-language');
    assert.equal(blame.length, 2, blame.map((d) => d.message).join('\n'));
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: blame[0]!.range, context: { diagnostics: [blame[0]] } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(actions[0]!.isPreferred, titles.join(' | '));
    assert.ok(!titles.some((t) => t.startsWith('Show documentation')), 'a client without a doc command gets no doc action');
    const fixAll = actions.find((a) => a.title === 'Fix all blame-language problems in this file');
    assert.ok(fixAll, titles.join(' | '));
    const fixed = apply(text, editsOf(fixAll, uri));
    // Both sentences stay, each followed by a question about the system.
    assert.ok(fixed.includes('Tom pushed untested code without review.') && fixed.includes('Tom forgot to update the status page'));
    assert.equal(fixed.split('\n').length, text.split('\n').length, 'no line added or lost');
    assert.notEqual(fixed, text);
    const line = actions.find((a) => a.title === 'Disable blame-language for this line')!;
    assert.match(apply(text, editsOf(line, uri)).split('\n')[blame[0]!.range.start.line]!, /<!-- postmortem-disable-line blame-language -->$/);
    const file = actions.find((a) => a.title === 'Disable blame-language for this file')!;
    assert.match(apply(text, editsOf(file, uri)), /^---\ntype: postmortem\ndate: 2026-03-14\n---\n<!-- postmortem-disable blame-language -->\n\n# Checkout/);
  });

  it('fixes all safe problems on request or on save (source.fixAll.postmortem), never rewording a sentence', async () => {
    const uri = fileUri(join(dir, 'fix-all.md'));
    const text = DOC.replace(/## Timeline[^#]*/, '');
    await client.open(uri, text);
    const diags = await client.diagnostics(uri, 1);
    assert.equal(diags.filter((d) => d.code === 'required-sections' && d.message.startsWith('Missing')).length, 2, diags.map((d) => d.message).join('\n'));
    const ask = async (only?: string[], d = diags.filter((x) => x.code === 'blame-language')) =>
      (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: d, only } })) as CodeAction[];
    const onSave = await ask(['source.fixAll']);
    assert.deepEqual(onSave.map((a) => [a.title, a.kind]), [['Fix all auto-fixable problems', 'source.fixAll.postmortem']]);
    const fixed = apply(text, editsOf(onSave[0]!, uri));
    assert.match(fixed, /## Impact[^]*## Timeline/);
    // Every line the user wrote is still there, in order; the blaming why is not reworded.
    const kept = fixed.split('\n');
    let at = 0;
    for (const line of text.split('\n')) at = kept.indexOf(line, at) + 1 || assert.fail(`lost: ${line}`);
    // Beside any problem, the quick-fix menu offers it too; other kinds get nothing.
    assert.ok((await ask()).some((a) => a.title === 'Fix all auto-fixable problems' && a.kind === 'quickfix'));
    assert.deepEqual(await ask(['source.organizeImports']), []);
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } }, text: fixed }]);
    const after = await client.diagnostics(uri, 2);
    assert.equal(after.filter((d) => d.code === 'required-sections' && d.message.startsWith('Missing')).length, 0);
    assert.deepEqual(await ask(['source.fixAll'], []), [], 'a second run changes nothing');
  });

  it('offers the rule fixes for a diagnostic sent back with byte columns, as Neovim 0.7 does', async () => {
    const uri = fileUri(join(dir, 'bytes.md'));
    const text = DOC.replace('- 10:40 — Service recovered', '- 10:40 — Service recovered\n- 10:41 — Tom forgot to update the status page');
    await client.open(uri, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('- 10:41'));
    const blame = (await client.diagnostics(uri, 1)).find((d) => d.code === 'blame-language' && d.range.start.line === line)!;
    const byte = (p: { line: number; character: number }) => ({ line: p.line, character: Buffer.byteLength(text.split('\n')[p.line]!.slice(0, p.character)) });
    const inBytes = { ...blame, range: { start: byte(blame.range.start), end: byte(blame.range.end) } };
    assert.notEqual(inBytes.range.start.character, blame.range.start.character, 'the em dash makes bytes and UTF-16 differ');
    const ask = async (d: typeof blame) => (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const [exact, bytes] = [await ask(blame), await ask(inBytes)];
    assert.ok(exact[0]!.isPreferred, exact.map((a) => a.title).join(' | '));
    assert.deepEqual(bytes.map((a) => [a.title, a.edit]), exact.map((a) => [a.title, a.edit]));
  });

  it('gives the incident outline as nested document symbols', async () => {
    const uri = fileUri(join(dir, 'symbols.md'));
    await client.open(uri, DOC);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    const flat = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...flat(s.children ?? [])]);
    const all = flat(symbols);
    const timeline = all.find((s) => s.name === 'Timeline')!;
    assert.deepEqual(timeline.children!.map((c) => c.name), ['10:00 Error rate alert fired', '10:25 Rolled back the release', '10:40 Service recovered']);
    assert.equal(timeline.children![0]!.detail, 'Detection');
    const whys = all.find((s) => s.name === 'Root cause (5 Whys)')!;
    assert.equal(whys.children!.length, 2);
    const actions = all.find((s) => s.name === 'Action items')!;
    assert.deepEqual(actions.children!.map((c) => c.detail), ['open · @minji · 2026-04-01', 'done · @jun · 2026-03-20']);
    // Every child lies inside its parent, as outlines and breadcrumbs expect.
    for (const parent of all) for (const c of parent.children ?? []) assert.ok(c.range.start.line >= parent.range.start.line && c.range.end.line <= parent.range.end.line, `${c.name} in ${parent.name}`);
  });

  it('folds sections, hovers timeline entries and action items, completes headings', async () => {
    const uri = fileUri(join(dir, 'features.md'));
    await client.open(uri, DOC);
    const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    assert.ok(folds.some((f) => f.startLine === 11 && f.endLine >= 17), JSON.stringify(folds));
    const entry = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 16, character: 3 } })) as Hover;
    assert.match(JSON.stringify(entry.contents), /Recovery/);
    assert.match(JSON.stringify(entry.contents), /25m after the first entry \(10:00\)/);
    const item = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 26, character: 5 } })) as Hover;
    assert.match(JSON.stringify(item.contents), /Owner: @minji/);
    // The item's stable id, as `postmortem-lint action-items` exports it.
    const itemLine = DOC.split('\n')[26]!;
    const model = buildModel(parseMarkdown(DOC), DOC, { path: 'features.md' }).model;
    const hovered = model.actionItems.find((a) => a.line === 27)!;
    assert.ok(itemLine.includes(hovered.text.slice(0, 10)));
    assert.ok(JSON.stringify(item.contents).includes(`Id: \`${actionItemId(uri, hovered.text)}\``), JSON.stringify(item.contents));
    assert.match(actionItemId(uri, hovered.text), /^features#/);
    // A deadline counted from the incident's day shows how the document wrote it.
    const relative = fileUri(join(dir, 'relative-due.md'));
    await client.open(relative, DOC.replace(/(\n- \[ \] [^\n]*?)due: [0-9-]+/, '$1due: in 2 weeks').replace(/^/, '---\ndate: 2026-03-02\n---\n'));
    const placed = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: relative }, position: { line: 29, character: 5 } })) as Hover;
    assert.match(JSON.stringify(placed.contents), /Due: 2026-03-16 \(“in 2 weeks”\)/);
    await client.change(uri, 2, [{ range: { start: { line: 28, character: 0 }, end: { line: 28, character: 0 } }, text: '## ' }]);
    const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 28, character: 3 } })) as CompletionItem[];
    assert.equal(items[0]!.label, 'Impact', 'the missing required section first');
    assert.equal(items[0]!.detail, 'missing section');
    assert.ok(!items.some((i) => i.label === 'Timeline'), 'no section the document has');
  });

  it('answers the model request for a version', async () => {
    const uri = fileUri(join(dir, 'model.md'));
    await client.open(uri, DOC, 3);
    const answer = (await client.connection.sendRequest(MODEL_REQUEST, { uri, version: 3 })) as ModelResult;
    assert.equal(answer.version, 3);
    assert.equal(answer.result.model.timeline.length, 3);
    assert.equal(answer.result.model.actionItems.length, 2);
    assert.equal(answer.hash, textHash(DOC), 'the hash of the text analysed, so the editor need not hash it again');
  });

  it('models files for the workspace index: closed ones read from disk, open ones from their analysis', async () => {
    const closed = join(dir, 'index', 'closed.md');
    mkdirSync(join(dir, 'index'), { recursive: true });
    writeFileSync(closed, DOC);
    writeFileSync(join(dir, 'index', 'notes.md'), '# Notes\n\nNothing here.\n');
    const open = fileUri(join(dir, 'index', 'open.md'));
    await client.open(open, DOC.replace('- [x] Require', '- [ ] Require'));
    const uris = [fileUri(closed), fileUri(join(dir, 'index', 'notes.md')), open, fileUri(join(dir, 'index', 'missing.md'))];
    const answers = (await client.connection.sendRequest(MODEL_FILES_REQUEST, { uris })) as ModelFilesResult;
    assert.equal(answers.length, 4);
    assert.deepEqual(answers[0]!.model.actionItems.map((a) => a.done), [false, true]);
    assert.equal(answers[1]!.model.isPostmortem, false);
    assert.deepEqual(answers[2]!.model.actionItems.map((a) => a.done), [false, false], 'the open text, not the file');
    assert.equal(answers[3], null);
    assert.equal(answers[0]!.hash, textHash(DOC));
  });

  it('leaves alone what the workspace folder\'s .postmortemignore names: no diagnostics, not indexed', async () => {
    mkdirSync(join(dir, 'drafts'), { recursive: true });
    const draft = join(dir, 'drafts', 'wip.md');
    writeFileSync(draft, DOC);
    writeFileSync(join(dir, '.postmortemignore'), '# not reviewed yet\ndrafts/\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, '.postmortemignore')), type: 1 }] });
    await client.open(fileUri(draft), DOC);
    assert.deepEqual(await client.diagnostics(fileUri(draft), 1), []);
    const closed = join(dir, 'drafts', 'closed.md');
    writeFileSync(closed, DOC);
    assert.deepEqual(await client.connection.sendRequest(MODEL_FILES_REQUEST, { uris: [fileUri(closed)] }), [null]);
    rmSync(join(dir, '.postmortemignore'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, '.postmortemignore')), type: 3 }] });
    const back = (await client.connection.sendRequest(MODEL_FILES_REQUEST, { uris: [fileUri(closed)] })) as ModelFilesResult;
    assert.equal(back[0]!.model.isPostmortem, true);
  });

  it('answers a model request even when the configuration changes while it loads', async () => {
    const uri = fileUri(join(dir, 'moving', 'config.md'));
    client.beforeConfiguration = async () => {
      client.beforeConfiguration = undefined;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    };
    await client.open(uri, DOC);
    const answer = (await client.connection.sendRequest(MODEL_REQUEST, { uri, version: 1 })) as ModelResult | null;
    assert.equal(answer?.version, 1);
  });

  it('answers a model request sent before the document was opened, once it opens', async () => {
    const uri = fileUri(join(dir, 'early.md'));
    const pending = client.connection.sendRequest(MODEL_REQUEST, { uri, version: 1 }) as Promise<ModelResult | null>;
    await client.open(uri, DOC);
    const answer = await pending;
    assert.equal(answer?.version, 1);
    assert.equal(answer?.result.model.timeline.length, 3);
  });

  it('reads the nearest config file, shows its problems on it, and re-lints when it changes', async () => {
    const sub = join(dir, 'team');
    const uri = fileUri(join(sub, 'pm.md'));
    const rc = join(sub, '.postmortemrc.json');
    mkdirSync(sub, { recursive: true });
    writeFileSync(rc, '{ "rules": { "blame-language": "off", "no-such-rule": "error" } }');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 1 }] });
    await client.open(uri, DOC);
    const first = await client.diagnostics(uri, 1);
    assert.ok(!first.some((d) => d.code === 'blame-language'));
    const problems = client.published.filter((p) => p.uri === fileUri(rc)).at(-1)!;
    assert.match(problems.diagnostics[0]!.message, /unknown rule `no-such-rule`/);
    // The postmortem says so too, on its first line, pointing at the problem.
    const notice = first.find((d) => d.code === 'config')!;
    assert.equal(notice.message, 'The configuration .postmortemrc.json has a problem; the defaults apply where it could not be read.');
    assert.equal(notice.range.start.line, 0);
    assert.deepEqual(notice.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]), [[fileUri(rc), 0]]);
    assert.match(notice.relatedInformation![0]!.message, /no-such-rule/);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: notice.range, context: { diagnostics: [notice] } })) as CodeAction[];
    assert.deepEqual(actions.filter((a) => a.title.includes('config')), [], 'no disable comment for a config notice');
    writeFileSync(rc, '{}');
    const count = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const again = client.published.slice(count).filter((p) => p.uri === uri);
        if (again.some((p) => p.diagnostics.some((d) => d.code === 'blame-language'))) (clearInterval(poll), resolve());
      }, 20);
    });
    assert.deepEqual(client.published.filter((p) => p.uri === fileUri(rc)).at(-1)!.diagnostics, [], 'the fixed config has no problems left');
    assert.ok(!client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics.some((d) => d.code === 'config'), 'the notice goes with the problem');
  });
  it('follows `extends` to a team-wide config and shows that file\'s problems on it', async () => {
    const team = join(dir, 'extends-team.json');
    const sub = join(dir, 'extending');
    const rc = join(sub, '.postmortemrc.json');
    const uri = fileUri(join(sub, 'pm.md'));
    mkdirSync(sub, { recursive: true });
    writeFileSync(team, '{\n  "rules": {\n    "blame-language": "off",\n    "no-such-rule": "error"\n  }\n}');
    writeFileSync(rc, '{ "extends": "../extends-team.json" }');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 1 }] });
    await client.open(uri, DOC);
    const diagnostics = await client.diagnostics(uri, 1);
    assert.ok(!diagnostics.some((d) => d.code === 'blame-language'), 'off in the extended file');
    const onTeam = client.published.filter((p) => p.uri === fileUri(team)).at(-1)!;
    assert.deepEqual(onTeam.diagnostics.map((d) => d.range.start.line), [3]);
    assert.match(onTeam.diagnostics[0]!.message, /unknown rule `no-such-rule`/);
    assert.deepEqual(client.published.filter((p) => p.uri === fileUri(rc)).at(-1)!.diagnostics, []);
  });
});

describe('language server settings and locale', () => {
  it('takes rules from workspace/configuration, lints on save only when told, and speaks Korean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-server-'));
    const client = await startTestClient({ rootUri: fileUri(dir), locale: 'ko', settings: { run: 'onSave', rules: { 'timeline-timezone': 'off' } } });
    try {
      const uri = fileUri(join(dir, 'ko.md'));
      await client.open(uri, DOC.replace('All times in UTC.', ''));
      const first = await client.diagnostics(uri, 1);
      assert.ok(first.length > 0);
      assert.ok(!first.some((d) => d.code === 'timeline-timezone'), 'off in the settings');
      await client.change(uri, 2, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: 'x' }]);
      await new Promise((r) => setTimeout(r, 600));
      assert.ok(!client.published.some((p) => p.uri === uri && p.version === 2), 'nothing published before the save');
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
      await client.diagnostics(uri, 2);
      const blame = first.find((d) => d.code === 'blame-language')!;
      const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: blame.range, context: { diagnostics: [blame] } })) as CodeAction[];
      assert.ok(actions.some((a) => a.title === '이 파일에서 blame-language 끄기'), actions.map((a) => a.title).join(' | '));
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server placeholders', () => {
  it('runs the client command on the value only the user can write, and only when the client offers one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-server-'));
    const text = DOC.replace(/ \(owner: @minji, due: [0-9-]+\)/, '');
    const ask = async (client: TestClient, uri: string) => {
      await client.open(uri, text);
      const owner = (await client.diagnostics(uri, 1)).find((d) => d.code === 'action-item-owner')!;
      assert.ok(owner, 'the item has no owner');
      const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: owner.range, context: { diagnostics: [owner] } })) as CodeAction[];
      return actions.find((a) => /owner/i.test(a.title) && a.edit)!;
    };
    const offered = await startTestClient({ rootUri: fileUri(dir), initializationOptions: { placeholderCommand: 'test.fill' } });
    const plain = await startTestClient({ rootUri: fileUri(dir) });
    try {
      const uri = fileUri(join(dir, 'placeholder.md'));
      const action = await ask(offered, uri);
      const edit = action.edit!.changes![uri]![0]!;
      assert.equal(action.command?.command, 'test.fill');
      const [target, range] = action.command!.arguments as [string, { start: { line: number; character: number }; end: { line: number; character: number } }];
      assert.equal(target, uri);
      // The range lies where `@owner` is once the edit is applied.
      const after = text.split('\n');
      const line = after[edit.range.start.line]!;
      after[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
      assert.equal(after[range.start.line]!.slice(range.start.character, range.end.character), '@owner');
      assert.equal((await ask(plain, uri)).command, undefined, 'no command a client did not offer');
    } finally {
      await offered.stop();
      await plain.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server watchdog', () => {
  it('leaves a closed file past analysisTimeoutMs out of the workspace index, and gives it one analysis-timeout problem in Lint All', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-index-watchdog-'));
    writeFileSync(join(dir, '.postmortemrc.json'), '{ "analysisTimeoutMs": 1 }');
    const client = await startTestClient({ rootUri: fileUri(dir) });
    try {
      const entries = Array.from({ length: 3000 }, (_, i) => `- ${String(10 + Math.floor(i / 60) % 10).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} — Step ${i} of the recovery`).join('\n');
      writeFileSync(join(dir, 'long.md'), DOC.replace('- 10:00 — Error rate alert fired', entries));
      const answers = (await client.connection.sendRequest(MODEL_FILES_REQUEST, { uris: [fileUri(join(dir, 'long.md'))] })) as ModelFilesResult;
      assert.deepEqual(answers, [null]);
      writeFileSync(join(dir, '.postmortemrc.json'), '{}');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, '.postmortemrc.json')), type: 2 }] });
      const again = (await client.connection.sendRequest(MODEL_FILES_REQUEST, { uris: [fileUri(join(dir, 'long.md'))] })) as ModelFilesResult;
      assert.equal(again[0]!.model.timeline.length, 3002);
      // Lint All Postmortems: the same limit, one analysis-timeout problem for the file, the others linted.
      writeFileSync(join(dir, '.postmortemrc.json'), '{ "analysisTimeoutMs": 1 }');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, '.postmortemrc.json')), type: 2 }] });
      const linted = (await client.connection.sendRequest(LINT_FILES_REQUEST, { uris: [fileUri(join(dir, 'long.md'))] })) as LintFilesResult;
      assert.deepEqual(linted[0]!.diagnostics.map((d) => d.code), ['analysis-timeout']);
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops an analysis past analysisTimeoutMs with one analysis-timeout problem, and analyses again in a fresh worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-watchdog-'));
    const rc = join(dir, '.postmortemrc.json');
    writeFileSync(rc, '{ "analysisTimeoutMs": 1 }');
    const client = await startTestClient({ rootUri: fileUri(dir) });
    try {
      const uri = fileUri(join(dir, 'long.md'));
      const entries = Array.from({ length: 3000 }, (_, i) => `- ${String(10 + Math.floor(i / 60) % 10).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} — Step ${i} of the recovery`).join('\n');
      await client.open(uri, DOC.replace('- 10:00 — Error rate alert fired', entries));
      const stopped = await client.diagnostics(uri, 1);
      assert.deepEqual(stopped.map((d) => d.code), ['analysis-timeout']);
      assert.match(stopped[0]!.message, /^Analysis stopped after 1 ms in (the document|the Markdown parser|the postmortem model|the disable comments|the rule [a-z-]+); the document was not linted/);
      // The server still answers while and after the analysis is stopped.
      const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[] | null;
      assert.deepEqual(symbols ?? [], [], 'a stopped analysis has no outline');
      writeFileSync(rc, '{}');
      const count = client.published.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (client.published.slice(count).some((p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'required-sections'))) (clearInterval(poll), resolve());
        }, 20);
      });
      assert.ok(!client.published.at(-1)!.diagnostics.some((d) => d.code === 'analysis-timeout'));
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('document symbols from an analysis of an older version', () => {
  it('keep each selection inside its range, so an editor never refuses the outline', async () => {
    const { documentSymbols } = await import('../../src/server/symbols.js');
    const { textsFor } = await import('../../src/server/l10n.js');
    const older = DOC;
    const model = buildModel(parseMarkdown(older), older).model;
    // The text the document object holds now: the start cut away, so old offsets land before old headings.
    const now = TextDocument.create('file:///x.md', 'markdown', 2, older.slice(Math.floor(older.length / 2)));
    const flat = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...flat(s.children ?? [])]);
    const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    const symbols = flat(documentSymbols(model, now, textsFor('en')));
    assert.ok(symbols.length > 5);
    for (const s of symbols) assert.ok(before(s.range.start, s.selectionRange.start) && before(s.selectionRange.end, s.range.end), `${s.name}: ${JSON.stringify(s)}`);
  });
});
