import { EXACT_HEADINGS, HEADING_PATTERNS, NOT_SECTION_START } from '../lang/data.js';
import type { SectionKind } from './types.js';

function clean(text: string): string {
  return text.replace(/[*_`]/g, '').trim();
}

/** A heading reduced to its words: no numbering ("3.", "III.", "①"), emoji, or trailing punctuation. */
function bare(text: string): string {
  return text
    .replace(/^(?:\d+(?:\.\d+)*[.)]?|[IVX]+\.|[①-⑳])\s*/u, '')
    .replace(/[\p{Extended_Pictographic}\uFE0F]/gu, '')
    .replace(/[\s:：?？!.。]+$/u, '')
    .trim()
    .toLowerCase();
}

function byWords(t: string): SectionKind {
  if (NOT_SECTION_START.test(bare(t))) return 'other';
  const exact = EXACT_HEADINGS.get(bare(t));
  if (exact) return exact[0];
  for (const [kind, re] of HEADING_PATTERNS) if (re.test(t)) return kind;
  return 'other';
}

/**
 * Classifies a heading (or bold label) by its words; 'other' when nothing fits.
 * The wordings (English and Korean) are data: src/core/lang/<language>/sections.json.
 */
export function classifyHeading(text: string): SectionKind {
  const t = clean(text);
  if (!t || t.length > 120) return 'other';
  return byWords(t);
}

/** Joins in a combined heading: "Mitigation and Takeaways", "원인 및 해결", "Impact & Timeline". */
const JOIN = /\s+(?:and|&|\+|및|와|과|그리고)\s+|\s*[/,·]\s*|(?<=[\uAC00-\uD7A3])(?:과|와)\s+/iu;

/**
 * Every kind a heading names: the kind of the whole heading first, then the
 * kinds of the parts of a combined heading ("원인 및 해결": analysis, recovery).
 */
export function classifyHeadingKinds(text: string): SectionKind[] {
  const t = clean(text);
  if (!t || t.length > 120) return ['other'];
  if (NOT_SECTION_START.test(bare(t))) return ['other'];
  const exact = EXACT_HEADINGS.get(bare(t));
  if (exact) return [...exact];
  const kinds: SectionKind[] = [byWords(t)];
  const parts = t.split(JOIN).filter((p) => p && p.trim());
  if (parts.length > 1 && parts.length <= 4) {
    for (const part of parts) {
      const k = byWords(part.trim());
      if (k !== 'other' && !kinds.includes(k)) kinds.push(k);
    }
  }
  if (kinds.length > 1 && kinds[0] === 'other') kinds.shift();
  return kinds;
}

/** The order sections usually come in; used to place an inserted section. */
export const CANONICAL_ORDER: SectionKind[] = [
  'summary',
  'impact',
  'detection',
  'response',
  'recovery',
  'timeline',
  'analysis',
  'action-items',
  'lessons',
];
