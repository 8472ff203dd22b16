import { CANONICAL_ORDER } from '../model/section-kinds.js';
import type { Root } from 'mdast';
import type { Point, Section, SectionKind } from '../model/types.js';
import type { LineIndex } from '../text.js';
import { SECTION_SKELETONS, sectionMarkdown } from '../templates/sections.js';
import { defineRule, type RuleContext } from './define.js';
import { insertAt } from './edits.js';

/** Kinds whose section is there to be written in: one holding only a template's prompts is as good as missing. */
const WRITTEN_KINDS: ReadonlySet<SectionKind> = new Set(['summary', 'impact', 'timeline', 'analysis', 'action-items']);

/**
 * Whether a section's text holds nothing the user wrote: only comments,
 * sub-headings, empty list items, labels with no value ("- Who was
 * affected:") and ellipses, as a template leaves them.
 */
function isEmptySection(section: Section, lines: LineIndex): boolean {
  if (section.endLine <= section.line) return true;
  const body = lines.text.slice(lines.lineStart(section.line + 1), lines.lineEnd(section.endLine)).replace(/<!--[^]*?(?:-->|$)/g, '');
  return body.split(/\r\n|\r|\n/).every((line) => {
    const t = line.trim().replace(/^(?:[-*+]|\d+[.)])\s*(?:\[[ xX]\]\s*)?/, '').trim();
    return !t || /^#{1,6}\s/.test(line.trim()) || /^[^:：]{1,60}[:：]$/u.test(t) || /^(?:…|\.\.\.)$/.test(t);
  });
}

/** One message per kind whose every section is still empty, on the first one's heading. */
function reportEmpty(sections: Section[], lines: LineIndex, language: 'en' | 'ko', report: RuleContext<unknown>['report']) {
  const byKind = new Map<SectionKind, Section[]>();
  for (const s of sections) if (WRITTEN_KINDS.has(s.kind) && s.depth > 1 && s.depth <= 6) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
  for (const [kind, group] of byKind) {
    if (!group.every((s) => isEmptySection(s, lines))) continue;
    const [en, ko] = [SECTION_SKELETONS.en[kind as Exclude<SectionKind, 'other'>], SECTION_SKELETONS.ko[kind as Exclude<SectionKind, 'other'>]];
    report({
      message: {
        en: `The ${en?.name ?? kind} section is empty: it holds only the template's prompts. Write it, or remove it if it does not apply.`,
        ko: `${ko?.name ?? kind} 섹션이 비어 있습니다. 템플릿의 안내 문구만 있습니다. 내용을 쓰거나, 해당하지 않으면 지워 주세요.`,
      },
      span: group[0]!.heading,
    });
  }
}

/** The heading depth the document's sections use (most often 2), at least 2. */
function sectionDepth(sections: Section[]): number {
  const counts = new Map<number, number>();
  for (const s of sections) if (s.kind !== 'other' && s.depth <= 6) counts.set(s.depth, (counts.get(s.depth) ?? 0) + 1);
  let best = 2;
  let n = 0;
  for (const [d, c] of counts) if (c > n || (c === n && d < best)) [best, n] = [d, c];
  // Never a top-level heading: one inserted first would be read as the document's title.
  return Math.max(2, best);
}

/**
 * What closes a block left open at the end of the document (a code fence, an
 * HTML comment...), on a line of its own, or '' when none is open. A section
 * appended after it would otherwise become part of it: code, or a comment.
 */
function unclosedAtEnd(tree: Root, text: string): string {
  const last = tree.children[tree.children.length - 1];
  if (!last?.position || last.position.end.offset !== text.length) return '';
  const raw = text.slice(last.position.start.offset, last.position.end.offset);
  const eol = /[\r\n]$/.test(text) || text === '' ? '' : '\n';
  if (last.type === 'code') {
    const fence = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (!fence) return '';
    const closed = raw.split(/\r\n|\r|\n/).length > 1 && new RegExp(`^[ \\t]{0,3}${fence[0]}{${fence.length},}[ \\t]*$`).test(raw.split(/\r\n|\r|\n/).pop()!);
    return closed ? '' : `${eol}${fence}`;
  }
  if (last.type === 'html') {
    const closers: Array<[RegExp, string]> = [
      [/^[ \t]{0,3}<!--/, '-->'],
      [/^[ \t]{0,3}<\?/, '?>'],
      [/^[ \t]{0,3}<!\[CDATA\[/, ']]>'],
      [/^[ \t]{0,3}<![A-Za-z]/, '>'],
    ];
    for (const [open, close] of closers) if (open.test(raw)) return raw.slice(raw.search(/<|$/) + 2).includes(close) ? '' : `${eol}${close}`;
    const tag = /^[ \t]{0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i.exec(raw)?.[1];
    if (tag && !new RegExp(`</${tag}>`, 'i').test(raw)) return `${eol}</${tag}>`;
  }
  return '';
}

export default defineRule({
  id: 'required-sections',
  description: 'A postmortem has every required section: by default timeline, impact, analysis and action items.',
  defaultSeverity: 'error',
  fixType: 'safe',
  defaultOptions: {},
  check({ tree, model, lines, language, report }) {
    reportEmpty(model.sections, lines, language, report);
    const depth = sectionDepth(model.sections);
    const headings = model.sections.filter((s) => s.kind !== 'other' && s.depth <= 6);
    const title = model.sections.find((s) => s.depth === 1 && s.kind === 'other' && s.line === model.sections[0]?.line);
    const titleSpan = model.sections.find((s) => s.depth === 1)?.heading ?? lines.span(0, lines.lineEnd(1));
    // In the document's order: two sections inserted at one place by "fix all" then land in that order too.
    const missing = [...model.missingSections].sort((a, b) => CANONICAL_ORDER.indexOf(a as SectionKind) - CANONICAL_ORDER.indexOf(b as SectionKind));
    for (const kind of missing) {
      if (kind === 'other') continue;
      // Insert before the first section that normally comes after this one.
      const order = CANONICAL_ORDER.indexOf(kind as SectionKind);
      // Never above the title: an inserted section belongs under it.
      const next = headings.find((s) => CANONICAL_ORDER.indexOf(s.kind) > order && (!title || s.line > title.heading.end.line));
      const body = sectionMarkdown(kind, language, depth);
      let at: Point;
      let newText: string;
      if (next) {
        at = lines.point(lines.lineStart(next.line));
        newText = body + '\n';
      } else {
        at = lines.point(lines.text.length);
        const closer = unclosedAtEnd(tree, lines.text);
        const text = lines.text + closer;
        // Whether the white space that ends the text holds a line break (/\n\s*$/ backtracks quadratically on long blank runs).
        const endsWithBreak = text.slice(text.trimEnd().length).includes('\n');
        const trailing = endsWithBreak ? (text.endsWith('\n\n') ? '' : '\n') : '\n\n';
        newText = closer + trailing + body;
      }
      const [en, ko] = [SECTION_SKELETONS.en[kind], SECTION_SKELETONS.ko[kind]];
      report({
        message: {
          en: `Missing section: ${en.name}. Add the "${en.title}" section.`,
          ko: `필수 섹션이 없습니다: ${ko.name}. "${ko.title}" 섹션을 추가하세요.`,
        },
        span: titleSpan,
        fixes: [{ title: language === 'ko' ? `"${SECTION_SKELETONS.ko[kind].title}" 섹션 추가` : `Add the "${SECTION_SKELETONS.en[kind].title}" section`, edits: [insertAt(at, newText)] }],
      });
    }
  },
});
