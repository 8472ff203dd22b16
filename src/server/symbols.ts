import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PostmortemModel } from '../core/model/types.js';
import type { Texts } from './l10n.js';
import { lineRange, toRange } from './positions.js';

const MAX_NAME = 80;
const name = (text: string, fallback: string): string => {
  const t = text.replace(/\s+/g, ' ').trim() || fallback;
  return t.length > MAX_NAME ? t.slice(0, MAX_NAME - 1) + '…' : t;
};

interface Open {
  symbol: DocumentSymbol;
  depth: number;
  firstLine: number;
  lastLine: number;
}

/**
 * The incident outline as document symbols: sections nested by heading
 * level, and inside them the timeline entries, the whys and the action items,
 * so the editor's outline, breadcrumbs and symbol pickers show them.
 */
export function documentSymbols(model: PostmortemModel, document: TextDocument, t: Texts): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const all: Open[] = [];
  const stack: Open[] = [];
  for (const s of [...model.sections].sort((a, b) => a.line - b.line)) {
    while (stack.length && stack[stack.length - 1]!.depth >= s.depth) stack.pop();
    const heading = toRange(s.heading);
    const end = document.positionAt(s.endOffset);
    // Editors refuse every symbol when one's selection is outside its range.
    const range: Range = { start: heading.start, end: within(heading, { start: heading.start, end }) ? end : heading.end };
    const symbol: DocumentSymbol = { name: name(s.title, '#'), detail: s.kind === 'other' ? undefined : s.kind, kind: SymbolKind.String, range, selectionRange: heading, children: [] };
    const open = { symbol, depth: s.depth, firstLine: s.line, lastLine: s.endLine };
    (stack.length ? stack[stack.length - 1]!.symbol.children! : roots).push(symbol);
    stack.push(open);
    all.push(open);
  }
  /** The deepest section holding the line: the last one opened that covers it. */
  const holder = (line: number): DocumentSymbol[] => {
    for (let i = all.length - 1; i >= 0; i--) if (all[i]!.firstLine <= line && line <= all[i]!.lastLine) return all[i]!.symbol.children!;
    return roots;
  };
  const leaf = (line: number, label: string, detail: string | undefined, kind: SymbolKind, selection: Range): void => {
    const range = lineRange(document, line - 1);
    holder(line).push({ name: label, detail, kind, range, selectionRange: within(selection, range) ? selection : range });
  };
  for (const e of model.timeline) leaf(e.line, name(`${e.time ?? e.date ?? e.rawTime} ${e.text}`, e.rawTime), e.phase ? t.phase(e.phase) : undefined, SymbolKind.Event, toRange(e.span));
  model.whys.forEach((w, i) => leaf(w.line, name(w.text, `Why ${i + 1}`), `Why ${i + 1}`, SymbolKind.Key, toRange(w.span)));
  for (const a of model.actionItems) {
    const detail = [a.done ? t.done : t.open, a.owner, a.due].filter(Boolean).join(' · ');
    leaf(a.line, name(a.text, '-'), detail, SymbolKind.Boolean, toRange(a.span));
  }
  return roots;
}

function within(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
