import type { Language } from './types.js';

/** Opening or closing fence of a code block. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Korean when Hangul carries the prose. A Hangul syllable holds about as much
 * as three Latin letters, and Korean postmortems are full of English terms;
 * code blocks, inline code, link targets and front-matter keys are English
 * whatever the document's language, so they are not counted.
 */
export function detectLanguage(text: string, declared?: unknown): Language {
  if (typeof declared === 'string') {
    const d = declared.toLowerCase();
    if (d.startsWith('ko')) return 'ko';
    if (d.startsWith('en')) return 'en';
  }
  // Counted in the first 200,000 characters, line by line, without building a match list.
  const end = Math.min(text.length, 200_000);
  let hangul = 0;
  let latin = 0;
  let fence: string | null = null;
  let frontMatter = text.startsWith('---');
  let lineNo = 0;
  let pos = 0;
  /** Lines of prose, and those of them that hold Hangul. */
  let proseLines = 0;
  let hangulLines = 0;
  while (pos < end) {
    let next = text.indexOf('\n', pos);
    if (next < 0 || next > end) next = end;
    const line = text.slice(pos, next);
    pos = next + 1;
    lineNo++;
    if (frontMatter) {
      if (lineNo > 1 && /^(---|\.\.\.)\s*$/.test(line)) {
        frontMatter = false;
        continue;
      }
      if (lineNo === 1) continue;
    }
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    // Indented code.
    if (/^(?: {4}|\t)/.test(line) && !/^\s*([-*+]|\d+[.)])\s/.test(line)) continue;
    let i = frontMatter ? line.indexOf(':') + 1 : 0;
    let inCode = false;
    const before = hangul + latin;
    const hangulBefore = hangul;
    for (; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 96 /* ` */) {
        inCode = !inCode;
        continue;
      }
      if (inCode) continue;
      // A link target or bare URL: skip to its end.
      if ((c === 40 /* ( */ && line.charCodeAt(i - 1) === 93) /* ] */ || (c === 104 /* h */ && line.startsWith('http', i) && /^https?:\/\//.test(line.slice(i, i + 8)))) {
        const stop = line.slice(i).search(/[\s)]/);
        i = stop < 0 ? line.length : i + stop;
        continue;
      }
      if (c >= 0xac00 && c <= 0xd7a3) hangul++;
      else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    }
    if (hangul + latin > before) proseLines++;
    if (hangul > hangulBefore) hangulLines++;
  }
  if (hangul === 0) return 'en';
  if (hangul * 3 >= latin) return 'ko';
  // Korean sentences full of English terms and tables of English field names: most lines still hold Korean.
  return hangul * 6 >= latin && hangulLines * 2 >= proseLines ? 'ko' : 'en';
}
