/**
 * Related incidents: for one postmortem, the earlier postmortems of the
 * workspace whose cause or affected systems read most alike, each with the
 * terms they share. A BM25 index (MiniSearch) over weighted fields; the query
 * is the open document's own most telling terms (tf-idf), weighted as they
 * weigh in it. Pure: no file system; a host adds documents it has read.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { FIELDS, relatedDocument, type DocumentInput, type Field, type RelatedDocument } from './document.js';
import { tokenize, type KoreanMode } from './tokenize.js';

export { relatedDocument, type RelatedDocument, type RelatedItem, type DocumentInput } from './document.js';
export { promisedBefore, type PromisedMatch, type RelatedContext } from './promised.js';

export interface RelatedOptions {
  /** How many documents to return (default 5). */
  limit?: number;
  /** Results scoring under this share of the best one are left out (default 0.15). */
  minShare?: number;
}

export interface RelatedIncident {
  uri: string;
  title: string;
  date: string | null;
  score: number;
  /** The words both documents lean on, most telling first. */
  sharedTerms: string[];
}

export interface IndexSettings {
  korean: KoreanMode;
  /** Weight of a field in the index's scoring and in choosing the query's terms. */
  boost: Record<Field, number>;
  /** Weight of a field of the open document when choosing the query's terms. */
  queryBoost: Record<Field, number>;
  /** How many of the open document's terms make the query. */
  queryTerms: number;
  /** BM25 parameters (MiniSearch's: k saturation, b length normalisation, d floor). */
  bm25: { k: number; b: number; d: number };
  /** Rank MiniSearch's best candidates by the cosine of the two documents' tf-idf vectors, which does not favour long documents. */
  rerank: boolean;
  /** How many of MiniSearch's results are reranked. */
  candidates: number;
}

/** Chosen on the development queries of test/data/related (see test/unit/related-quality.test.ts). */
export const DEFAULT_SETTINGS: IndexSettings = {
  korean: 'bigram',
  boost: { title: 3, summary: 2, analysis: 1.5, actions: 1, systems: 1.5, body: 0.5 },
  queryBoost: { title: 6, summary: 3, analysis: 1.5, actions: 1, systems: 1.5, body: 0.5 },
  queryTerms: 40,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  rerank: true,
  candidates: 30,
};

export class RelatedIndex {
  readonly settings: IndexSettings;
  private readonly docs = new Map<string, RelatedDocument>();
  private readonly search: MiniSearch<{ id: string } & Record<Field, string>>;
  /** How many documents hold each term (for the query's tf-idf). */
  private readonly df = new Map<string, number>();
  /**
   * Each document's terms, kept only when a field is left out of the query weights:
   * otherwise they are the keys of its tfOf map, and a second copy would double the
   * index's largest part.
   */
  private readonly termsOf = new Map<string, Set<string>>();
  /** Each document's field-weighted term frequencies (queryBoost weights). */
  private readonly tfOf = new Map<string, Map<string, number>>();

  constructor(settings: Partial<IndexSettings> = {}) {
    this.settings = {
      ...DEFAULT_SETTINGS,
      ...settings,
      boost: { ...DEFAULT_SETTINGS.boost, ...settings.boost },
      queryBoost: { ...DEFAULT_SETTINGS.queryBoost, ...settings.queryBoost },
      bm25: { ...DEFAULT_SETTINGS.bm25, ...settings.bm25 },
    };
    const korean = this.settings.korean;
    this.search = new MiniSearch({
      fields: [...FIELDS],
      idField: 'id',
      tokenize: (text) => tokenize(text, { korean }).map((t) => t.term),
      processTerm: (term) => term,
      searchOptions: { tokenize: (text) => text.split(' ').filter(Boolean), processTerm: (term) => term },
    });
  }

  private get everyFieldWeighted(): boolean {
    return FIELDS.every((f) => this.settings.queryBoost[f] > 0);
  }

  /** The distinct terms of an indexed document. */
  private terms(uri: string): Iterable<string> {
    return this.termsOf.get(uri) ?? this.tfOf.get(uri)?.keys() ?? [];
  }

  /** Whether an indexed document holds the term. */
  private holds(uri: string, term: string): boolean {
    return (this.termsOf.get(uri) ?? this.tfOf.get(uri))?.has(term) ?? false;
  }

  /** Reads a model and text into a document and indexes it (replacing one of the same uri). */
  addModel(input: DocumentInput): RelatedDocument {
    const doc = relatedDocument({ korean: this.settings.korean, ...input });
    this.add(doc);
    return doc;
  }

