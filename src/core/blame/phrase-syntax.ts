/**
 * The phrase syntax of the term files. A pattern is a sequence of elements
 * separated by single spaces; each element matches whole words (tokens):
 *
 *   word        the word itself, case-insensitively ("forgot")
 *   word*       a word starting with it ("실수*": 실수로, 실수를, 실수했다)
 *   *word       a word ending with it; *word* a word containing it
 *   @class      a word of a named class (@person, @ko-person)
 *   a|b|c       any one of the alternatives
 *   did_not     "_" joins consecutive words inside one alternative
 *   item?       the element may be absent
 *   !a|b        exactly one word that is none of the alternatives
 *   ~N          up to N (1-9) words that are not clause breaks
 *   {...}       braces around elements mark the part that is reported
 *
 * Patterns are matched over a token array with a memo table per pattern, so
 * matching is linear in the text (no regular expressions are built).
 */

export type WordAtom =
  | { kind: 'literal' | 'prefix' | 'suffix' | 'contains'; value: string }
  | { kind: 'class'; value: string };

export interface ItemNode {
  type: 'item';
  /** Each alternative is a run of words. */
  alternatives: WordAtom[][];
  optional: boolean;
  negated: boolean;
  focusStart: boolean;
  focusEnd: boolean;
}

export interface GapNode {
  type: 'gap';
  max: number;
}

export type PhraseNode = ItemNode | GapNode;

export const MAX_ELEMENTS = 16;

export class PhraseSyntaxError extends Error {}

const CLASS_NAME = /^[a-z][a-z0-9-]*$/;
const RESERVED = /[\s*@|_?{}~!]/;

export function parsePhrase(pattern: string): PhraseNode[] {
  if (pattern.trim() === '') throw new PhraseSyntaxError('empty pattern');
  const parts = pattern.split(' ');
  if (parts.length > MAX_ELEMENTS) throw new PhraseSyntaxError(`more than ${MAX_ELEMENTS} elements`);
  const nodes = parts.map(parseElement);
  checkShape(nodes);
  return nodes;
}

function parseElement(raw: string): PhraseNode {
  if (raw === '') throw new PhraseSyntaxError('empty element (two spaces in a row, or a space at an end)');
  const gap = /^~(\d+)$/.exec(raw);
  if (gap) {
    const max = Number(gap[1]);
    if (max < 1 || max > 9) throw new PhraseSyntaxError(`gap ~${gap[1]} must be ~1 to ~9`);
    return { type: 'gap', max };
  }
  let body = raw;
  const focusStart = body.startsWith('{');
  if (focusStart) body = body.slice(1);
  const focusEnd = body.endsWith('}');
  if (focusEnd) body = body.slice(0, -1);
  const negated = body.startsWith('!');
  if (negated) body = body.slice(1);
  const optional = body.endsWith('?');
  if (optional) body = body.slice(0, -1);
  if (negated && optional) throw new PhraseSyntaxError(`"${raw}": a negated element cannot be optional`);
  const alternatives = body.split('|').map((alt) => {
    if (alt === '') throw new PhraseSyntaxError(`"${raw}": empty alternative`);
    return alt.split('_').map((w) => parseWord(w, raw));
  });
  if (negated && alternatives.some((a) => a.length > 1)) {
    throw new PhraseSyntaxError(`"${raw}": a negated element matches single words only`);
  }
  return { type: 'item', alternatives, optional, negated, focusStart, focusEnd };
}

function parseWord(word: string, element: string): WordAtom {
  if (word.startsWith('@')) {
    const name = word.slice(1);
    if (!CLASS_NAME.test(name)) throw new PhraseSyntaxError(`"${element}": bad class name "${word}"`);
    return { kind: 'class', value: name };
  }
  const starts = word.startsWith('*');
  const ends = word.length > 1 && word.endsWith('*');
  const core = word.slice(starts ? 1 : 0, ends ? -1 : undefined);
  if (core === '' || RESERVED.test(core)) throw new PhraseSyntaxError(`"${element}": bad word "${word}"`);
  const value = core.toLowerCase().replace(/’/g, "'");
  const kind = starts && ends ? 'contains' : starts ? 'suffix' : ends ? 'prefix' : 'literal';
  return { kind, value };
}

function checkShape(nodes: PhraseNode[]): void {
  if (nodes[0]!.type === 'gap' || nodes[nodes.length - 1]!.type === 'gap') {
    throw new PhraseSyntaxError('a pattern cannot start or end with a gap');
  }
  let required = false;
  let opened = -1;
  let closed = -1;
  nodes.forEach((node, i) => {
    if (node.type === 'gap') {
      if (nodes[i - 1]?.type === 'gap') throw new PhraseSyntaxError('two gaps in a row');
      return;
    }
    if (!node.optional) required = true;
    if (node.focusStart) {
      if (opened >= 0) throw new PhraseSyntaxError('more than one "{"');
      opened = i;
    }
    if (node.focusEnd) {
      if (closed >= 0) throw new PhraseSyntaxError('more than one "}"');
      closed = i;
    }
  });
  if (!required) throw new PhraseSyntaxError('every element is optional, so the pattern could match nothing');
  if ((opened < 0) !== (closed < 0) || closed < opened) throw new PhraseSyntaxError('unbalanced "{" and "}"');
}
