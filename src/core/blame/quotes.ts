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

/** The longest quotation masked as a mentioned term; longer ones are quoted sentences. */
export const MAX_QUOTED_WORDS = 6;

function wordsIn(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let k = from; k < to && n <= MAX_QUOTED_WORDS; k++) {
    const w = !/\s/.test(text[k]!);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Characters closingIndex() can find a partner for: the DOUBLE openers and the single quotes. */
const OPENER = new RegExp(`[${Object.keys(DOUBLE).join('')}'‘]`, 'g');

/**
 * Replaces every quoted term of up to MAX_QUOTED_WORDS words (quote marks
 * included) with OPAQUE characters of the same length, so offsets do not move. Single quotes count only at word
 * edges, so apostrophes ("Kim's", "devs'") never open or close a quote.
 * A quote mark with no partner in the block is left alone.
 */
export function maskQuotes(text: string): string {
  let out = '';
  let copied = 0;
  // Only an opening mark can start a quote; everything between them is copied in one piece.
  OPENER.lastIndex = 0;
  // Closing marks known to be absent after some offset: an unclosed "“" is looked for once, not once per opener.
  const none = new Map<string, number>();
  for (let m = OPENER.exec(text); m !== null; m = OPENER.exec(text)) {
    const i = m.index;
    const closer = DOUBLE[text[i]!];
    if (closer !== undefined && (none.get(closer) ?? Infinity) <= i) continue;
    const close = closingIndex(text, i);
    if (close < 0 && closer !== undefined) none.set(closer, i);
    if (close <= i) continue;
    // A quoted term ("human error", "네 탓") is mentioned, not used; a quoted sentence is reported speech and still read.
    if (wordsIn(text, i + 1, close) <= MAX_QUOTED_WORDS) {
      out += text.slice(copied, i) + OPAQUE.repeat(close - i + 1);
      copied = close + 1;
    }
    OPENER.lastIndex = close + 1;
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
