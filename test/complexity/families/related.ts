import type { RelatedDocument } from '../../../src/core/related/document.js';
import { promisedBefore } from '../../../src/core/related/promised.js';
import { tokenize } from '../../../src/core/related/tokenize.js';
import type { Family } from '../measure.js';

const item = (text: string, line: number) => ({
  text,
  line,
  span: { start: { line, column: 1, offset: 0 }, end: { line, column: 1, offset: 0 } },
  done: false,
  due: null,
  owner: null,
  terms: [...new Set(tokenize(text).map((t) => t.term))],
});

/** n postmortems whose action items all share the same common words, each with words of its own. */
function documents(n: number): RelatedDocument[] {
  return Array.from({ length: n }, (_, i) => ({
    uri: `postmortems/${i}.md`,
    title: `Incident ${i}`,
    date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    language: 'en' as const,
    fields: { title: '', summary: '', analysis: '', actions: '', systems: '', body: '' },
    items: [0, 1, 2].map((k) => item(`Add disk usage alert for the cluster svc${i}x${k} zone${i}y${k}`, k + 1)),
  }));
}

/** Whole-set checks, as the CLI runs them before its second pass and the insights report runs them. */
export const relatedFamilies: Family[] = [
  {
    // Every item shares its common words with every other item: reading their postings is quadratic.
    name: 'action items repeated across postmortems',
    short: 400,
    full: 4_000,
    prepare: (n) => {
      const context = { documents: documents(n) };
      return () => context.documents.flatMap((d) => d.items.map((it) => promisedBefore(it, context, { uri: d.uri, date: d.date })));
    },
  },
];
