import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Root } from 'mdast';
import { parseMarkdown } from '../core/parse.js';
import { disableFileInsertion, disableLineInsertion } from '../core/lint/disable-comments.js';
import type { Fix, LintMessage } from '../core/lint/types.js';
import { ruleOf } from './diagnostics.js';
import type { Texts } from './l10n.js';
import { toPosition } from './positions.js';

const toEdits = (fix: Fix): TextEdit[] => fix.edits.map((e) => ({ range: { start: toPosition(e.start), end: toPosition(e.end) }, newText: e.newText }));

/**
 * The message a diagnostic came from: the client sends diagnostics back as copies.
 * Some rebuild the columns in their own unit (Neovim 0.7 sends byte offsets where
 * it received UTF-16 ones), so the only message of that rule and text on the line
 * is taken when no column matches.
 */
function messageOf(d: Diagnostic, messages: readonly LintMessage[]): LintMessage | undefined {
  const rule = ruleOf(d);
  const onLine = messages.filter((m) => m.ruleId === rule && m.line === d.range.start.line + 1 && m.message === d.message);
  return onLine.find((m) => m.column === d.range.start.character + 1) ?? (onLine.length === 1 ? onLine[0] : undefined);
}

/**
 * The first fix of every message of one rule, without overlaps, in document
 * order: what "fix all" applies. Two edits that touch the same range would
 * make the result depend on their order, so the later one waits for a second run.
 */
export function fixAllEdits(messages: readonly LintMessage[], ruleId: string): TextEdit[] {
  const edits = messages
    .filter((m) => m.ruleId === ruleId && m.fixes.length > 0)
    .map((m) => m.fixes[0]!.edits)
    .sort((a, b) => a[0]!.start.offset - b[0]!.start.offset);
  const kept: TextEdit[] = [];
  let reached = -1;
  for (const group of edits) {
    const start = Math.min(...group.map((e) => e.start.offset));
    const end = Math.max(...group.map((e) => e.end.offset));
    if (start <= reached) continue;
    reached = end;
    kept.push(...toEdits({ title: '', edits: group }));
  }
  return kept;
}

/**
 * Quick fixes for our diagnostics: each rule's own fixes, "fix all of this
 * rule in the file" when there are several, then "disable for this line"
 * (where a comment keeps the line's meaning) and "for this file".
 */
export function codeActions(params: CodeActionParams, document: TextDocument, messages: readonly LintMessage[], t: Texts): CodeAction[] {
  const uri = document.uri;
  const change = (edits: TextEdit[]) => ({ changes: { [uri]: edits } });
  const actions: CodeAction[] = [];
  const text = document.getText();
  const fixAllOffered = new Set<string>();
  let tree: Root | undefined;
  for (const d of params.context.diagnostics) {
    const ruleId = ruleOf(d);
    if (!ruleId || ruleId === 'config') continue;
    const m = messageOf(d, messages);
    m?.fixes.forEach((fix, i) => actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: i === 0, edit: change(toEdits(fix)) }));
    if (m?.fixes.length && !fixAllOffered.has(ruleId)) {
      fixAllOffered.add(ruleId);
      const edits = fixAllEdits(messages, ruleId);
      const fixable = messages.filter((x) => x.ruleId === ruleId && x.fixes.length > 0).length;
      if (fixable > 1) actions.push({ title: t.fixAll(ruleId), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: change(edits) });
    }
    const line = disableLineInsertion(text, d.range.start.line + 1, ruleId, (tree ??= parseMarkdown(text)));
    if (line) actions.push({ title: t.disableLine(ruleId), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: change([insertAt(document, line.offset, line.newText)]) });
    const file = disableFileInsertion(text, ruleId);
    actions.push({ title: t.disableFile(ruleId), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: change([insertAt(document, file.offset, file.newText)]) });
  }
  return actions;
}

function insertAt(document: TextDocument, offset: number, newText: string): TextEdit {
  const at = document.positionAt(offset);
  return { range: { start: at, end: at }, newText };
}
