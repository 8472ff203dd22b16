import type { Language } from './types.js';

const HANGUL = /[\uac00-\ud7a3]/g;
const LATIN = /[A-Za-z]/g;

/**
 * Korean when Hangul carries the text. A Hangul syllable holds about as much
 * as three Latin letters, and Korean postmortems are full of English terms.
 */
export function detectLanguage(text: string, declared?: unknown): Language {
  if (typeof declared === 'string') {
    const d = declared.toLowerCase();
    if (d.startsWith('ko')) return 'ko';
    if (d.startsWith('en')) return 'en';
  }
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const hangul = sample.match(HANGUL)?.length ?? 0;
  if (hangul === 0) return 'en';
  const latin = sample.match(LATIN)?.length ?? 0;
  return hangul * 3 >= latin ? 'ko' : 'en';
}
