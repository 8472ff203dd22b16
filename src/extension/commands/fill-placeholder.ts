import * as vscode from 'vscode';

/** `$`, `}` and `\` are snippet syntax; the placeholder's own text is kept literally. */
const escapeSnippet = (s: string) => s.replace(/[$}\\]/g, '\\$&');

/**
 * After a fix that inserted a value only the user can write (`owner: @owner`,
 * a suggested date), turns it into a snippet tab stop in the editor showing
 * the document: it is selected, typing replaces it, Tab or Esc leaves it.
 */
export async function fillPlaceholder(uri: unknown, range: unknown): Promise<boolean> {
  if (typeof uri !== 'string' || !isRange(range)) return false;
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  if (!editor) return false;
  const target = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const text = editor.document.getText(target);
  if (!text) return false;
  if (vscode.window.activeTextEditor !== editor) await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  return editor.insertSnippet(new vscode.SnippetString('${1:' + escapeSnippet(text) + '}'), target, { undoStopBefore: false, undoStopAfter: false });
}

interface PlainRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function isRange(r: unknown): r is PlainRange {
  const p = (x: unknown) => typeof x === 'object' && x !== null && Number.isInteger((x as { line: unknown }).line) && Number.isInteger((x as { character: unknown }).character);
  return typeof r === 'object' && r !== null && p((r as PlainRange).start) && p((r as PlainRange).end);
}
