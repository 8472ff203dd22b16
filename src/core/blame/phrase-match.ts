import { parsePhrase, type PhraseNode, type WordAtom } from './phrase-syntax.js';
import type { Token } from './tokenize.js';
import { phraseTriggers, type Trigger } from './triggers.js';
import type { ClassRegistry, TokenTest } from './word-classes.js';

type Element =
  | {
      type: 'item';
      alternatives: TokenTest[][];
      optional: boolean;
      negated: boolean;
      focusStart: boolean;
      focusEnd: boolean;
    }
  | { type: 'gap'; max: number; exclude: TokenTest | null };

export interface CompiledPhrase {
  source: string;
  elements: Element[];
  /** Words one of which every match must contain: a cheap pre-check before the full match. */
  anchor: Anchor | null;
  /** Word conditions one of which every match meets, for skipping whole blocks; null when there are none. */
  triggers: Trigger[] | null;
}

/** Token indices: the whole match [start, end) and the reported part [focusStart, focusEnd). */
export interface PhraseMatch {
  start: number;
  end: number;
  focusStart: number;
  focusEnd: number;
}

/** Parses and resolves a pattern; throws PhraseSyntaxError or an unknown-class Error. */
export function compilePhrase(source: string, classes: ClassRegistry): CompiledPhrase {
  return compileNodes(source, parsePhrase(source), classes);
}

export function compileNodes(source: string, nodes: PhraseNode[], classes: ClassRegistry): CompiledPhrase {
  const elements: Element[] = [];
  nodes.forEach((node, i) => {
    if (node.type === 'item') {
      elements.push({ ...node, alternatives: node.alternatives.map((alt) => alt.map((w) => atomTest(w, classes))) });
      return;
    }
    // A gap never skips a word the element before it would take: "X ~3 Y" uses the X nearest to Y.
    const before = elements[i - 1];
    const singles = before?.type === 'item' && !before.negated ? before.alternatives.filter((a) => a.length === 1).map((a) => a[0]!) : [];
    const exclude: TokenTest | null = singles.length ? (t, k) => singles.some((s) => s(t, k)) : null;
    elements.push({ type: 'gap', max: node.max, exclude });
  });
  return { source, elements, anchor: anchorOf(nodes, classes), triggers: phraseTriggers(nodes, classes) };
}

/**
 * The first required element without classes: its first-word alternatives
 * (exact words, or other tests), and how many tokens the elements before it
 * can take at most. Every match takes one of those words, at most `lead`
 * tokens after the match starts.
 */
interface Anchor {
  words: ReadonlySet<string>;
  tests: TokenTest[];
  lead: number;
}

function anchorOf(nodes: PhraseNode[], classes: ClassRegistry): Anchor | null {
  let lead = 0;
  for (const node of nodes) {
    const width = node.type === 'gap' ? node.max : Math.max(...node.alternatives.map((alt) => alt.length));
    if (node.type !== 'item' || node.optional || node.negated || node.alternatives.some((alt) => alt.some((w) => w.kind === 'class'))) {
      lead += width;
      continue;
    }
    const firsts = node.alternatives.map((alt) => alt[0]!);
    return {
      words: new Set(firsts.filter((w) => w.kind === 'literal').map((w) => w.value)),
      tests: firsts.filter((w) => w.kind !== 'literal').map((w) => atomTest(w, classes)),
      lead,
    };
  }
  return null;
}

/** Indices of the words that pass the anchor, ascending. */
function anchorHits(anchor: Anchor, tokens: readonly Token[]): number[] {
  const hits: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (anchor.words.has(token.norm) || anchor.tests.some((test) => test(tokens, i))) hits.push(i);
  }
  return hits;
}

function atomTest(atom: WordAtom, classes: ClassRegistry): TokenTest {
  const v = atom.value;
  switch (atom.kind) {
    case 'class':
      return classes.test(v);
    case 'literal':
      return (t, i) => t[i]!.norm === v;
    case 'prefix':
      return (t, i) => t[i]!.norm.startsWith(v);
    case 'suffix':
      return (t, i) => t[i]!.norm.endsWith(v);
    case 'contains':
      return (t, i) => t[i]!.norm.includes(v);
  }
}

