import * as vscode from 'vscode';
import type { Language } from '../../core/model/types.js';
import { postmortemFileName, postmortemTemplate } from '../../core/templates/postmortem.js';
import { SECTION_SKELETONS } from '../../core/templates/sections.js';
import { wallClock } from '../../core/clock.js';
import { insertZone } from '../settings.js';

export interface NewPostmortemArgs {
  language?: Language;
  title?: string;
  severity?: string;
}

const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];

async function ask(args: NewPostmortemArgs): Promise<Required<NewPostmortemArgs> | undefined> {
  const language =
    args.language ??
    (
      await vscode.window.showQuickPick(
        [
          { label: 'English', language: 'en' as const },
          { label: '한국어', language: 'ko' as const },
        ],
        { title: vscode.l10n.t('New Postmortem'), placeHolder: vscode.l10n.t('Language of the postmortem') },
      )
    )?.language;
  if (!language) return undefined;
  const title = args.title ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('New Postmortem'), prompt: vscode.l10n.t('Incident title'), validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter a title')) }));
  if (!title?.trim()) return undefined;
  const severity = args.severity ?? (await vscode.window.showQuickPick(SEVERITIES, { title: vscode.l10n.t('New Postmortem'), placeHolder: vscode.l10n.t('Severity') }));
  if (!severity) return undefined;
  return { language, title: title.trim(), severity };
}

/** Creates a postmortem from the template in the configured folder and opens it. */
export async function newPostmortem(args: NewPostmortemArgs = {}): Promise<vscode.Uri | undefined> {
  const answers = await ask(args);
  if (!answers) return undefined;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  // The first entry's time and the zone the timeline states agree, wherever the editor runs (a remote host's clock is often UTC).
  let zone = insertZone(answers.language, root);
  let clock = wallClock(zone);
  if (!clock) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Unknown time zone "{0}" in postmortem.timeZone: UTC is used.', zone));
    [zone, clock] = ['UTC', wallClock('UTC')!];
  }
  const date = clock.date;
  const text = postmortemTemplate({ ...answers, date, time: clock.time, zone });
  if (!root) {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    startWriting(await vscode.window.showTextDocument(doc), answers.language);
    return doc.uri;
  }
  const folder = vscode.workspace.getConfiguration('postmortem', root).get<string>('folder', 'postmortems');
  const dir = vscode.Uri.joinPath(root, ...folder.split(/[\\/]/).filter(Boolean));
  await vscode.workspace.fs.createDirectory(dir);
  let uri = vscode.Uri.joinPath(dir, postmortemFileName(date, answers.title));
  for (let n = 2; await exists(uri); n++) uri = vscode.Uri.joinPath(dir, postmortemFileName(date, `${answers.title} ${n}`));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  startWriting(await vscode.window.showTextDocument(uri), answers.language);
  return uri;
}

/**
 * Selects the summary's prompt, so the first thing typed replaces it, and
 * points at the snippets: Markdown shows no suggestions as you type by
 * default, so without this they are found only with Ctrl+Space.
 */
function startWriting(editor: vscode.TextEditor, language: Language): void {
  const prompt = SECTION_SKELETONS[language].summary.body;
  const at = editor.document.getText().indexOf(prompt);
  if (at >= 0) {
    editor.selection = new vscode.Selection(editor.document.positionAt(at + prompt.length), editor.document.positionAt(at));
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  const insert = vscode.l10n.t('Insert Snippet…');
  void vscode.window
    .showInformationMessage(vscode.l10n.t('Postmortem created. Type the summary over the selected prompt; snippets add timeline entries, whys and action items.'), insert)
    .then((choice) => choice === insert && vscode.commands.executeCommand('postmortem.insertSnippet'));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
