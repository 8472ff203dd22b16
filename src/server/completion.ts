import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PostmortemModel, SectionKind } from '../core/model/types.js';
import { SECTION_SKELETONS } from '../core/templates/sections.js';
import type { Texts } from './l10n.js';

const HEADING_START = /^ {0,3}(#{1,6})([ \t]+)(.*)$/;

/**
 * Section headings for a heading being typed: the sections the configured
 * preset requires and the document lacks first, then the other kinds it has
 * no section for, in the document's language.
 */
export function headingCompletions(model: PostmortemModel, document: TextDocument, position: Position, t: Texts): CompletionItem[] {
  const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const m = HEADING_START.exec(before);
  if (!m || m[1]!.length === 1) return [];
  const present = new Set<SectionKind>(model.sections.flatMap((s) => [s.kind, ...(s.alsoKinds ?? [])]));
  const missing = new Set(model.missingSections);
  const skeletons = SECTION_SKELETONS[model.language];
  const start = { line: position.line, character: before.length - m[3]!.length };
  const items: CompletionItem[] = [];
  for (const kind of Object.keys(skeletons) as Array<keyof typeof skeletons>) {
    if (present.has(kind) && !missing.has(kind)) continue;
    const title = skeletons[kind].title;
    items.push({
      label: title,
      kind: CompletionItemKind.Module,
      detail: missing.has(kind) ? t.missingSection : undefined,
      sortText: `${missing.has(kind) ? 0 : 1}${String(items.length).padStart(2, '0')}`,
      textEdit: { range: { start, end: position }, newText: title },
      filterText: title,
    });
  }
  return items;
}