  add(doc: RelatedDocument): void {
    if (this.docs.has(doc.uri)) this.remove(doc.uri);
    this.docs.set(doc.uri, doc);
    this.search.add({ id: doc.uri, ...doc.fields });
    const tf = this.weightedTf(doc).tf;
    this.tfOf.set(doc.uri, tf);
    if (!this.everyFieldWeighted) this.termsOf.set(doc.uri, new Set(FIELDS.flatMap((f) => tokenize(doc.fields[f], { korean: this.settings.korean }).map((t) => t.term))));
    for (const t of this.terms(doc.uri)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  remove(uri: string): void {
    if (!this.docs.has(uri)) return;
    this.search.discard(uri);
    for (const t of this.terms(uri)) {
      const n = (this.df.get(t) ?? 1) - 1;
      if (n) this.df.set(t, n);
      else this.df.delete(t);
    }
    this.termsOf.delete(uri);
    this.tfOf.delete(uri);
    this.docs.delete(uri);
  }

  get(uri: string): RelatedDocument | undefined {
    return this.docs.get(uri);
  }

  get size(): number {
    return this.docs.size;
  }

  /** Every indexed document (plain data: what the `action-item-repeated` rule reads). */
  get documents(): RelatedDocument[] {
    return [...this.docs.values()];
  }

  /** A document's term frequencies, each occurrence counted by its field's weight, and the words each term came from. */
  private weightedTf(doc: RelatedDocument): { tf: Map<string, number>; surfaces: Map<string, Map<string, number>> } {
    const tf = new Map<string, number>();
    const surfaces = new Map<string, Map<string, number>>();
    for (const f of FIELDS) {
      if (!this.settings.queryBoost[f]) continue;
      for (const t of tokenize(doc.fields[f], { korean: this.settings.korean })) {
        tf.set(t.term, (tf.get(t.term) ?? 0) + this.settings.queryBoost[f]);
        const s = surfaces.get(t.term) ?? new Map<string, number>();
        s.set(t.surface, (s.get(t.surface) ?? 0) + 1);
        surfaces.set(t.term, s);
      }
    }
    return { tf, surfaces };
  }

  /** A term in nearly every document tells nothing. */
  private idf(term: string): number {
    const n = Math.max(this.docs.size, 1);
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** A document's tf-idf vector and its length. */
  private vector(tf: Map<string, number>): { v: Map<string, number>; norm: number } {
    const v = new Map<string, number>();
    let sq = 0;
    for (const [term, f] of tf) {
      const w = (1 + Math.log(f)) * this.idf(term);
      v.set(term, w);
      sq += w * w;
    }
    return { v, norm: Math.sqrt(sq) };
  }

  /** The document's terms, weighted by field and by how rare they are in the index, best first. */
  queryTermsOf(doc: RelatedDocument): Array<{ term: string; weight: number; surface: string }> {
    const { tf, surfaces } = this.weightedTf(doc);
    const weighted = [...tf].map(([term, f]) => {
      // The word most often written for the term.
      const surface = [...surfaces.get(term)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
      return { term, weight: (1 + Math.log(f)) * this.idf(term), surface };
    });
    return weighted.sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
  }

  /**
   * The earlier postmortems most like `doc` (an indexed one, or any other read
   * with relatedDocument): never itself, and never a later one when both dates are known.
   */
  related(doc: RelatedDocument, options: RelatedOptions = {}): RelatedIncident[] {
    const limit = options.limit ?? 5;
    const minShare = options.minShare ?? 0.15;
    const all = this.queryTermsOf(doc);
    const chosen = all
      .filter((t) => (this.df.get(t.term) ?? 0) - (this.holds(doc.uri, t.term) ? 1 : 0) > 0)
      .slice(0, this.settings.queryTerms);
    if (!chosen.length) return [];
    const weight = new Map(chosen.map((t) => [t.term, t.weight]));
    const surface = new Map(all.map((t) => [t.term, t.surface]));
    const results: SearchResult[] = this.search.search(chosen.map((t) => t.term).join(' '), {
      boost: this.settings.boost,
      bm25: this.settings.bm25,
      boostTerm: (term) => weight.get(term) ?? 1,
      filter: (r) => r.id !== doc.uri && isEarlier(this.docs.get(r.id as string)?.date ?? null, doc.date),
    });
    // What each shared term adds to a result's score, for showing the terms that made the match.
    const contribution = new Map<string, Map<string, number>>();
    if (this.settings.rerank) {
      const q = this.vector(this.tfOf.get(doc.uri) ?? this.weightedTf(doc).tf);
      for (const r of results.slice(0, this.settings.candidates)) {
        const c = this.vector(this.tfOf.get(r.id as string)!);
        const parts = new Map<string, number>();
        let dot = 0;
        for (const [t, w] of q.v) {
          const other = c.v.get(t);
          if (!other) continue;
          dot += w * other;
          parts.set(t, w * other);
        }
        contribution.set(r.id as string, parts);
        r.score = q.norm && c.norm ? (100 * dot) / (q.norm * c.norm) : 0;
      }
      results.splice(this.settings.candidates);
      results.sort((a, b) => b.score - a.score);
    }
    const best = results[0]?.score ?? 0;
    return results
      .filter((r) => r.score >= best * minShare)
      .slice(0, limit)
      .map((r) => {
        const target = this.docs.get(r.id as string)!;
        const parts = contribution.get(r.id as string);
        const rank = (t: string) => parts?.get(t) ?? weight.get(t) ?? 0;
        const shared = (parts ? [...parts.keys()] : r.terms.filter((t) => weight.has(t)))
          .sort((a, b) => rank(b) - rank(a) || a.localeCompare(b))
          .map((t) => surface.get(t) ?? t);
        return { uri: target.uri, title: target.title, date: target.date, score: Math.round(r.score * 100) / 100, sharedTerms: [...new Set(shared)].slice(0, 6) };
      });
  }
}

/** On or before the other date; unknown dates never exclude. */
export function isEarlier(date: string | null, than: string | null): boolean {
  return !date || !than || date <= than;
}

/** The related incidents of a document in an index (a convenience over RelatedIndex.related). */
export function relatedIncidents(doc: RelatedDocument, index: RelatedIndex, options: RelatedOptions = {}): RelatedIncident[] {
  return index.related(doc, options);
}
