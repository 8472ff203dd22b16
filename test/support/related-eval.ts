// The labelled related-incident set (test/data/related): real postmortems of
// the same organisations, queries with the earlier documents that share
// their failing system or cause, split into dev and test before any tuning.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelOf } from '../../src/core/lint/lint.js';
import type { PostmortemModel } from '../../src/core/model/types.js';
import { promisedBefore, RelatedIndex, type IndexSettings, type RelatedDocument } from '../../src/core/related/index.js';

export const RELATED_DIR = join(__dirname, '..', 'data', 'related');

export interface CorpusDoc {
  id: string;
  org: string;
  date: string;
  file: string;
}

export function readManifest(): CorpusDoc[] {
  const [, ...rows] = readFileSync(join(RELATED_DIR, 'manifest.tsv'), 'utf8').trim().split('\n');
  return rows.map((r) => {
    const [id, org, , , , , date, file] = r.split('\t');
    return { id: id!, org: org!, date: date!, file: file! };
  });
}

export interface Label {
  query: string;
  related: string;
  reason: string;
  split: 'dev' | 'test';
}

export function readLabels(file = 'labels.tsv'): Label[] {
  return readFileSync(join(RELATED_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [query, related, reason, split] = l.split('\t');
      return { query: query!, related: related!, reason: reason!, split: split as 'dev' | 'test' };
    });
}

const models = new Map<string, { text: string; model: PostmortemModel }>();

/** A document's text and model, read once per process. */
function modelFor(d: CorpusDoc): { text: string; model: PostmortemModel } {
  let m = models.get(d.id);
  if (!m) {
    const text = readFileSync(join(RELATED_DIR, d.file), 'utf8');
    m = { text, model: modelOf(text, { path: d.file }) };
    models.set(d.id, m);
  }
  return m;
}

/** Every document of the set in one index, as a workspace would hold them (all organisations together). */
export function buildCorpusIndex(settings: Partial<IndexSettings> = {}, org?: string): { index: RelatedIndex; docs: Map<string, RelatedDocument> } {
  const index = new RelatedIndex(settings);
  const docs = new Map<string, RelatedDocument>();
  for (const d of readManifest()) {
    if (org && d.org !== org) continue;
    const { text, model } = modelFor(d);
    const doc = index.addModel({ uri: d.id, text, model, date: d.date });
    docs.set(d.id, doc);
  }
  return { index, docs };
}

/** One index per organisation (each its own workspace), the queries of all of them scored together. */
export function scorePerOrganisation(labels: Label[], split: 'dev' | 'test', settings: Partial<IndexSettings> = {}): Scores {
  let p3 = 0;
  let strict = 0;
  let r5 = 0;
  let n = 0;
  for (const org of [...new Set(readManifest().map((d) => d.org))]) {
    const { index, docs } = buildCorpusIndex(settings, org);
    const own = labels.filter((l) => docs.has(l.query));
    if (!own.some((l) => l.split === split)) continue;
    const s = score(index, docs, own, split);
    p3 += s.precisionAt3 * s.queries;
    strict += s.strictPrecisionAt3 * s.queries;
    r5 += s.recallAt5 * s.queries;
    n += s.queries;
  }
  return { queries: n, precisionAt3: p3 / n, strictPrecisionAt3: strict / n, recallAt5: r5 / n };
}

export interface Scores {
  queries: number;
  /** Relevant results among the top 3, over min(3, relevant documents): 1 when every place that could hold a related document does. */
  precisionAt3: number;
  /** Relevant results among the top 3, over 3 (the textbook measure, capped below 1 for a query with fewer than 3 related documents). */
  strictPrecisionAt3: number;
  recallAt5: number;
}

