import { RE2JS } from 're2js';

/**
 * The regular expressions users may add as terms ("/pattern/flags"), run by
 * re2js, a port of RE2: matching takes time linear in the text, whatever the
 * pattern, so no pattern can backtrack catastrophically.
 *
 * A pattern is written in JavaScript syntax and matches what JavaScript's
 * RegExp would match. It is translated for RE2: every character, class and
 * escape becomes an explicit set of code points with JavaScript's meaning
 * ("\s" with the Unicode spaces, "." without any line terminator); groups
 * capture nothing. Where RE2 could not give the same answer, the pattern is
 * rejected with the reason:
 *  - backreferences and lookahead/lookbehind (RE2 has neither);
 *  - legacy octal escapes ("\01"), and "\p{...}" without the u flag (it would
 *    mean "p{...}");
 *  - "\b" or "\B" with both the i and u flags (JavaScript then counts "ſ" and
 *    the Kelvin sign as word characters);
 *  - Unicode properties RE2 does not know (binary properties, Script_Extensions);
 *  - without the u flag, a surrogate code unit written alone; with the m flag,
 *    a line terminator written in the pattern.
 *
 * Without the u flag JavaScript matches UTF-16 code units and, with the i
 * flag, compares characters by their upper case (not Unicode case folding):
 * the text is given to RE2 with each surrogate as a separate character, and
 * with the i flag both the text and the pattern's sets are mapped to that
 * upper case, so RE2 matches case-sensitively what JavaScript matches
 * case-insensitively. With the m flag the other line terminators (\r, U+2028,
 * U+2029) are given to RE2 as "\n", its only one. Each mapping keeps every
 * offset.
 *
 * Finding successive matches: RE2, like JavaScript, may scan to the end of
 * the text for each match when a longer alternative comes first ("a+b|a" on
 * "aaa…"), which is quadratic over all matches; the matches of one text are
 * therefore capped (MAX_MATCHES), so a block costs at most that many scans.
 */

export class UserRegexError extends Error {}

/** Matches of one pattern in one block of text, at most. */
export const MAX_MATCHES = 20;

const MAX_CODE_POINT = 0x10ffff;

/** A set of code points: sorted, disjoint, non-adjacent [low, high] pairs, flattened. */
type CharSet = number[];

function normalise(pairs: Array<[number, number]>): CharSet {
  pairs.sort((a, b) => a[0] - b[0]);
  const out: CharSet = [];
  for (const [lo, hi] of pairs) {
    const last = out.length - 1;
    if (last > 0 && lo <= out[last]! + 1) out[last] = Math.max(out[last]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

function union(...sets: CharSet[]): CharSet {
  const pairs: Array<[number, number]> = [];
  for (const s of sets) for (let i = 0; i < s.length; i += 2) pairs.push([s[i]!, s[i + 1]!]);
  return normalise(pairs);
}

function complement(set: CharSet): CharSet {
  const out: CharSet = [];
  let next = 0;
  for (let i = 0; i < set.length; i += 2) {
    if (set[i]! > next) out.push(next, set[i]! - 1);
    next = set[i + 1]! + 1;
  }
  if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT);
  return out;
}

const single = (c: number): CharSet => [c, c];
const DIGIT: CharSet = [0x30, 0x39];
const WORD: CharSet = union([0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]);
/** JavaScript's \s: WhiteSpace and LineTerminator. */
const SPACE: CharSet = union([0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]);
const LINE_TERMINATORS: CharSet = union([0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]);
const SURROGATES: CharSet = [0xd800, 0xdfff];

/** Upper case as JavaScript's RegExp compares characters under the i flag without u. */
let upperTable: Uint16Array | undefined;
function upper(): Uint16Array {
  if (upperTable) return upperTable;
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const u = String.fromCharCode(c).toUpperCase();
    table[c] = u.length !== 1 || (c >= 128 && u.charCodeAt(0) < 128) ? c : u.charCodeAt(0);
  }
  return (upperTable = table);
}

function upperSet(set: CharSet): CharSet {
  const table = upper();
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < set.length; i += 2) {
    const hi = Math.min(set[i + 1]!, 0xffff);
    for (let c = set[i]!; c <= hi; c++) pairs.push([table[c]!, table[c]!]);
  }
  return normalise(pairs);
}

function intersects(set: CharSet, lo: number, hi: number): 'none' | 'some' | 'all' {
  for (let i = 0; i < set.length; i += 2) {
    if (set[i + 1]! < lo || set[i]! > hi) continue;
    return set[i]! <= lo && set[i + 1]! >= hi ? 'all' : 'some';
  }
  return 'none';
}

const hex = (c: number) => `\\x{${c.toString(16)}}`;