/**
 * All non-overlapping matches, leftmost first, each as long as possible.
 * best(e, t) = the furthest end reachable from element e at token t; it does
 * not depend on where the match started, so one memo table serves every
 * start: O(elements x tokens x (alternatives + gap width)) per pattern.
 */
export function matchPhrase(phrase: CompiledPhrase, tokens: readonly Token[], classes: ClassRegistry): PhraseMatch[] {
  const { anchor } = phrase;
  const hits = anchor ? anchorHits(anchor, tokens) : null;
  if (hits && hits.length === 0) return [];
  const width = tokens.length + 1;
  const size = (phrase.elements.length + 1) * width;
  const run: Run = { elements: phrase.elements, tokens, classes, width, memo: new Int32Array(size).fill(-2), taken: new Int32Array(size) };
  const matches: PhraseMatch[] = [];
  let h = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    if (hits) {
      // Starts with no anchor word within reach cannot match: skip to the first that has one.
      while (h < hits.length && hits[h]! < i) h++;
      if (h === hits.length) break;
      if (hits[h]! - i > anchor!.lead) {
        i = hits[h]! - anchor!.lead - 1;
        continue;
      }
    }
    const end = best(run, 0, i);
    if (end <= i) continue;
    matches.push(withFocus(run, i, end));
    i = end - 1;
  }
  return matches;
}

interface Run {
  elements: Element[];
  tokens: readonly Token[];
  classes: ClassRegistry;
  width: number;
  /** -2 unknown, -1 no match, else the furthest end. */
  memo: Int32Array;
  /** Tokens the element took on the best path. */
  taken: Int32Array;
}

function isWord(run: Run, k: number): boolean {
  return k < run.tokens.length && run.tokens[k]!.kind === 'word';
}

function best(run: Run, e: number, t: number): number {
  const { elements, tokens } = run;
  if (e === elements.length) return t;
  const key = e * run.width + t;
  const known = run.memo[key]!;
  if (known !== -2) return known;
  let result = -1;
  let used = -1;
  const el = elements[e]!;
  if (el.type === 'gap') {
    for (let k = 0; k <= el.max; k++) {
      if (k > 0) {
        const at = t + k - 1;
        if (at >= tokens.length || tokens[at]!.kind === 'boundary' || run.classes.isClauseBreak(tokens[at]!)) break;
        if (el.exclude && isWord(run, at) && el.exclude(tokens, at)) break;
      }
      const r = best(run, e + 1, t + k);
      if (r > result) [result, used] = [r, k];
    }
  } else if (el.negated) {
    if (isWord(run, t) && !el.alternatives.some((alt) => alt[0]!(tokens, t))) {
      const r = best(run, e + 1, t + 1);
      if (r > result) [result, used] = [r, 1];
    }
  } else {
    for (const alt of el.alternatives) {
      let ok = true;
      for (let k = 0; k < alt.length && ok; k++) ok = isWord(run, t + k) && alt[k]!(tokens, t + k);
      if (!ok) continue;
      const r = best(run, e + 1, t + alt.length);
      if (r > result) [result, used] = [r, alt.length];
    }
    if (el.optional) {
      const r = best(run, e + 1, t);
      if (r > result) [result, used] = [r, 0];
    }
  }
  run.memo[key] = result;
  run.taken[key] = used;
  return result;
}

function withFocus(run: Run, start: number, end: number): PhraseMatch {
  let focusStart = start;
  let focusEnd = end;
  let t = start;
  run.elements.forEach((el, e) => {
    const used = run.taken[e * run.width + t]!;
    if (el.type === 'item' && el.focusStart) focusStart = t;
    if (el.type === 'item' && el.focusEnd) focusEnd = t + used;
    t += used;
  });
  if (focusEnd <= focusStart) return { start, end, focusStart: start, focusEnd: end };
  return { start, end, focusStart, focusEnd };
}
