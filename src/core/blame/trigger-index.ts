import { normalize, type Token } from './tokenize.js';
import type { Trigger } from './triggers.js';
import { BoundedMemo } from '../bounded-memo.js';

type Keyed = Array<[value: string, matcher: number]>;

/**
 * The triggers of a list of matchers, indexed so one pass over a block's
 * words tells which matchers can find anything there: exact words by hash,
 * prefixes by their first and suffixes by their last character.
 */
export class TriggerIndex {
  private readonly literal = new Map<string, number[]>();
  private readonly prefix = new Map<string, Keyed>();
  private readonly suffix = new Map<string, Keyed>();
  private readonly contains: Keyed = [];
  private readonly always: number[] = [];
  /** Any trigger value, as a substring: null when some matcher must always run. */
  private readonly anyValue: RegExp | null;

  /** One entry per matcher, in order; null or undefined when that matcher must always run. */
  constructor(lists: ReadonlyArray<readonly Trigger[] | null | undefined>) {
    const add = <V>(map: Map<string, V[]>, key: string, entry: V) => {
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    };
    lists.forEach((triggers, m) => {
      if (!triggers) {
        this.always.push(m);
        return;
      }
      for (const { kind, value } of triggers) {
        if (kind === 'literal') add(this.literal, value, m);
        else if (kind === 'prefix') add(this.prefix, value[0]!, [value, m]);
        else if (kind === 'suffix') add(this.suffix, value[value.length - 1]!, [value, m]);
        else this.contains.push([value, m]);
      }
    });
    const values = new Set(lists.flatMap((triggers) => (triggers ?? []).map((t) => t.value)));
    this.anyValue = this.always.length > 0 ? null : new RegExp([...values].map(escape).join('|') || '(?!)');
  }

  /**
   * False when no word of this block text can pass any trigger, so it need
   * not be tokenized. Every trigger kind implies that the word's norm
   * contains the trigger's value, and a word's norm is a substring of the
   * normalised block text: lower-casing works character by character, except
   * for the Greek capital sigma, whose form depends on its neighbours (such
   * blocks are always let through).
   */
  mayTrigger(text: string, normalized?: string): boolean {
    if (this.anyValue === null || text.includes('Σ')) return true;
    return this.anyValue.test(normalized ?? normalize(text));
  }

  /** Matchers each word triggers, remembered: a document repeats most of its words. */
  private readonly byWord = new BoundedMemo<string, readonly number[]>(MAX_WORDS);

  /** Sets out[m] to 1 for every matcher m that may find something in these tokens, else 0; returns how many. */
  mark(tokens: readonly Token[], out: Uint8Array): number {
    out.fill(0);
    let count = 0;
    for (const m of this.always) {
      if (out[m] === 0) {
        out[m] = 1;
        count++;
      }
    }
    for (const token of tokens) {
      if (token.kind !== 'word') continue;
      for (const m of this.matchersOf(token.norm)) {
        if (out[m] === 0) {
          out[m] = 1;
          count++;
        }
      }
    }
    return count;
  }

  /** The matchers whose triggers this normalised word passes. */
  private matchersOf(norm: string): readonly number[] {
    return this.byWord.get(norm, () => {
      const list: number[] = [...(this.literal.get(norm) ?? [])];
      for (const [v, m] of this.prefix.get(norm[0]!) ?? []) if (norm.startsWith(v)) list.push(m);
      for (const [v, m] of this.suffix.get(norm[norm.length - 1]!) ?? []) if (norm.endsWith(v)) list.push(m);
      for (const [v, m] of this.contains) if (norm.includes(v)) list.push(m);
      return list.length ? list : NONE;
    });
  }
}

const NONE: readonly number[] = [];

function escape(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Bounds the memory of a long-lived index (an editor session sees many documents). */
const MAX_WORDS = 50_000;