/** Unicode property names RE2 knows as General_Category values, by JavaScript's long names. */
const CATEGORY_NAMES: Record<string, string> = {
  Letter: 'L', Cased_Letter: 'L&', Uppercase_Letter: 'Lu', Lowercase_Letter: 'Ll', Titlecase_Letter: 'Lt', Modifier_Letter: 'Lm', Other_Letter: 'Lo',
  Mark: 'M', Combining_Mark: 'M', Nonspacing_Mark: 'Mn', Spacing_Mark: 'Mc', Enclosing_Mark: 'Me',
  Number: 'N', Decimal_Number: 'Nd', digit: 'Nd', Letter_Number: 'Nl', Other_Number: 'No',
  Punctuation: 'P', punct: 'P', Connector_Punctuation: 'Pc', Dash_Punctuation: 'Pd', Open_Punctuation: 'Ps', Close_Punctuation: 'Pe', Initial_Punctuation: 'Pi', Final_Punctuation: 'Pf', Other_Punctuation: 'Po',
  Symbol: 'S', Math_Symbol: 'Sm', Currency_Symbol: 'Sc', Modifier_Symbol: 'Sk', Other_Symbol: 'So',
  Separator: 'Z', Space_Separator: 'Zs', Line_Separator: 'Zl', Paragraph_Separator: 'Zp',
  Other: 'C', Control: 'Cc', cntrl: 'Cc', Format: 'Cf', Surrogate: 'Cs', Private_Use: 'Co', Unassigned: 'Cn',
};
const SHORT_CATEGORY = /^(?:[LMNPSZC]|L[ultmo&]|M[nce]|N[dlo]|P[cdseifo]|S[mcko]|Z[slp]|C[cfson])$/;

interface Flags {
  ignoreCase: boolean;
  multiline: boolean;
  dotAll: boolean;
  unicode: boolean;
}

/** One element of a class or an escape: a set, and RE2 property escapes that cannot be listed as ranges. */
interface Piece {
  set: CharSet;
  properties: string[];
  /** A single character, usable as a range end. */
  char?: number;
}

class Translator {
  private pos = 0;

  constructor(
    private readonly src: string,
    private readonly flags: Flags,
  ) {}

  translate(): string {
    const out = this.alternation();
    if (this.pos < this.src.length) throw new UserRegexError(`unexpected "${this.src[this.pos]}" at ${this.pos}`);
    return out;
  }

  private fail(reason: string): never {
    throw new UserRegexError(reason);
  }

