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

interface ItemsIndex {
  idf: Map<string, number>;
  fallback: number;
  /** Each term's items, in document order then item order. */
  postings: Map<string, number[]>;
  /** Every item, numbered as in `postings`, with its distinct terms. */
  items: Array<{ doc: RelatedDocument; item: RelatedItem; norm: number; terms: ReadonlySet<string> }>;
}

const indexCache = new WeakMap<readonly RelatedDocument[], ItemsIndex>();

/** Built once per set of documents: comparing an item with all others is then work for its terms only, not for every item of the set. */
function itemsIndex(documents: readonly RelatedDocument[]): ItemsIndex {
  let cached = indexCache.get(documents);
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
    const fallback = Math.log(1 + Math.max(n, 1));
    const postings = new Map<string, number[]>();
    const items: ItemsIndex['items'] = [];
    for (const doc of documents) {
      for (const item of doc.items) {
        const terms = new Set(item.terms);
        let norm = 0;
        for (const t of terms) {
          norm += (idf.get(t) ?? fallback) ** 2;
          const list = postings.get(t) ?? [];
          list.push(items.length);
          postings.set(t, list);
        }
        items.push({ doc, item, norm, terms });
      }
    }
    cached = { idf, fallback, postings, items };
    indexCache.set(documents, cached);
  }
  return cached;
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
  const { idf, fallback, postings, items } = itemsIndex(context.documents);
  const weight = (t: string) => idf.get(t) ?? fallback;
  let norm = 0;
  for (const t of terms) norm += weight(t) ** 2;
  // Only items holding one of the rarer terms can match, and only their postings are read, never
  // the long ones of the commonest terms. An item must share `minShared` terms, so it holds one of
  // all but the (minShared - 1) commonest; and its cosine is at most sqrt(shared weight / norm), so
  // it holds one of the terms outside the common tail that weighs under threshold² of the norm.
  const rarest = [...terms].sort((a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0));
  let keep = terms.length - Math.max(0, minShared - 1);
  const bound = threshold > 0 ? threshold * threshold * norm * (1 - 1e-9) : 0;
  let tail = 0;
  for (let i = terms.length - 1; i > 0; i--) {
    tail += weight(rarest[i]!) ** 2;
    if (tail >= bound) break;
    keep = Math.min(keep, i);
  }
  const candidates = new Set<number>();
  for (const t of rarest.slice(0, keep)) for (const k of postings.get(t) ?? []) candidates.add(k);
  let best: PromisedMatch | null = null;
  // In document order, then item order: the first of equally good matches wins.
  for (const k of [...candidates].sort((a, b) => a - b)) {
    const { doc, item: other, norm: otherNorm, terms: its } = items[k]!;
    if (doc.uri === options.uri) continue;
    // Earlier only, and only when both dates say so: two documents of the same day, or two
    // without a date, would otherwise each flag the other.
    if (!doc.date || !options.date || doc.date >= options.date) continue;
    let count = 0;
    let dot = 0;
    for (const t of terms) {
      if (!its.has(t)) continue;
      count++;
      dot += weight(t) ** 2;
    }
    if (count < minShared) continue;
    const cosine = norm && otherNorm ? dot / Math.sqrt(norm * otherNorm) : 0;
    if (cosine < threshold) continue;
    if (best && cosine <= best.similarity) continue;
    const overdue = !!options.today && !!other.due && /^\d{4}-\d{2}-\d{2}$/.test(other.due) && other.due < options.today;
    const state = other.done ? 'done' : overdue ? 'overdue' : 'open';
    best = { uri: doc.uri, title: doc.title, date: doc.date, item: other, similarity: Math.round(cosine * 1000) / 1000, state };
  }
  return best;
}
