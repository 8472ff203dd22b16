// promisedBefore reads only the postings of an item's rarer terms. Its answer must be the one a
// comparison with every earlier item gives: checked here against that plain comparison on random
// sets of documents whose items share common and rare terms in every proportion.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { RelatedDocument } from '../../src/core/related/document.js';
import { promisedBefore, type PromisedMatch } from '../../src/core/related/promised.js';
import { tokenize } from '../../src/core/related/tokenize.js';

const WORDS = ['redis', 'disk', 'kafka', 'nginx', 'postgres', 'dns', 'cert', 'quota', 'shard', 'queue', 'cache', 'proxy'];
const termsOf = (text: string): string[] => [...new Set(tokenize(text).map((t) => t.term))];

/** Every earlier item compared with the item, as the definition in promised.ts reads. */
function reference(text: string, documents: readonly RelatedDocument[], uri: string, date: string, threshold: number, minShared: number): PromisedMatch | null {
  const df = new Map<string, number>();
  let n = 0;
  for (const d of documents) {
    for (const item of d.items) {
      n++;
      for (const t of new Set(item.terms)) df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  const weight = (t: string) => (df.has(t) ? Math.log(1 + n / df.get(t)!) : Math.log(1 + Math.max(n, 1)));
  const terms = termsOf(text);
  if (terms.length < minShared) return null;
  const norm = terms.reduce((s, t) => s + weight(t) ** 2, 0);
  let best: PromisedMatch | null = null;
  for (const doc of documents) {
    for (const other of doc.items) {
      if (doc.uri === uri || !doc.date || doc.date >= date) continue;
      const its = new Set(other.terms);
      const shared = terms.filter((t) => its.has(t));
      if (shared.length < minShared) continue;
      const dot = shared.reduce((s, t) => s + weight(t) ** 2, 0);
      const otherNorm = [...its].reduce((s, t) => s + weight(t) ** 2, 0);
      const cosine = dot / Math.sqrt(norm * otherNorm);
      if (cosine < threshold || (best && cosine <= best.similarity)) continue;
      best = { uri: doc.uri, title: doc.title, date: doc.date, item: other, similarity: Math.round(cosine * 1000) / 1000, state: other.done ? 'done' : 'open' };
    }
  }
  return best;
}

const item = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const doc = fc.record({ day: fc.integer({ min: 1, max: 9 }), items: fc.array(item, { minLength: 0, maxLength: 4 }) });

function documentsOf(docs: Array<{ day: number; items: string[] }>): RelatedDocument[] {
  return docs.map((d, i) => ({
    uri: `doc-${i}.md`,
    title: `Doc ${i}`,
    date: `2025-01-0${d.day}`,
    language: 'en',
    fields: { title: '', summary: '', analysis: '', actions: '', systems: '', body: '' },
    items: d.items.map((text, k) => ({ text, line: k, span: { start: { line: k, column: 1, offset: 0 }, end: { line: k, column: 1, offset: 0 } }, done: false, due: null, owner: null, terms: termsOf(text) })),
  }));
}

describe('promisedBefore reads only the postings it needs', () => {
  it('gives the same match as comparing with every earlier item', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 12 }), fc.constantFrom(0.3, 0.6, 0.9), fc.integer({ min: 1, max: 4 }), (docs, threshold, minShared) => {
        const documents = documentsOf(docs);
        const context = { documents };
        for (const [i, d] of documents.entries()) {
          for (const it of d.items) {
            const got = promisedBefore(it, context, { uri: d.uri, date: d.date, threshold, minShared });
            const want = reference(it.text, documents, d.uri, d.date!, threshold, minShared);
            assert.deepEqual(got && { uri: got.uri, item: got.item.text, similarity: got.similarity }, want && { uri: want.uri, item: want.item.text, similarity: want.similarity }, `document ${i}: ${it.text}`);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
