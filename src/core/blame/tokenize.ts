import { BREAK, OPAQUE } from './placeholders.js';

export type TokenKind = 'word' | 'boundary' | 'opaque';

export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased, curly apostrophes straightened: what patterns compare against. */
  norm: string;
  /** Offsets in the block text. */
  start: number;
  end: number;
  kind: TokenKind;
}

/**
 * A word keeps inner apostrophes, hyphens, dots and slashes ("didn't",
 * "on-call", "crates.io", "CI/CD"); a leading @ or # keeps handles and issue
 * numbers whole. Korean words (eojeol) come out whole, particles attached.
 */
const WORD = String.raw`[@#]?[\p{L}\p{N}\p{M}_]+(?:['’.\-/][\p{L}\p{N}\p{M}_]+)*`;
/** Punctuation that ends a clause; a dash counts only when spaced ("a - b"). */
const BOUNDARY = String.raw`[.!?;:,()\[\]{}…—–"“”«»「」『』${BREAK}]|(?<=\s)-{1,2}(?=\s)`;
const TOKEN = new RegExp(`(${WORD})|(${OPAQUE}+)|(${BOUNDARY})`, 'gu');

/** Splits block text into words, clause boundaries and opaque stand-ins; other characters are dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const raw = m[0];
    const kind: TokenKind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'opaque' : 'boundary';
    if (kind === 'word') pushWord(tokens, raw, start);
    else tokens.push({ text: raw, norm: raw, start, end: start + raw.length, kind });
  }
  return tokens;
}

/** A possessive or contracted "'s" becomes its own token, so patterns can say `@person 's fault`. */
function pushWord(tokens: Token[], raw: string, start: number): void {
  // Only a word ending in s or S after an apostrophe can be split.
  const last = raw.charCodeAt(raw.length - 1);
  const possessive = (last === 115 || last === 83) && raw.length > 2 ? /^(.+)(['’][sS])$/u.exec(raw) : null;
  if (possessive) {
    const head = possessive[1]!;
    tokens.push(word(head, start));
    tokens.push(word(possessive[2]!, start + head.length));
    return;
  }
  tokens.push(word(raw, start));
}

function word(text: string, start: number): Token {
  return { text, norm: normalize(text), start, end: start + text.length, kind: 'word' };
}

export function normalize(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}
