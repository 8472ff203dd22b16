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
    if (wordsIn(text, i + 1, close) <= MAX_QUOTED_WORDS && !reportedKorean(text, i, close)) {
      out += text.slice(copied, i) + OPAQUE.repeat(close - i + 1);
      copied = close + 1;
    }
    OPENER.lastIndex = close + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const HANGUL = /[\uAC00-\uD7A3]/;
/** Hangul or the Hanja Korean writes beside it ("‘人災’"). */
const KOREAN = /[\uAC00-\uD7A3\u4E00-\u9FFF]/;
/** What marks a Korean quote as a word talked about: "‘인재’라는 말", "‘네 탓’ 같은 표현", "‘남탓’을 피하". */
const KO_MENTION = /^\s?(?:이?라는\s?(?:말|표현|단어|용어|낱말|문구|이름)|이?라 는|이?란\s|이?라거나|이?라고\s?(?:부르|불리|말하|하는)|이?라고도\s?(?:함|한다|하며|하는|하고|부르|불리)|(?:와|과)?\s?(?:같은|등의)\s?(?:말|표현|단어|용어)|[은는을를이가]\s?(?:말|표현|단어|용어|문장|문구)|[을를]\s?(?:쓰|사용|피하|금지|줄이)|\s?(?:대신|보다는|처럼|이?라고\s?(?:쓰|적)|(?:으로|로)\s?(?:바꾸|바꿔|고치|고쳐|쓰|적)|[은는]\s?피하))/;

/**
 * Korean news and reports quote short claims to attribute them (원인은
 * ‘작업자 과실’, "“철저한 인재”라고 꼬집었다"): such a quote is read, unless the
 * words after it say the phrase is only mentioned.
 */
function reportedKorean(text: string, open: number, close: number): boolean {
  if (!KOREAN.test(text.slice(open + 1, close))) return false;
  return !KO_MENTION.test(text.slice(close + 1, close + 16));
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
    // A Korean particle may follow the closing mark directly ("‘인재’라는").
    if (next === undefined || !WORD.test(next) || HANGUL.test(next)) return j;
  }
  return -1;
}