  private alternation(): string {
    const parts = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      parts.push(this.sequence());
    }
    return parts.join('|');
  }

  private sequence(): string {
    let out = '';
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.atom();
      out += this.quantifier(atom);
    }
    return out;
  }

  private atom(): string {
    const s = this.src;
    const c = s[this.pos]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') {
      this.pos++;
      return c;
    }
    if (c === '.') {
      this.pos++;
      return this.emit({ set: this.flags.dotAll ? [0, MAX_CODE_POINT] : complement(LINE_TERMINATORS), properties: [] });
    }
    if (c === '\\') {
      const b = s[this.pos + 1];
      if (b === 'b' || b === 'B') {
        if (this.flags.ignoreCase && this.flags.unicode) this.fail('\\b and \\B with both the i and u flags are not supported (JavaScript then counts "ſ" and the Kelvin sign as word characters)');
        this.pos += 2;
        return '\\' + b;
      }
      return this.emit(this.escape(false));
    }
    return this.emit(this.literal());
  }

  private literal(): Piece {
    const cp = this.flags.unicode ? this.src.codePointAt(this.pos)! : this.src.charCodeAt(this.pos);
    this.pos += cp > 0xffff ? 2 : 1;
    return { set: single(cp), properties: [], char: cp };
  }

  private group(): string {
    const s = this.src;
    if (/^\(\?<?[=!]/.test(s.slice(this.pos, this.pos + 4))) this.fail('lookahead and lookbehind are not supported');
    if (s.startsWith('(?:', this.pos)) this.pos += 3;
    else if (s.startsWith('(?<', this.pos)) this.pos = s.indexOf('>', this.pos) + 1;
    else if (s.startsWith('(?', this.pos)) this.fail('this kind of group is not supported');
    else this.pos++;
    const inner = this.alternation();
    if (s[this.pos] !== ')') this.fail('unterminated group');
    this.pos++;
    return `(?:${inner})`;
  }

  private quantifier(atom: string): string {
    const rest = this.src.slice(this.pos);
    const m = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(rest);
    if (!m) return atom;
    this.pos += m[0].length;
    const counts = /\{(\d+)(?:,(\d*))?\}/.exec(m[0]);
    if (counts && (Number(counts[1]) > 1000 || (counts[2] && Number(counts[2]) > 1000))) this.fail('repetition counts above 1000 are not supported');
    return `(?:${atom})${m[0]}`;
  }

  private charClass(): string {
    const s = this.src;
    this.pos++;
    const negated = s[this.pos] === '^';
    if (negated) this.pos++;
    const pieces: Piece[] = [];
    while (this.pos < s.length && s[this.pos] !== ']') {
      const from = this.classAtom();
      if (s[this.pos] === '-' && s[this.pos + 1] !== ']' && this.pos + 1 < s.length) {
        this.pos++;
        const to = this.classAtom();
        if (from.char !== undefined && to.char !== undefined) {
          pieces.push({ set: [from.char, to.char], properties: [] });
          continue;
        }
        if (this.flags.unicode) this.fail('a range with a class escape at one end');
        // Without u, "[\d-z]" is \d, "-" and "z".
        pieces.push(from, { set: single(0x2d), properties: [] }, to);
        continue;
      }
      pieces.push(from);
    }
    if (s[this.pos] !== ']') this.fail('unterminated character class');
    this.pos++;
    const merged: Piece = { set: union(...pieces.map((p) => p.set)), properties: pieces.flatMap((p) => p.properties) };
    return this.emit(merged, negated);
  }

  private classAtom(): Piece {
    const s = this.src;
    if (s[this.pos] === '\\') {
      const b = s[this.pos + 1];
      if (b === 'b') {
        this.pos += 2;
        return { set: single(8), properties: [], char: 8 };
      }
      if (b === '-') {
        this.pos += 2;
        return { set: single(0x2d), properties: [], char: 0x2d };
      }
      return this.escape(true);
    }
    return this.literal();
  }

  /** An escape other than \b and \B outside a class. */
  private escape(inClass: boolean): Piece {
    const s = this.src;
    const c = s[this.pos + 1];
    if (c === undefined) this.fail('\\ at end of pattern');
    const char = (cp: number, length: number): Piece => {
      this.pos += length;
      return { set: single(cp), properties: [], char: cp };
    };
    const set = (value: CharSet): Piece => {
      this.pos += 2;
      return { set: value, properties: [] };
    };
    switch (c) {
      case 'd':
        return set(DIGIT);
      case 'D':
        return set(complement(DIGIT));
      case 'w':
        if (this.flags.ignoreCase && this.flags.unicode) this.fail('\\w and \\W with both the i and u flags are not supported (JavaScript then counts "ſ" and the Kelvin sign as word characters)');
        return set(WORD);
      case 'W':
        if (this.flags.ignoreCase && this.flags.unicode) this.fail('\\w and \\W with both the i and u flags are not supported (JavaScript then counts "ſ" and the Kelvin sign as word characters)');
        return set(complement(WORD));
      case 's':
        return set(SPACE);
      case 'S':
        return set(complement(SPACE));
      case 'n':
        return char(0x0a, 2);
      case 'r':
        return char(0x0d, 2);
      case 't':
        return char(0x09, 2);
      case 'v':
        return char(0x0b, 2);
      case 'f':
        return char(0x0c, 2);
      case 'k':
        this.fail('backreferences are not supported');
    }
    if (c === '0') {
      if (/[0-9]/.test(s[this.pos + 2] ?? '')) this.fail('legacy octal escapes are not supported (write \\x.. or \\u....)');
      return char(0, 2);
    }
    if (/[1-9]/.test(c)) {
      if (inClass) this.fail('legacy octal escapes are not supported (write \\x.. or \\u....)');
      this.fail('backreferences are not supported');
    }
    if (c === 'p' || c === 'P') {
      if (!this.flags.unicode) this.fail('\\p{...} needs the u flag');
      const close = s.indexOf('}', this.pos);
      const name = s.slice(this.pos + 3, close);
      this.pos = close + 1;
      return { set: [], properties: [`\\${c}{${this.property(name)}}`] };
    }
    if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(s.slice(this.pos + 2, this.pos + 4))) return char(parseInt(s.slice(this.pos + 2, this.pos + 4), 16), 4);
    if (c === 'u') {
      if (this.flags.unicode && s[this.pos + 2] === '{') {
        const close = s.indexOf('}', this.pos);
        return char(parseInt(s.slice(this.pos + 3, close), 16), close + 1 - this.pos);
      }
      const unit = s.slice(this.pos + 2, this.pos + 6);
      if (/^[0-9a-fA-F]{4}$/.test(unit)) {
        const cp = parseInt(unit, 16);
        const low = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(s.slice(this.pos + 6));
        // With u, an escaped surrogate pair is one code point.
        if (this.flags.unicode && cp >= 0xd800 && cp <= 0xdbff && low) return char(0x10000 + ((cp - 0xd800) << 10) + (parseInt(low[1]!, 16) - 0xdc00), 12);
        return char(cp, 6);
      }
    }
    if (c === 'c' && /^[A-Za-z]$/.test(s[this.pos + 2] ?? '')) return char(s.charCodeAt(this.pos + 2) % 32, 3);
    if (/[A-Za-z]/.test(c) && !'xuc'.includes(c)) this.fail(`the escape \\${c} is not supported`);
    if ('xuc'.includes(c)) this.fail(`the escape \\${c} is not supported here`);
    // An escaped character stands for itself.
    const cp = this.flags.unicode ? s.codePointAt(this.pos + 1)! : s.charCodeAt(this.pos + 1);
    return char(cp, 1 + (cp > 0xffff ? 2 : 1));
  }

  private property(text: string): string {
    const [key, value] = text.includes('=') ? text.split('=') : [undefined, text];
    if (key === 'Script' || key === 'sc') return value!;
    if (key === 'General_Category' || key === 'gc' || key === undefined) {
      if (SHORT_CATEGORY.test(value!)) return value!;
      if (CATEGORY_NAMES[value!]) return CATEGORY_NAMES[value!]!;
      if (value === 'Any') return 'Any';
    }
    return this.fail(`the Unicode property \\p{${text}} is not supported`);
  }

  /** A set as RE2 syntax, after the checks and mappings that keep JavaScript's meaning. */
  private emit(piece: Piece, negated = false): string {
    let set = piece.set;
    if (!this.flags.unicode) {
      if (intersects(set, 0xd800, 0xdfff) === 'some') this.fail('a surrogate code unit on its own needs the u flag (write characters outside the Basic Multilingual Plane with it)');
      if (this.flags.ignoreCase) set = upperSet(set);
    }
    if (this.flags.multiline) {
      const terminators = [0x0a, 0x0d, 0x2028, 0x2029].map((t) => intersects(set, t, t) === 'all');
      if (terminators.some(Boolean) && !terminators.every(Boolean)) this.fail('with the m flag, a line terminator (\\n, \\r, U+2028, U+2029) written in the pattern is not supported');
    }
    let body = '';
    for (let i = 0; i < set.length; i += 2) body += set[i] === set[i + 1] ? hex(set[i]!) : `${hex(set[i]!)}-${hex(set[i + 1]!)}`;
    body += piece.properties.join('');
    if (body === '') return negated ? `[${hex(0)}-${hex(MAX_CODE_POINT)}]` : `[^${hex(0)}-${hex(MAX_CODE_POINT)}]`;
    return negated ? `[^${body}]` : `[${body}]`;
  }
}

