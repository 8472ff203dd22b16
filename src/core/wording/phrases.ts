/** A word of a sentence: [start, end) in its text, `norm` lower-cased with ’ as '. */
export interface Word {
  text: string;
  norm: string;
  start: number;
  end: number;
  /** Punctuation that ends a clause: , ; : ( ) — and the like. */
  punct: boolean;
}

const PUNCTUATION = ',;:()\u2014\u2013"“”';
const WORD = new RegExp(`@?[\\p{L}\\p{N}]+(?:['’\\-_.][\\p{L}\\p{N}]+)*|[${PUNCTUATION}]`, 'gu');

/** The words and clause punctuation of a sentence, in order. */
export function words(sentence: string): Word[] {
  const out: Word[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const text = m[0];
    // WORD's second branch, one punctuation mark, is the only match without a letter or a digit.
    const punct = text.length === 1 && PUNCTUATION.includes(text);
    const lower = text.toLowerCase();
    out.push({ text, norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: m.index!, end: m.index! + text.length, punct });
  }
  return out;
}

/**
 * A set of phrases matched word by word, indexed by first word, longest
 * first: one look-up per position, so a sentence is matched in linear time
 * for a fixed vocabulary.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const parts = words(phrase).map((w) => w.norm);
      if (parts.length === 0) continue;
      const list = this.byFirst.get(parts[0]!) ?? [];
      list.push(parts);
      this.byFirst.set(parts[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The number of words of the longest phrase starting at `at`, or 0. */
  matchAt(ws: readonly Word[], at: number): number {
    const list = this.byFirst.get(ws[at]?.norm ?? '');
    if (!list) return 0;
    outer: for (const parts of list) {
      if (at + parts.length > ws.length) continue;
      for (let k = 1; k < parts.length; k++) if (ws[at + k]!.norm !== parts[k]) continue outer;
      return parts.length;
    }
    return 0;
  }

  /** The first match at or after `from` and before `to`: [index, length], or undefined. */
  find(ws: readonly Word[], from = 0, to = ws.length): [number, number] | undefined {
    for (let i = from; i < to; i++) {
      const n = this.matchAt(ws, i);
      if (n > 0 && i + n <= to) return [i, n];
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.byFirst.get(word)?.some((p) => p.length === 1) ?? false;
  }
}
