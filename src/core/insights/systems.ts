/**
 * The systems that keep coming back: terms the set's incidents name in their
 * title, summary and impact far more often than postmortems in general do.
 * Plain frequency lists words every postmortem uses ("minutes", "result");
 * weighing each term against a background of real postmortems from many
 * organisations (generated data, see scripts/background-terms.ts) leaves the
 * set's own systems ("Kubernetes", "mempool", "JupyterHub").
 */
import background from './background.json';
import type { PostmortemModel } from '../model/types.js';

/** What the systems need of a model: its headings, which a set's template repeats. */
export type HeadingsOf = { sections: ReadonlyArray<Pick<PostmortemModel['sections'][number], 'depth' | 'title'>> };
import type { RelatedDocument } from '../related/document.js';
import { tokenize } from '../related/tokenize.js';

export interface SystemTerm {
  /** The word as most often written. */
  word: string;
  /** How many incidents name it. */
  incidents: number;
  /** Those incidents' paths, oldest first as given. */
  paths: string[];
}

export interface SystemsOptions {
  limit?: number;
  background?: Background;
  /**
   * Whether a word can name a system (a noun): the CLI passes `nameLike`
   * (name-like.ts, with an NLP library), which the editor's bundle leaves out.
   */
  isName?: (word: string) => boolean;
}

export interface Background {
  documents: number;
  /** Document frequency of each term (terms seen in fewer than two documents are left out). */
  df: Record<string, number>;
}

/** Fields that say what was affected: what the incident was, not how it was analysed. */
const FIELDS = ['title', 'summary', 'systems'] as const;
/** Labels written in bold ("**Category**:") or opening a line ("- Time to detection: 19 hours") are a template's, not the incident's. */
const LABEL = /\*\*[^*\n]{1,60}\*\*\s*:?|^[ \t]*(?:[-*+][ \t]+)?[^:\n]{1,40}:/gm;
/** Durations and clock readings ("1h50m", "15m") are figures, not systems. */
const FIGURE = /^\d+[a-z]+\d*[a-z]*$/;

/** Each document's distinct terms, with the words they were written as. */
export function documentTerms(doc: RelatedDocument, model: HeadingsOf, surfaces: Map<string, Map<string, number>>): Set<string> {
  // A template's headings ("Detection", "Recovery") recur in every document of a set without saying anything about it.
  const headings = new Set(model.sections.filter((s) => s.depth > 1).flatMap((s) => tokenize(s.title).map((t) => t.term)));
  const out = new Set<string>();
  for (const field of FIELDS) {
    for (const t of tokenize(doc.fields[field].replace(LABEL, ' '))) {
      if (headings.has(t.term) || FIGURE.test(t.term)) continue;
      out.add(t.term);
      const seen = surfaces.get(t.term) ?? new Map<string, number>();
      seen.set(t.surface, (seen.get(t.surface) ?? 0) + 1);
      surfaces.set(t.term, seen);
    }
  }
  return out;
}

function wilsonLow(k: number, n: number): number {
  const p = k / n;
  return (p + 1 / (2 * n) - Math.sqrt(p * (1 - p) / n + 1 / (4 * n * n))) / (1 + 1 / n);
}

/**
 * The most named systems: terms in at least two incidents, at least three times as
 * common in the set as in the background, in at most four in five of the
 * set's documents (more is the set's own template), written as a noun,
 * ranked by incidents times how much more common they are (log-ratio keyness).
 */
export function affectedSystems(documents: ReadonlyArray<{ doc: RelatedDocument; model: HeadingsOf }>, options: SystemsOptions = {}): SystemTerm[] {
  const { limit = 10, background: base = background as Background, isName = () => true } = options;
  const surfaces = new Map<string, Map<string, number>>();
  const paths = new Map<string, string[]>();
  for (const { doc, model } of documents) {
    for (const term of documentTerms(doc, model, surfaces)) {
      const list = paths.get(term) ?? [];
      list.push(doc.uri);
      paths.set(term, list);
    }
  }
  const n = documents.length;
  const scored: Array<{ term: string; count: number; score: number }> = [];
  for (const [term, list] of paths) {
    const count = list.length;
    if (count < 2 || count / n > 0.8) continue;
    // The lower end of the share's likely range (Wilson, one standard error): in a handful of incidents, three mentions of "errors" prove little.
    const ratio = wilsonLow(count, n) / (((base.df[term] ?? 0) + 0.5) / (base.documents + 1));
    if (ratio < 3) continue;
    scored.push({ term, count, score: count * Math.log(ratio) });
  }
  scored.sort((a, b) => b.score - a.score || b.count - a.count || a.term.localeCompare(b.term));
  const out: SystemTerm[] = [];
  for (const { term, count } of scored) {
    if (out.length >= limit) break;
    const word = [...surfaces.get(term)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    // A Korean word's bigrams each lead back to the word: list it once.
    if (isName(word) && !out.some((o) => o.word === word)) out.push({ word, incidents: count, paths: paths.get(term)! });
  }
  // Chosen by keyness, shown by how many incidents name them.
  return out.sort((a, b) => b.incidents - a.incidents);
}
