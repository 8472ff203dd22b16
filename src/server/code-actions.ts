import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Root } from 'mdast';
import { parseMarkdown } from '../core/parse.js';
import { disableFileInsertion, disableLineInsertion } from '../core/lint/disable-comments.js';
import { fixAllEdits, safeFixEdits } from '../core/lint/fix-all.js';
import type { Fix, LintMessage } from '../core/lint/types.js';
import { ruleOf } from './diagnostics.js';
import type { Texts } from './l10n.js';
import { toPosition } from './positions.js';

const toEdits = (fix: Pick<Fix, 'edits'>): TextEdit[] => fix.edits.map((e) => ({ range: { start: toPosition(e.start), end: toPosition(e.end) }, newText: e.newText }));

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

/** Commands the client offers (see InitializationOptions). */
export interface ClientCommands {
  ruleDocCommand?: string;
  placeholderCommand?: string;
}

/** Where a fix's placeholder lies once its one edit is applied: the edit's start moved by the text before it. */
export function placeholderAfter(fix: Pick<Fix, 'edits'>): Range | null {
  const edit = fix.edits.length === 1 ? fix.edits[0]! : null;
  if (!edit?.placeholder) return null;
  const before = edit.newText.slice(0, edit.placeholder.offset).split('\n');
  const start = toPosition(edit.start);
  const line = start.line + before.length - 1;
  const character = (before.length === 1 ? start.character : 0) + before[before.length - 1]!.length;
  return { start: { line, character }, end: { line, character: character + edit.placeholder.length } };
}

/** The code action kind of "fix all auto-fixable problems", for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;

const wants = (only: readonly string[] | undefined, kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));

/**
 * Quick fixes for our diagnostics: each rule's own fixes, "fix all of this
 * rule in the file" when there are several, "fix all auto-fixable problems"
 * (the safe fixes, see FixType), then "disable for this line" (where a
 * comment keeps the line's meaning) and "for this file". Asked for
 * `source.fixAll` (on save), only the safe fixes of the whole file.
 */
export function codeActions(params: CodeActionParams, document: TextDocument, messages: readonly LintMessage[], t: Texts, commands: ClientCommands = {}): CodeAction[] {
  const { ruleDocCommand, placeholderCommand } = commands;
  const uri = document.uri;
  const change = (edits: TextEdit[]) => ({ changes: { [uri]: edits } });
  const only = params.context.only;
  const safe = safeFixEdits(messages);
  if (only && !wants(only, CodeActionKind.QuickFix)) {
    return wants(only, FIX_ALL_KIND) && safe.length ? [{ title: t.fixAllSafe, kind: FIX_ALL_KIND, edit: change(toEdits({ edits: safe })) }] : [];
  }
  const actions: CodeAction[] = [];
  const docs: CodeAction[] = [];
  let safeOffered = false;
  const text = document.getText();
  const fixAllOffered = new Set<string>();
  let tree: Root | undefined;
  for (const d of params.context.diagnostics) {
    const ruleId = ruleOf(d);
    if (!ruleId || ruleId === 'config') continue;
    const m = messageOf(d, messages);
    m?.fixes.forEach((fix, i) => {
      const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: i === 0, edit: change(toEdits(fix)) };
      const tabStop = placeholderCommand && placeholderAfter(fix);
      if (tabStop) action.command = { title: fix.title, command: placeholderCommand, arguments: [uri, tabStop] };
      actions.push(action);
    });
    if (m?.fixes.length && !fixAllOffered.has(ruleId)) {
      fixAllOffered.add(ruleId);
      const edits = toEdits({ edits: fixAllEdits(messages, (x) => x.ruleId === ruleId) });
      const fixable = messages.filter((x) => x.ruleId === ruleId && x.fixes.length > 0).length;
      if (fixable > 1) actions.push({ title: t.fixAll(ruleId), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: change(edits) });
    }
    // Offered once, as ESLint does, whenever the file has safe fixes.
    if (!safeOffered && safe.length) {
      safeOffered = true;
      actions.push({ title: t.fixAllSafe, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: change(toEdits({ edits: safe })) });
    }
    const line = disableLineInsertion(text, d.range.start.line + 1, ruleId, (tree ??= parseMarkdown(text)));
    if (line) actions.push({ title: t.disableLine(ruleId), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: change([insertAt(document, line.offset, line.newText)]) });
    const file = disableFileInsertion(text, ruleId);
    actions.push({ title: t.disableFile(ruleId), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: change([insertAt(document, file.offset, file.newText)]) });
    // Last, once per rule, as ESLint does: the rule's doc, shipped with the client so it reads offline.
    if (ruleDocCommand && !docs.some((a) => a.command?.arguments?.[0] === ruleId)) {
      const title = t.showDoc(ruleId);
      docs.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: ruleDocCommand, arguments: [ruleId] } });
    }
  }
  return [...actions, ...docs];
}

function insertAt(document: TextDocument, offset: number, newText: string): TextEdit {
  const at = document.positionAt(offset);
  return { range: { start: at, end: at }, newText };
}
