import type { Language } from './types.js';

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
  // Counted in the first 200,000 characters, without building a match list.
  const end = Math.min(text.length, 200_000);
  let hangul = 0;
  let latin = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  if (hangul === 0) return 'en';
  return hangul * 3 >= latin ? 'ko' : 'en';
}