export interface UserRegex {
  /** Non-overlapping, non-empty matches [start, end), leftmost first, as JavaScript finds them; at most MAX_MATCHES. */
  findAll(text: string): Array<{ start: number; end: number }>;
}

/** Translates and compiles a pattern that JavaScript accepts with these flags (i, m, s, u); throws UserRegexError. */
export function compileUserRegex(source: string, flagText: string): UserRegex {
  const flags: Flags = { ignoreCase: flagText.includes('i'), multiline: flagText.includes('m'), dotAll: flagText.includes('s'), unicode: flagText.includes('u') };
  const pattern = new Translator(source, flags).translate();
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern, (flags.multiline ? RE2JS.MULTILINE : 0) | (flags.ignoreCase && flags.unicode ? RE2JS.CASE_INSENSITIVE : 0));
  } catch (e) {
    throw new UserRegexError((e as Error).message);
  }
  const table = !flags.unicode && flags.ignoreCase ? upper() : undefined;
  const prepare = (text: string): string => {
    if (flags.unicode && !flags.multiline) return text;
    let out = '';
    let from = 0;
    const flush = (to: number) => {
      out += text.slice(from, to);
    };
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let d = c;
      if (!flags.unicode && c >= 0xd800 && c <= 0xdfff) d = 0xd800;
      else if (flags.multiline && (c === 0x0d || c === 0x2028 || c === 0x2029)) d = 0x0a;
      else if (table) d = table[c]!;
      if (d !== c) {
        flush(i);
        out += String.fromCharCode(d);
        from = i + 1;
      }
    }
    flush(text.length);
    return out;
  };
  return {
    findAll(text) {
      const matcher = re.matcher(prepare(text));
      const out: Array<{ start: number; end: number }> = [];
      while (out.length < MAX_MATCHES && matcher.find()) {
        const start = matcher.start();
        const end = matcher.end();
        if (end > start) out.push({ start, end });
      }
      return out;
    },
  };
}
