import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { CONFIG_CHANGED_NOTIFICATION } from '../../src/protocol.js';
import { api, cleanTemp, codeOf, open, waitForDiagnostics, workspaceUri, writeTemp } from './helpers.js';

suite('diagnostics', () => {
  suiteTeardown(cleanTemp);

  test('appear for a postmortem with the rule id, source, link and range', async () => {
    await api();
    const editor = await open('postmortems', 'incomplete.md');
    const uri = editor.document.uri;
    const diags = await waitForDiagnostics(uri, (d) => d.length > 0);
    const missing = diags.filter((d) => codeOf(d) === 'required-sections');
    assert.equal(missing.length, 2, diags.map((d) => d.message).join('\n'));
    assert.ok(missing.every((d) => d.severity === vscode.DiagnosticSeverity.Error && d.source === 'postmortem'));
    assert.equal(missing[0].range.start.line, 6, 'reported on the title line');
    const code = missing[0].code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /docs\/rules\/required-sections\.md$/);
    const zone = diags.find((d) => codeOf(d) === 'timeline-timezone');
    assert.ok(zone && zone.severity === vscode.DiagnosticSeverity.Warning);
    assert.equal(zone.range.start.line, 12);
    assert.ok(diags.some((d) => codeOf(d) === 'five-whys'));
  });

  test('name an earlier postmortem that promised the same fix, with a link to its item', async () => {
    const { index } = await api();
    // The language server knows the workspace's closed files once the index has modelled them.
    await index.whenReady();
    const editor = await open('postmortems', 'complete.md');
    const diags = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'action-item-repeated'));
    const repeated = diags.filter((d) => codeOf(d) === 'action-item-repeated');
    assert.equal(repeated.length, 1, repeated.map((d) => d.message).join('\n'));
    const d = repeated[0];
    assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
    assert.match(editor.document.lineAt(d.range.start.line).text, /error-rate gate to the checkout canary/);
    assert.match(d.message, /^The same fix was promised in checkout-gateway-2025, still open/);
    const earlier = workspaceUri('postmortems', 'checkout-gateway-2025.md');
    assert.equal(d.relatedInformation?.[0]?.location.uri.toString(), earlier.toString());
    const line = fs.readFileSync(earlier.fsPath, 'utf8').split('\n')[d.relatedInformation![0].location.range.start.line];
    assert.match(line ?? '', /^- \[ \] Add an error-rate gate to the checkout canary step/);
  });

  test('update after an edit', async () => {
    const uri = writeTemp('edit.md', '---\ntype: postmortem\n---\n# X\n\n## Timeline\n\nAll times in UTC.\n\n- 10:00 — Start\n\n## Root cause\n\n1. Why? A.\n2. Why? B.\n3. Why? C.\n4. Why? D.\n5. Why? The pipeline has no check.\n');
    const editor = await vscode.window.showTextDocument(uri);
    await waitForDiagnostics(uri, (d) => d.filter((x) => codeOf(x) === 'required-sections').length === 2);
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), '\n## Impact\n\n- All users.\n'));
    const after = await waitForDiagnostics(uri, (d) => d.filter((x) => codeOf(x) === 'required-sections').length === 1);
    assert.match(after.find((d) => codeOf(d) === 'required-sections')!.message, /action items/);
  });

  test('are never published for an older version of the document', async () => {
    const uri = writeTemp('rapid.md', '---\ntype: postmortem\n---\n# Rapid\n');
    const editor = await vscode.window.showTextDocument(uri);
    await waitForDiagnostics(uri, (d) => d.length > 0);
    const sections = ['## Impact\n\nx\n', '## Timeline (UTC)\n\n- 10:00 — a\n', '## Root cause\n\n1. Why? a\n2. Why? b\n3. Why? c\n4. Why? d\n5. Why? e\n', '## Action items\n\n- [ ] Fix it (owner: @a, due: 2099-01-01)\n'];
    for (const s of sections) await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), '\n' + s));
    const finalVersion = editor.document.version;
    const diags = await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'required-sections'));
    assert.equal(editor.document.version, finalVersion);
    assert.deepEqual(diags.filter((d) => codeOf(d) === 'required-sections'), []);
  });

  test('are not given to files that are not postmortems, or to READMEs', async () => {
    const { published } = await api();
    for (const parts of [['notes.md'], ['postmortems', 'README.md']]) {
      const editor = await open(...parts);
      assert.ok(await published.whenPublished(editor.document), 'the server published for this version');
      assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'postmortem'), []);
    }
  });

  test('follow a config file change, and show config problems on the config file', async () => {
    const doc = writeTemp('configured/pm.md', '---\ntype: postmortem\n---\n# Configured\n\n## Timeline\n\n- 10:00 — a\n');
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc, (d) => d.some((x) => codeOf(x) === 'timeline-timezone'));
    const rc = writeTemp('configured/.postmortemrc.json', '{ "rules": { "timeline-timezone": "off", "no-such-rule": "error" } }');
    const { configs } = await api();
    configs.invalidate();
    await waitForDiagnostics(doc, (d) => !d.some((x) => codeOf(x) === 'timeline-timezone') && d.length > 0);
    const problems = await new Promise<vscode.Diagnostic[]>((resolve) => {
      const check = () => {
        const d = vscode.languages.getDiagnostics(rc);
        if (d.length) resolve(d);
      };
      const sub = vscode.languages.onDidChangeDiagnostics(() => check());
      check();
      setTimeout(() => sub.dispose(), 20_000);
    });
    assert.match(problems[0].message, /unknown rule `no-such-rule`/);
  });

  test('wait for save in onSave mode', async () => {
    const config = vscode.workspace.getConfiguration('postmortem');
    await config.update('run', 'onSave', vscode.ConfigurationTarget.Global);
    try {
      const uri = writeTemp('onsave.md', '---\ntype: postmortem\n---\n# Save\n');
      const editor = await vscode.window.showTextDocument(uri);
      await waitForDiagnostics(uri, (d) => d.filter((x) => codeOf(x) === 'required-sections').length === 4);
      await editor.edit((b) => b.insert(new vscode.Position(4, 0), '\n## Impact\n\nAll users.\n'));
      const { analysis } = await api();
      // The edit is analysed for the outline, but the Problems panel waits for the save.
      await analysis.analyze(editor.document);
      assert.equal(vscode.languages.getDiagnostics(uri).filter((x) => codeOf(x) === 'required-sections').length, 4);
      await editor.document.save();
      await waitForDiagnostics(uri, (d) => d.filter((x) => codeOf(x) === 'required-sections').length === 3);
    } finally {
      await config.update('run', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

suite('focus mode', () => {
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('postmortem').update('focusMode', undefined, vscode.ConfigurationTarget.Global);
    await cleanTemp();
  });

  test('holds back problems on the line being typed until the cursor leaves it', async () => {
    await vscode.workspace.getConfiguration('postmortem').update('focusMode', true, vscode.ConfigurationTarget.Global);
    const uri = writeTemp('focus.md', '---\ntype: postmortem\n---\n# Focus\n\n## Timeline\n\nAll times in UTC.\n\n- 10:00 — Alert fired\n\n## Notes\n\nText.\n');
    const editor = await vscode.window.showTextDocument(uri);
    const { published } = await api();
    await waitForDiagnostics(uri, (d) => d.length > 0);
    const line = 13;
    editor.selection = new vscode.Selection(line, 5, line, 5);
    await editor.edit((b) => b.insert(new vscode.Position(line, 5), ' Tom forgot to renew the certificate.'));
    assert.ok(await published.whenPublished(editor.document), 'the server published the typed version');
    const onLine = (d: vscode.Diagnostic[]) => d.filter((x) => codeOf(x) === 'blame-language' && x.range.start.line === line);
    assert.deepEqual(onLine(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'postmortem')), [], 'held back while the cursor is on the line');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const shown = await waitForDiagnostics(uri, (d) => onLine(d).length === 1);
    assert.match(onLine(shown)[0]!.message, /Tom/);
  });
});

suite('postmortem.enable', () => {
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('postmortem').update('enable', undefined, vscode.ConfigurationTarget.Global);
    await cleanTemp();
  });

  test('off: no problems, no outline and no index, and no analysis on each keystroke', async () => {
    const { analysis, outline, published, index } = await api();
    await vscode.workspace.getConfiguration('postmortem').update('enable', false, vscode.ConfigurationTarget.Global);
    const uri = writeTemp('disabled.md', '---\ntype: postmortem\n---\n# Disabled\n\n## Root cause\n\nKim forgot the flag.\n');
    const editor = await vscode.window.showTextDocument(uri);
    await published.whenPublished(editor.document);
    const runs = analysis.runs;
    for (let i = 0; i < 5; i++) {
      await editor.edit((b) => b.insert(new vscode.Position(7, 0), 'x'));
      await outline.refresh();
    }
    await published.whenPublished(editor.document);
    assert.equal(analysis.runs, runs, 'the outline asked for analyses');
    assert.equal(outline.analysisShown, undefined);
    assert.deepEqual(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'postmortem'), []);
    await index.rebuild();
    assert.ok(!index.all().some((e) => e.uri.toString() === uri.toString()), 'indexed while off');

    await vscode.workspace.getConfiguration('postmortem').update('enable', undefined, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'required-sections'));
    await outline.refresh();
    assert.ok(outline.analysisShown, 'the outline is back when it is turned on');
  });
});

