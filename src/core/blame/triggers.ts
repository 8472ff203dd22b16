import type { PhraseNode, WordAtom } from './phrase-syntax.js';

/**
 * A cheap necessary condition on one word of a block: the block can hold a
 * match only if one of its words (normalised, as in Token.norm) passes one of
 * a pattern's triggers. Each kind is the same comparison the matcher itself
 * makes on Token.norm, so a trigger never rejects a word the matcher accepts.
 */
export interface Trigger {
  kind: 'literal' | 'prefix' | 'suffix' | 'contains';
  value: string;
}

/** Supplies a word class's triggers: null when the class cannot be reduced to them (e.g. @name). */
export interface TriggerSource {
  triggers(name: string): readonly Trigger[] | null;
}

/** The triggers of one atom; null when it has none. */
function atomTriggers(atom: WordAtom, classes: TriggerSource): readonly Trigger[] | null {
  return atom.kind === 'class' ? classes.triggers(atom.value) : [{ kind: atom.kind, value: atom.value }];
}

/** Rough cost of checking a trigger and how often it fires: short values and loose kinds fire often. */
function cost(t: Trigger): number {
  if (t.kind === 'literal') return t.value.length > 3 ? 1 : t.value.length === 3 ? 2 : 6;
  return t.value.length > 1 ? 4 : 40;
}

/**
 * Triggers for a phrase, or null when it has none. Every match takes at least
 * one word through each element that is neither optional nor negated, and
 * that word passes the first atom of one of the element's alternatives
 * (phrase-match.ts `best`). So the first atoms of any one such element are a
 * necessary condition for a match; of those elements, the cheapest is used.
 */
export function phraseTriggers(nodes: readonly PhraseNode[], classes: TriggerSource): Trigger[] | null {
  let best: Trigger[] | null = null;
  let bestCost = Infinity;
  for (const node of nodes) {
    if (node.type !== 'item' || node.optional || node.negated) continue;
    const triggers: Trigger[] = [];
    let ok = true;
    for (const alt of node.alternatives) {
      const first = atomTriggers(alt[0]!, classes);
      if (!first) {
        ok = false;
        break;
      }
      triggers.push(...first);
    }
    if (!ok) continue;
    const total = triggers.reduce((sum, t) => sum + cost(t), 0);
    if (total < bestCost) [best, bestCost] = [triggers, total];
  }
  return best;
}

/** Triggers of a matcher made of several phrases: their union, or null when any phrase has none. */
export function unionTriggers(lists: ReadonlyArray<readonly Trigger[] | null>): Trigger[] | null {
  const out: Trigger[] = [];
  for (const list of lists) {
    if (!list) return null;
    out.push(...list);
  }
  return out;
}
