import { CANONICAL_ORDER } from '../model/section-kinds.js';
import type { Point, Section, SectionKind } from '../model/types.js';
import { SECTION_SKELETONS, sectionMarkdown } from '../templates/sections.js';
import { defineRule } from './define.js';
import { insertAt } from './edits.js';

/** The heading depth the document's sections use (most often 2). */
function sectionDepth(sections: Section[]): number {
  const counts = new Map<number, number>();
  for (const s of sections) if (s.kind !== 'other' && s.depth <= 6) counts.set(s.depth, (counts.get(s.depth) ?? 0) + 1);
  let best = 2;
  let n = 0;
  for (const [d, c] of counts) if (c > n || (c === n && d < best)) [best, n] = [d, c];
  return best;
}

export default defineRule({
  id: 'required-sections',
  description: 'A postmortem has every required section: by default timeline, impact, analysis and action items.',
  defaultSeverity: 'error',
  defaultOptions: {},
  check({ model, lines, language, report }) {
    const depth = sectionDepth(model.sections);
    const headings = model.sections.filter((s) => s.kind !== 'other' && s.depth <= 6);
    const titleSpan = model.sections.find((s) => s.depth === 1)?.heading ?? lines.span(0, lines.lineEnd(1));
    for (const kind of model.missingSections) {
      if (kind === 'other') continue;
      // Insert before the first section that normally comes after this one.
      const order = CANONICAL_ORDER.indexOf(kind as SectionKind);
      const next = headings.find((s) => CANONICAL_ORDER.indexOf(s.kind) > order);
      const body = sectionMarkdown(kind, language, depth);
      let at: Point;
      let newText: string;
      if (next) {
        at = lines.point(lines.lineStart(next.line));
        newText = body + '\n';
      } else {
        at = lines.point(lines.text.length);
        // Whether the white space that ends the text holds a line break (/\n\s*$/ backtracks quadratically on long blank runs).
        const endsWithBreak = lines.text.slice(lines.text.trimEnd().length).includes('\n');
        const trailing = endsWithBreak ? (lines.text.endsWith('\n\n') ? '' : '\n') : '\n\n';
        newText = trailing + body;
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
