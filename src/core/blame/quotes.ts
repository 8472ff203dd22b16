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

/** Characters closingIndex() can find a partner for: the DOUBLE openers and the single quotes. */
const OPENER = new RegExp(`[${Object.keys(DOUBLE).join('')}'‘]`, 'g');

/**
 * Replaces every quoted passage (quote marks included) with OPAQUE characters
 * of the same length, so offsets do not move. Single quotes count only at word
 * edges, so apostrophes ("Kim's", "devs'") never open or close a quote.
 * A quote mark with no partner in the block is left alone.
 */
export function maskQuotes(text: string): string {
  let out = '';
  let copied = 0;
  // Only an opening mark can start a quote; everything between them is copied in one piece.
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m !== null; m = OPENER.exec(text)) {
    const i = m.index;
    const close = closingIndex(text, i);
    if (close > i) {
      out += text.slice(copied, i) + OPAQUE.repeat(close - i + 1);
      copied = close + 1;
      OPENER.lastIndex = copied;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
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
