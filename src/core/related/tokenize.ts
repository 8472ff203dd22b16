/**
 * Terms for finding related postmortems, without a dictionary or a
 * morphological analyser. Latin words are lowercased, stop words dropped and
 * a light stem taken ("deployments" and "deployed" meet at "deploy");
 * Hangul runs lose a trailing particle or verb ending ("배포를" → "배포",
 * "재시작했다" → "재시작") and are then cut into character bigrams, so a
 * compound shares terms with its parts ("배포파이프라인" meets "배포").
 * Each term keeps the word it came from, to show people a word, not a stem.
 */
import enSearch from '../lang/en/search.json';
import koSearch from '../lang/ko/search.json';
import { stem } from '../wording/stem.js';

export type KoreanMode = 'bigram' | 'whitespace';

export interface Token {
  term: string;
  /** The word as written (lowercased for Latin), for showing shared terms. */
  surface: string;
}

const EN_STOP = new Set<string>(enSearch.stopWords);
const KO_STOP = new Set<string>(koSearch.stopWords);
const byLength = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);
const KO_ENDINGS = byLength(koSearch.endings);
const KO_PARTICLES = byLength(koSearch.particles);

/** Latin letters and digits (with inner `_`, `.`, `-` kept out: "settlement_payments" gives two words), or a Hangul run. */
const WORD = /[A-Za-z0-9]+|[\uAC00-\uD7A3]+/g;
const HANGUL = /^[\uAC00-\uD7A3]/;

function cut(word: string, list: readonly string[]): string {
  for (const end of list) if (word.length > end.length && word.endsWith(end)) return word.slice(0, -end.length);
  return word;
}

/** A Hangul word without its ending or particle: "재시작했다" → "재시작", "서버가" → "서버". */
export function koreanStem(word: string): string {
  const withoutEnding = cut(word, KO_ENDINGS);
  return withoutEnding !== word ? withoutEnding : cut(word, KO_PARTICLES);
}

function latin(word: string, out: Token[]): void {
  const lower = word.toLowerCase();
  if (EN_STOP.has(lower)) return;
  // Clock times, small counts and years ("12", "05", "2023") say nothing of the cause; status codes and versions ("503", "v2") do.
  if (/^\d+$/.test(lower) ? lower.length < 3 || /^(19|20)\d\d$/.test(lower) : lower.length < 2) return;
  out.push({ term: /^\d/.test(lower) ? lower : stem(lower), surface: lower });
}

const KO_PARTICLE_SET = new Set(KO_PARTICLES);

function hangul(word: string, mode: KoreanMode, out: Token[]): void {
  // "DB가", "CPU를": the particle after a Latin word arrives as a run of its own.
  if (KO_STOP.has(word) || KO_PARTICLE_SET.has(word)) return;
  const base = koreanStem(word);
  if (KO_STOP.has(base)) return;
  if (mode === 'whitespace' || base.length < 2) {
    // A lone syllable left after cutting is mostly a particle's remnant; keep it only when it was the whole word.
    if (base.length >= 2 || base === word) out.push({ term: base, surface: base });
    return;
  }
  for (let i = 0; i + 2 <= base.length; i++) out.push({ term: base.slice(i, i + 2), surface: base });
}

/** The terms of a text, in order. `korean: 'whitespace'` keeps each Hangul word whole (for comparison). */
export function tokenize(text: string, options: { korean?: KoreanMode } = {}): Token[] {
  const mode = options.korean ?? 'bigram';
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (HANGUL.test(word)) hangul(word, mode, out);
    else latin(word, out);
  }
  return out;
}

/** Just the terms (the form a search index takes). */
export const terms = (text: string, options: { korean?: KoreanMode } = {}): string[] => tokenize(text, options).map((t) => t.term);
