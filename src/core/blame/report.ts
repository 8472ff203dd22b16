import type { Fix } from '../lint/types.js';
import type { Language, Point } from '../model/types.js';
import { docOffset } from './extract-blocks.js';
import type { Hit } from './scan.js';
import type { Category, CategoryText } from './term-data.js';

/** What a rule passes to ctx.report (kept structural so this module needs no rule types). */
export interface WordingReport {
  message: { en: string; ko: string };
  span: { start: Point; end: Point };
  fixes: Fix[];
  actual: string;
  expected: string[];
}

export interface ReportContext {
  source: string;
  lines: { point(offset: number): Point };
  language: Language;
  categories: Record<Language, Record<Category, CategoryText>>;
}

/** Message in both languages, suggestions in the document's language, and fixes when a direct replacement exists. */
export function toReport(hit: Hit, ctx: ReportContext): WordingReport {
  const { matcher, block } = hit;
  const start = docOffset(block, hit.start);
  const end = docOffset(block, hit.end - 1) + 1;
  const actual = block.text.slice(hit.start, hit.end).replace(/\s+/g, ' ');
  const suggestionsIn = (lang: Language): readonly string[] =>
    matcher.language === lang && matcher.suggestions.length > 0 ? matcher.suggestions : ctx.categories[lang][matcher.category].suggestions;
  const message = (lang: Language): string =>
    ctx.categories[lang][matcher.category].message.replace('{actual}', actual).replace('{suggestion}', suggestionsIn(lang)[0] ?? '');
  const replacements = matcher.replacements.filter((r) => r !== '');
  const expected = [...new Set([...replacements, ...suggestionsIn(ctx.language)])];
  // Fixes only when the flagged text stands in the source exactly as matched (no markup inside).
  const verbatim = ctx.source.slice(start, end) === block.text.slice(hit.start, hit.end);
  const fixes = verbatim ? matcher.replacements.map((r) => fixFor(r, actual, start, end, ctx)) : [];
  return {
    message: { en: message('en'), ko: message('ko') },
    span: { start: ctx.lines.point(start), end: ctx.lines.point(end) },
    fixes,
    actual,
    expected,
  };
}

function fixFor(replacement: string, actual: string, start: number, end: number, ctx: ReportContext): Fix {
  if (replacement === '') {
    // Take one neighbouring space along, so no double space is left behind.
    if (ctx.source[end] === ' ') end++;
    else if (ctx.source[start - 1] === ' ') start--;
    const title = ctx.language === 'ko' ? `"${actual}" 삭제` : `Remove "${actual}"`;
    return { title, edits: [{ start: ctx.lines.point(start), end: ctx.lines.point(end), newText: '' }] };
  }
  const newText = /^\p{Lu}/u.test(actual) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
  const title = ctx.language === 'ko' ? `"${newText}"(으)로 바꾸기` : `Replace with "${newText}"`;
  return { title, edits: [{ start: ctx.lines.point(start), end: ctx.lines.point(end), newText }] };
}
