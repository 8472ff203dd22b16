/** A sentence of block text: [start, end), end just after its final mark. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'eg', 'i.e', 'ie', 'viz', 'etc', 'vs', 'v', 'approx', 'ca', 'cca', 'esp', 'incl', 'resp', 'a.k.a', 'aka', 'w.r.t', 'mr', 'mrs', 'ms', 'dr', 'prof', 'no', 'nos', 'fig', 'cf', 'al', 'inc', 'ltd', 'jr', 'sr', 'st']);
const END_MARKS = new Set(['!', '?', '。', '？', '！', '\u2029']);

/**
 * Splits block text into sentences in one pass: at ! ? 。 or a hard break
 * (a soft line break continues the sentence), and at a period followed by white space unless it closes an
 * abbreviation ("e.g.") or a single initial ("J. Smith").
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  let wordStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      wordStart = i + 1;
      continue;
    }
    let ends = END_MARKS.has(c);
    if (c === '.' && (i + 1 === text.length || /\s/.test(text[i + 1]!))) {
      // The word without what opens it: "(e.g." and "“i.e." are abbreviations too.
      let from = wordStart;
      while (from < i && !/[\p{L}\p{N}]/u.test(text[from]!)) from++;
      const word = text.slice(from, i);
      ends = !ABBREVIATIONS.has(word.toLowerCase()) && !/^\p{Lu}$/u.test(word);
    }
    if (!ends) continue;
    // Keep runs of marks ("?!", "...") together.
    let end = i + 1;
    while (end < text.length && (END_MARKS.has(text[end]!) || text[end] === '.')) end++;
    push(out, text, start, end);
    start = end;
    wordStart = end;
    i = end - 1;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  if (start < end && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
}

/** The longest stretch of text read as one sentence; a run-on sentence is read in pieces of this size. */
export const MAX_SENTENCE = 600;

/**
 * Sentences no longer than MAX_SENTENCE characters: a longer one is cut at
 * white space into pieces, so that reading a sentence, whose steps look
 * back over its words, costs at most a fixed amount per character.
 */
export function boundedSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const s of splitSentences(text)) {
    let start = s.start;
    while (s.end - start > MAX_SENTENCE) {
      // Look back for a space only within this piece, so the cut costs at most its length.
      let cut = start + MAX_SENTENCE;
      while (cut > start && !/\s/.test(text[cut]!)) cut--;
      if (cut <= start) cut = start + MAX_SENTENCE;
      // The piece ends at its last word, never inside a line break ("\r\n").
      let end = cut;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      out.push({ start, end });
      start = cut;
      while (start < s.end && /\s/.test(text[start]!)) start++;
    }
    if (start < s.end) out.push({ start, end: s.end });
  }
  return out;
}
