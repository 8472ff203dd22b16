/**
 * "The same fix was promised before": an action item that says what an
 * earlier postmortem's action item said. Only a strong match counts (a noisy
 * hint is worse than none): the items' distinct terms, weighted by how rare
 * each is among all action items, must overlap by a cosine of at least
 * PROMISED_THRESHOLD and share at least PROMISED_MIN_SHARED terms.
 */
import type { RelatedDocument, RelatedItem } from './document.js';
import { tokenize } from './tokenize.js';

/** Chosen on the development pairs of test/data/related/repeats.tsv. */
export const PROMISED_THRESHOLD = 0.6;
export const PROMISED_MIN_SHARED = 3;

/** The other postmortems, for a rule or a host that checks one document against them. */
export interface RelatedContext {
  documents: readonly RelatedDocument[];
}

export interface PromisedMatch {
  uri: string;
  title: string;
  date: string | null;
  item: RelatedItem;
  similarity: number;
  /** `overdue`: open and past its due date (given `today`). */
  state: 'done' | 'open' | 'overdue';
}

const idfCache = new WeakMap<readonly RelatedDocument[], { idf: Map<string, number>; fallback: number }>();

function idfOf(documents: readonly RelatedDocument[]) {
  let cached = idfCache.get(documents);
  if (!cached) {
    const df = new Map<string, number>();
    let n = 0;
    for (const d of documents) {
      for (const item of d.items) {
        n++;
        for (const t of item.terms) df.set(t, (df.get(t) ?? 0) + 1);
      }
    }
    const idf = new Map([...df].map(([t, k]) => [t, Math.log(1 + n / k)]));
    cached = { idf, fallback: Math.log(1 + Math.max(n, 1)) };
    idfCache.set(documents, cached);
  }
  return cached;
}

/** Cosine of two term sets, each term weighted by its rarity; and how many terms they share. */
export function itemSimilarity(a: readonly string[], b: readonly string[], weight: (t: string) => number): { cosine: number; shared: number } {
  const setB = new Set(b);
  let dot = 0;
  let shared = 0;
  let na = 0;
  let nb = 0;
  for (const t of new Set(a)) {
    const w = weight(t) ** 2;
    na += w;
    if (setB.has(t)) {
      dot += w;
      shared++;
    }
  }
  for (const t of setB) nb += weight(t) ** 2;
  return { cosine: na && nb ? dot / Math.sqrt(na * nb) : 0, shared };
}

export interface PromisedOptions {
  /** The document the item is in: never matched against itself. */
  uri?: string;
  /** Its date: only documents dated before it count, when both are known. */
  date?: string | null;
  /** YYYY-MM-DD, for the overdue state. */
  today?: string;
  threshold?: number;
  minShared?: number;
}

/** The earlier action item this one repeats, when the match is strong; else null. */
export function promisedBefore(item: { text: string }, context: RelatedContext, options: PromisedOptions = {}): PromisedMatch | null {
  const threshold = options.threshold ?? PROMISED_THRESHOLD;
  const minShared = options.minShared ?? PROMISED_MIN_SHARED;
  const terms = [...new Set(tokenize(item.text).map((t) => t.term))];
  if (terms.length < minShared) return null;
  const { idf, fallback } = idfOf(context.documents);
  const weight = (t: string) => idf.get(t) ?? fallback;
  let best: PromisedMatch | null = null;
  for (const doc of context.documents) {
    if (doc.uri === options.uri) continue;
    // Earlier only, and only when both dates say so: two documents of the same day, or two
    // without a date, would otherwise each flag the other.
    if (!doc.date || !options.date || doc.date >= options.date) continue;
    for (const other of doc.items) {
      const { cosine, shared } = itemSimilarity(terms, other.terms, weight);
      if (shared < minShared || cosine < threshold) continue;
      if (best && cosine <= best.similarity) continue;
      const overdue = !!options.today && !!other.due && /^\d{4}-\d{2}-\d{2}$/.test(other.due) && other.due < options.today;
      const state = other.done ? 'done' : overdue ? 'overdue' : 'open';
      best = { uri: doc.uri, title: doc.title, date: doc.date, item: other, similarity: Math.round(cosine * 1000) / 1000, state };
    }
  }
  return best;
}
