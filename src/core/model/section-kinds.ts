import { EXACT_HEADINGS, HEADING_PATTERNS, NOT_SECTION_START } from '../lang/data.js';
import type { SectionKind } from './types.js';

/** Emphasis marks dropped; a typographic apostrophe ("doesn’t") read as a plain one. */
function clean(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/[‘’]/g, "'").trim();
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

/**
 * An appendix, references or a runbook: no section of the postmortem, nor is
 * anything under it. An appendix that holds the timeline still counts as one.
 */
export function isAside(text: string): boolean {
  const t = bare(clean(text));
  const m = NOT_SECTION_START.exec(t);
  if (!m) return false;
  const rest = t.slice(m[0].length).replace(/^[\s\p{P}\p{N}A-Z]{0,6}?[\s:：\-–—.]+/u, '');
  return !(rest && rest !== t && byWords(rest) === 'timeline');
}

/** A sub-heading that states a finding ("4. 모니터링은 문제 해결의 시작이다", "The pool was too small."), not a section name. */
export function isStatement(text: string): boolean {
  const t = bare(clean(text)).replace(/[)\]]+$/, '');
  if (/[\uAC00-\uD7A3]/.test(t)) return t.length >= 6 && /(?:[이]?다|니다|어요|해요|음|함|됨|임)$/.test(t) && !/[?？]$/.test(clean(text));
  return /\.\s*$/.test(clean(text)) && t.split(/\s+/).length >= 4;
}

/** A heading over a collection of write-ups ("트러블슈팅 모음", "Collection of incidents"): it names no section of one. */
const COLLECTION = /\s모음$|^(?:a\s+)?(?:collection|compilation)\s+of\b/iu;

function byWords(t: string): SectionKind {
  if (COLLECTION.test(bare(t))) return 'other';
  if (NOT_SECTION_START.test(bare(t))) {
    const rest = bare(t).slice(NOT_SECTION_START.exec(bare(t))![0].length).replace(/^[\s\p{P}\p{N}A-Z]{0,6}?[\s:：\-–—.]+/u, '');
    return rest && byWords(rest) === 'timeline' ? 'timeline' : 'other';
  }
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

/** Joins in a combined heading: "Mitigation and Takeaways", "원인 및 해결", "Impact & Timeline", "어떻게 탐지하고 복구했나". */
const JOIN = /\s+(?:and|&|\+|및|와|과|그리고)\s+|\s*[/,·]\s*|(?<=[\uAC00-\uD7A3])(?:과|와)\s+|(?<=[\uAC00-\uD7A3])(?:하고|했고|하며)\s+/iu;

/**
 * Every kind a heading names: the kind of the whole heading first, then the
 * kinds of the parts of a combined heading ("원인 및 해결": analysis, recovery).
 */
export function classifyHeadingKinds(text: string): SectionKind[] {
  const t = clean(text);
  if (!t || t.length > 120) return ['other'];
  if (NOT_SECTION_START.test(bare(t))) return [byWords(t)];
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
