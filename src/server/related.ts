/**
 * The workspace's postmortems as the related-incidents search reads them,
 * kept in the server: from the open documents' analyses and from the files it
 * models for the workspace index. Three uses: `postmortem/related` (the earlier
 * postmortems most like one), the other postmortems `action-item-repeated`
 * checks an open document's items against, and `postmortem/recurring` (the
 * insights' repeated fixes and systems). Pure server code: no file access
 * here, so the browser build keeps it too.
 */
import { recurringIn, type Recurring } from '../core/insights/recurring.js';
import type { HeadingsOf, SystemsOptions } from '../core/insights/systems.js';
import type { LintRelated } from '../core/lint/lint.js';
import { FIELDS, type Field, type RelatedDocument } from '../core/related/document.js';
import type { RelatedReading } from '../core/related/reading.js';
import { RelatedIndex, type RelatedIncident, type RelatedOptions } from '../core/related/index.js';

const NO_FIELDS = Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<Field, string>;

/**
 * What of a document the repeated-fix rule reads, its items' places by line and
 * column (an offset moves with any edit above): a change elsewhere, such as a
 * typo fixed in the summary, re-checks nothing.
 */
const promiseKey = (doc: RelatedDocument | undefined): string =>
  doc?.items.length
    ? JSON.stringify([doc.title, doc.date, doc.items.map((i) => [i.terms, i.done, i.due, i.span.start.line, i.span.start.column, i.span.end.line, i.span.end.column])])
    : '';

interface Change {
  uri: string;
  stamp: number;
}

/** A postmortem as read for the search, with its headings (for the systems the insights name). */
interface Entry {
  doc: RelatedDocument;
  headings: HeadingsOf;
  hash: number;
  key: string;
}

export class WorkspaceRelated {
  private readonly docs = new Map<string, Entry>();
  /** The search index, brought up to date only when a search asks: typing costs no indexing. */
  private readonly index = new RelatedIndex();
  private readonly stale = new Set<string>();
  private readonly answers = new Map<string, RelatedIncident[] | undefined>();
  /** The documents as the rule reads them (without their text), one array per state: the rule caches by its identity. */
  private snapshot: RelatedDocument[] | undefined;
  private stamp = 0;
  /** The two latest changes by different documents: a document's own change never makes its analysis stale. */
  private latest: Change = { uri: '', stamp: 0 };
  private second: Change = { uri: '', stamp: 0 };

  /** `changed` hears of each change the repeated-fix rule would see, with the document it came from. */
  constructor(private readonly changed: (uri: string) => void = () => undefined) {}

  /** Documents analysed but not read for the search yet, latest last. */
  private readonly pending = new Map<string, RelatedReading>();
  private settling: ReturnType<typeof setTimeout> | undefined;

  /**
   * A document as now read (see core/related/reading.ts); one that is not a
   * postmortem leaves the index. Storing it waits until the analysis it came
   * with is published: every reader settles first.
   */
  put(uri: string, reading: RelatedReading): void {
    this.pending.delete(uri);
    this.pending.set(uri, reading);
    this.settling ??= setTimeout(() => this.settle(), 0);
  }

  /** Reads the documents put since the last reading, in the order they came. */
  private settle(): void {
    if (this.settling !== undefined) clearTimeout(this.settling);
    this.settling = undefined;
    if (this.pending.size === 0) return;
    const puts = [...this.pending];
    this.pending.clear();
    for (const [uri, reading] of puts) this.read(uri, reading);
  }

  private read(uri: string, { hash, doc, headings }: RelatedReading): void {
    if (!doc) return this.remove(uri);
    if (this.docs.get(uri)?.hash === hash) return;
    this.set(uri, { doc, headings, hash, key: promiseKey(doc) });
  }

  remove(uri: string): void {
    this.settle();
    if (this.docs.has(uri)) this.set(uri, undefined);
  }

  /** Removes the document and any under it, when `uri` was a folder. */
  removeUnder(uri: string): void {
    this.settle();
    const prefix = uri.endsWith('/') ? uri : uri + '/';
    for (const key of [...this.docs.keys()]) if (key === uri || key.startsWith(prefix)) this.remove(key);
  }

  has(uri: string): boolean {
    this.settle();
    return this.docs.has(uri);
  }

  get size(): number {
    this.settle();
    return this.docs.size;
  }

  private set(uri: string, entry: Entry | undefined) {
    this.answers.clear();
    const before = this.docs.get(uri)?.key ?? '';
    if (entry) this.docs.set(uri, entry);
    else this.docs.delete(uri);
    this.stale.add(uri);
    if ((entry?.key ?? '') === before) return;
    this.snapshot = undefined;
    const stamp = ++this.stamp;
    if (this.latest.uri === uri) this.latest = { uri, stamp };
    else [this.second, this.latest] = [this.latest, { uri, stamp }];
    this.changed(uri);
  }

  /** Counts the changes to the other documents than `uri` that the rule would see: an analysis made before the last one is out of date. */
  generation(uri: string): number {
    this.settle();
    return this.latest.uri !== uri ? this.latest.stamp : this.second.stamp;
  }

  /** The other postmortems for the rule, or undefined when there are none. */
  context(uri: string): LintRelated | undefined {
    this.settle();
    if (!this.docs.size || (this.docs.size === 1 && this.docs.has(uri))) return undefined;
    this.snapshot ??= [...this.docs.values()].map(({ doc }) => ({ ...doc, fields: NO_FIELDS }));
    return { documents: this.snapshot, uri };
  }

  /**
   * The earlier postmortems most like the indexed document `uri`; undefined when it is not one.
   * Kept until a document changes: the outline and the board ask about the same version.
   */
  related(uri: string, options?: RelatedOptions): RelatedIncident[] | undefined {
    this.settle();
    const asked = JSON.stringify([uri, options ?? {}]);
    if (this.answers.has(asked)) return this.answers.get(asked);
    const answer = this.search(uri, options);
    this.answers.set(asked, answer);
    return answer;
  }

  /** Fixes promised again and the systems named most, among the documents of `uris` the index holds. */
  recurring(uris: readonly string[], today: string, options: SystemsOptions = {}): Recurring {
    this.settle();
    const documents = uris.flatMap((uri) => {
      const entry = this.docs.get(uri);
      return entry ? [{ doc: entry.doc, model: entry.headings }] : [];
    });
    return recurringIn(documents, today, options);
  }

  /**
   * Brings the search index up to date. A search does it too; the workspace's
   * files call it after each batch, so the first search after indexing a large
   * workspace does not pay for all of them.
   */
  flush(): void {
    this.settle();
    for (const key of this.stale) {
      const entry = this.docs.get(key);
      if (entry) this.index.add(entry.doc);
      else this.index.remove(key);
    }
    this.stale.clear();
  }

  private search(uri: string, options?: RelatedOptions): RelatedIncident[] | undefined {
    this.flush();
    const doc = this.index.get(uri);
    return doc ? this.index.related(doc, options) : undefined;
  }
}