suite('a broken configuration', () => {
  suiteTeardown(cleanTemp);

  test('is reported on the postmortem being edited, pointing at the config file', async () => {
    await api();
    writeTemp('broken-config/.postmortemrc.json', '{\n  "rules": { "no-such-rule": "error" }\n}\n');
    const uri = writeTemp('broken-config/pm.md', '---\ntype: postmortem\n---\n# Broken config\n');
    await vscode.window.showTextDocument(uri);
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'config'));
    const notice = diags.find((x) => codeOf(x) === 'config')!;
    assert.equal(notice.range.start.line, 0);
    assert.equal(notice.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(notice.message, /\.postmortemrc\.json has a problem/);
    assert.ok(notice.relatedInformation?.[0]?.location.uri.path.endsWith('/broken-config/.postmortemrc.json'));
    assert.match(notice.relatedInformation![0]!.message, /no-such-rule/);
  });
});

suite('.postmortemignore', () => {
  suiteTeardown(async () => {
    fs.rmSync(workspaceUri('.postmortemignore').fsPath, { force: true });
    const { client } = await api();
    await client.sendNotification(CONFIG_CHANGED_NOTIFICATION);
    await cleanTemp();
  });

  test('a file it names gets no problems and is left out of Lint All and the index', async () => {
    const { client, published, workspaceDiagnostics, index } = await api();
    fs.writeFileSync(workspaceUri('.postmortemignore').fsPath, '# drafts are not reviewed yet\ntmp/ignored/\n');
    // File watching may lag: say so at once, as a client without watching would.
    await client.sendNotification(CONFIG_CHANGED_NOTIFICATION);
    const ignored = writeTemp('ignored/draft.md', '---\ntype: postmortem\n---\n# Draft\n\nKim forgot the flag.\n');
    const kept = writeTemp('kept/draft.md', '---\ntype: postmortem\n---\n# Draft\n\nKim forgot the flag.\n');
    const editor = await vscode.window.showTextDocument(ignored);
    await published.whenPublished(editor.document);
    assert.deepEqual(vscode.languages.getDiagnostics(ignored).filter((d) => d.source === 'postmortem'), []);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('postmortem.lintWorkspace');
    assert.equal(workspaceDiagnostics.get(ignored)?.length ?? 0, 0);
    assert.ok(workspaceDiagnostics.get(kept)?.length, 'the file next to it is linted');
    await index.rebuild();
    assert.ok(!index.all().some((e) => e.uri.toString() === ignored.toString()));
    assert.ok(index.all().some((e) => e.uri.toString() === kept.toString()));
  });
});
