/**
 * Parses the regular expressions users may add as extra terms ("/pattern/i")
 * into a small tree for the linear-time matcher in user-regex-run.ts.
 *
 * Accepted: JavaScript syntax for literals, escapes, character classes, ".",
 * groups, alternation, anchors (^ $ \b \B) and quantifiers (* + ? {n,m}).
 * Rejected, with a reason: backreferences and lookaround (no linear-time
 * matching exists for them), nested quantifiers such as (a+)+, quantifiers on
 * something that can match empty, counts above 100, and the v flag.
 * Single characters are tested with a one-character JavaScript RegExp, so
 * classes, \p{...} and case folding behave exactly as in JavaScript.
 */

export type RegexNode =
  | { type: 'char'; test: (ch: string) => boolean }
  | { type: 'assert'; kind: '^' | '$' | 'b' | 'B' }
  | { type: 'group'; alternatives: RegexNode[][] }
  | { type: 'repeat'; body: RegexNode; min: number; max: number };

export class UserRegexError extends Error {}

const MAX_COUNT = 100;

export function parseUserRegex(source: string, flags: string): RegexNode {
  const p = new Parser(source, flags);
  const node = p.alternation();
  if (!p.done()) throw new UserRegexError(`unexpected "${source[p.pos]}" at ${p.pos}`);
  return node;
}

class Parser {
  pos = 0;
  private readonly charFlags: string;
  private readonly unicode: boolean;

  constructor(
    private readonly src: string,
    flags: string,
  ) {
    if (flags.includes('v')) throw new UserRegexError('the v flag is not supported; use u');
    this.unicode = flags.includes('u');
    this.charFlags = [...flags].filter((f) => f === 'i' || f === 's' || f === 'u').join('');
  }

  done(): boolean {
    return this.pos >= this.src.length;
  }

  alternation(): RegexNode {
    const alternatives: RegexNode[][] = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      alternatives.push(this.sequence());
    }
    return { type: 'group', alternatives };
  }

  private sequence(): RegexNode[] {
    const items: RegexNode[] = [];
    while (!this.done() && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items;
  }

  private atom(): RegexNode {
    const s = this.src;
    const c = s[this.pos]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') {
      this.pos++;
      return { type: 'assert', kind: c };
    }
    if (c === '.') {
      this.pos++;
      return this.char('.');
    }
    const cp = this.unicode ? String.fromCodePoint(s.codePointAt(this.pos)!) : c;
    this.pos += cp.length;
    return this.char(cp.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
  }

  private group(): RegexNode {
    const s = this.src;
    if (s.startsWith('(?=', this.pos) || s.startsWith('(?!', this.pos) || s.startsWith('(?<=', this.pos) || s.startsWith('(?<!', this.pos)) {
      throw new UserRegexError('lookahead and lookbehind are not supported');
    }
    if (s.startsWith('(?:', this.pos)) this.pos += 3;
    else if (s.startsWith('(?<', this.pos)) this.pos = s.indexOf('>', this.pos) + 1;
    else if (s.startsWith('(?', this.pos)) throw new UserRegexError('this kind of group is not supported');
    else this.pos++;
    const inner = this.alternation();
    if (s[this.pos] !== ')') throw new UserRegexError('unterminated group');
    this.pos++;
    return inner;
  }

  private charClass(): RegexNode {
    const s = this.src;
    const start = this.pos;
    let i = this.pos + 1;
    if (s[i] === '^') i++;
    while (i < s.length && s[i] !== ']') i += s[i] === '\\' ? 2 : 1;
    if (i >= s.length) throw new UserRegexError('unterminated character class');
    this.pos = i + 1;
    return this.char(s.slice(start, i + 1));
  }

  private escape(): RegexNode {
    const s = this.src;
    const c = s[this.pos + 1];
    if (c === undefined) throw new UserRegexError('\\ at end of pattern');
    if (/[1-9]/.test(c) || c === 'k') throw new UserRegexError('backreferences are not supported');
    if (c === 'b' || c === 'B') {
      this.pos += 2;
      return { type: 'assert', kind: c };
    }
    let len = 2;
    const braced = (from: number): number => {
      const close = s.indexOf('}', from);
      if (close < 0) throw new UserRegexError('unterminated \\' + c + '{');
      return close + 1 - this.pos;
    };
    if ((c === 'p' || c === 'P') && s[this.pos + 2] === '{') len = braced(this.pos + 2);
    else if (c === 'u' && s[this.pos + 2] === '{') len = braced(this.pos + 2);
    else if (c === 'u') len = 6;
    else if (c === 'x') len = 4;
    else if (c === 'c') len = 3;
    const text = s.slice(this.pos, this.pos + len);
    this.pos += len;
    return this.char(text);
  }

  private quantified(atom: RegexNode): RegexNode {
    const s = this.src;
    const rest = s.slice(this.pos);
    let min: number;
    let max: number;
    let len: number;
    const counted = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    if (rest[0] === '*') [min, max, len] = [0, Infinity, 1];
    else if (rest[0] === '+') [min, max, len] = [1, Infinity, 1];
    else if (rest[0] === '?') [min, max, len] = [0, 1, 1];
    else if (counted) {
      min = Number(counted[1]);
      max = counted[2] === undefined ? min : counted[3] === '' ? Infinity : Number(counted[3]);
      len = counted[0].length;
      if (min > MAX_COUNT || (max !== Infinity && max > MAX_COUNT)) {
        throw new UserRegexError(`repetition counts above ${MAX_COUNT} are not supported`);
      }
    } else return atom;
    this.pos += len;
    if (s[this.pos] === '?') this.pos++; // lazy: the match set is the same, and spans are leftmost-longest anyway
    if (atom.type === 'assert') throw new UserRegexError('an anchor cannot be repeated');
    if (containsRepeat(atom)) throw new UserRegexError('nested quantifiers are not allowed (for example "(a+)+"); they can make matching very slow');
    if (canMatchEmpty(atom)) throw new UserRegexError('a quantifier is applied to something that can match empty text');
    return { type: 'repeat', body: atom, min, max };
  }

  private char(source: string): RegexNode {
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${source})$`, this.charFlags);
    } catch (e) {
      throw new UserRegexError((e as Error).message);
    }
    return { type: 'char', test: (ch) => re.test(ch) };
  }
}

function containsRepeat(node: RegexNode): boolean {
  if (node.type === 'repeat') return true;
  if (node.type === 'group') return node.alternatives.some((alt) => alt.some(containsRepeat));
  return false;
}

function canMatchEmpty(node: RegexNode): boolean {
  switch (node.type) {
    case 'char':
      return false;
    case 'assert':
      return true;
    case 'repeat':
      return node.min === 0 || canMatchEmpty(node.body);
    case 'group':
      return node.alternatives.some((alt) => alt.every(canMatchEmpty));
  }
}