/** Mean precision at 3 (over the results returned, at most 3) and mean recall at 5 over the queries of one split. */
export function score(index: RelatedIndex, docs: Map<string, RelatedDocument>, labels: Label[], split: 'dev' | 'test' | 'all'): Scores & { misses: string[] } {
  const byQuery = new Map<string, Set<string>>();
  for (const l of labels) if (split === 'all' || l.split === split) byQuery.set(l.query, (byQuery.get(l.query) ?? new Set()).add(l.related));
  let p3 = 0;
  let strict = 0;
  let r5 = 0;
  const misses: string[] = [];
  for (const [query, relevant] of byQuery) {
    const got = index.related(docs.get(query)!, { limit: 5 }).map((r) => r.uri);
    const top3 = got.slice(0, 3);
    // Precision over a full list of 3: a query with fewer relevant documents than 3 cannot reach 1, so the divisor is min(3, |relevant|).
    p3 += top3.filter((u) => relevant.has(u)).length / Math.min(3, relevant.size);
    strict += top3.filter((u) => relevant.has(u)).length / 3;
    r5 += got.slice(0, 5).filter((u) => relevant.has(u)).length / relevant.size;
    for (const u of top3) if (!relevant.has(u)) misses.push(`${query} -> ${u}`);
  }
  const n = byQuery.size;
  return { queries: n, precisionAt3: p3 / n, strictPrecisionAt3: strict / n, recallAt5: r5 / n, misses };
}

/** The Korean pairs' documents, which are not in the repository: from POSTMORTEM_KO_CORPUS or ../data/unseen-test next to the checkout. */
export function koreanCorpusDir(): string | null {
  const candidates = [process.env.POSTMORTEM_KO_CORPUS, join(RELATED_DIR, '..', '..', '..', '..', 'data', 'unseen-test')].filter((d): d is string => !!d);
  return candidates.find((d) => existsSync(join(d, 'MANIFEST.tsv'))) ?? null;
}

export interface Repeat {
  doc: string;
  item: string;
  earlier: string;
  earlierItem: string;
}

export function readRepeats(): Repeat[] {
  return readFileSync(join(RELATED_DIR, 'repeats.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [doc, item, earlier, earlierItem] = l.split('\t');
      return { doc: doc!, item: item!, earlier: earlier!, earlierItem: earlierItem! };
    });
}

/** The split of a document for the repeated-item pairs: its query split, else by its manifest line. */
export function documentSplit(labels: Label[], manifest: CorpusDoc[]): Map<string, 'dev' | 'test'> {
  const split = new Map<string, 'dev' | 'test'>();
  manifest.forEach((d, i) => split.set(d.id, i % 2 === 0 ? 'dev' : 'test'));
  for (const l of labels) split.set(l.query, l.split);
  return split;
}

/** Every action item of one split's documents checked against all documents: which matches are right. */
export function scoreRepeats(
  docs: Map<string, RelatedDocument>,
  split: 'dev' | 'test',
  options: { threshold?: number; minShared?: number } = {},
): { predicted: number; correct: number; labelled: number; wrong: string[] } {
  const labels = readLabels();
  const which = documentSplit(labels, readManifest());
  const repeats = readRepeats().filter((r) => which.get(r.doc) === split);
  const context = { documents: [...docs.values()] };
  let predicted = 0;
  let correct = 0;
  const wrong: string[] = [];
  for (const doc of docs.values()) {
    if (which.get(doc.uri) !== split) continue;
    for (const item of doc.items) {
      const match = promisedBefore(item, context, { uri: doc.uri, date: doc.date, ...options });
      if (!match) continue;
      predicted++;
      const right = repeats.some((r) => r.doc === doc.uri && item.text.startsWith(r.item) && r.earlier === match.uri && match.item.text.startsWith(r.earlierItem));
      if (right) correct++;
      else wrong.push(`${doc.uri}: "${item.text.slice(0, 60)}" -> ${match.uri}: "${match.item.text.slice(0, 60)}" (${match.similarity})`);
    }
  }
  return { predicted, correct, labelled: repeats.length, wrong };
}
