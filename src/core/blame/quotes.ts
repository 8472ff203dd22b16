import { OPAQUE } from './placeholders.js';

/** Double-quote style pairs: the opener always opens. */
const DOUBLE: Record<string, string> = {
  '"': '"',
  '“': '”',
  '„': '“',
  '«': '»',
  '「': '」',
  '『': '』',
};

const WORD = /[\p{L}\p{N}]/u;

/**
 * Replaces every quoted passage (quote marks included) with OPAQUE characters
 * of the same length, so offsets do not move. Single quotes count only at word
 * edges, so apostrophes ("Kim's", "devs'") never open or close a quote.
 * A quote mark with no partner in the block is left alone.
 */
export function maskQuotes(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const close = closingIndex(text, i);
    if (close > i) {
      out += OPAQUE.repeat(close - i + 1);
      i = close + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function closingIndex(text: string, i: number): number {
  const ch = text[i]!;
  const closer = DOUBLE[ch];
  if (closer !== undefined) return text.indexOf(closer, i + 1);
  if (ch !== "'" && ch !== '‘') return -1;
  const before = text[i - 1];
  const after = text[i + 1];
  if (before !== undefined && WORD.test(before)) return -1;
  if (after === undefined || /\s/.test(after)) return -1;
  for (let j = i + 2; j < text.length; j++) {
    const c = text[j]!;
    if (c !== "'" && c !== '’') continue;
    const next = text[j + 1];
    if (/\s/.test(text[j - 1]!)) continue;
    if (next === undefined || !WORD.test(next)) return j;
  }
  return -1;
}
