import { relatedDocument, type RelatedDocument } from '../related/document.js';
import { promisedBefore } from '../related/promised.js';
import type { PostmortemModel } from '../model/types.js';
import { affectedSystems, type HeadingsOf, type SystemsOptions, type SystemTerm } from './systems.js';

export interface RepeatedFix {
  path: string;
  item: string;
  line: number;
  /** The earlier postmortem that promised the same fix, and the state of its item there. */
  earlier: { path: string; title: string; date: string | null; item: string; state: 'open' | 'overdue' };
}

export interface Recurring {
  /** Fixes promised again while the earlier promise is still open: the follow-through that did not happen. */
  repeatedFixes: RepeatedFix[];
  /** The systems the incidents name far more often than postmortems in general do, most named first. */
  systems: SystemTerm[];
}

/**
 * What comes back across incidents: action items that repeat an earlier
 * postmortem's item that is still open (the strong matches of
 * action-item-repeated only; a noisy hint is worse than none), and the
 * systems named again and again.
 */
export function recurring(sources: ReadonlyArray<{ path: string; text: string; model: PostmortemModel }>, today: string, options: SystemsOptions = {}): Recurring {
  return recurringIn(sources.map((s) => ({ doc: relatedDocument({ uri: s.path, text: s.text, model: s.model }), model: s.model })), today, options);
}

/** The same, over documents already read for the related search (a language server keeps one per workspace postmortem); paths are their uris. */
export function recurringIn(documents: ReadonlyArray<{ doc: RelatedDocument; model: HeadingsOf }>, today: string, options: SystemsOptions = {}): Recurring {
  const context = { documents: documents.map((d) => d.doc) };
  const repeatedFixes: RepeatedFix[] = [];
  for (const { doc: d } of documents) {
    for (const item of d.items) {
      const match = promisedBefore(item, context, { uri: d.uri, date: d.date, today });
      if (!match || match.state === 'done') continue;
      repeatedFixes.push({ path: d.uri, item: item.text, line: item.line, earlier: { path: match.uri, title: match.title, date: match.date, item: match.item.text, state: match.state } });
    }
  }
  return { repeatedFixes, systems: affectedSystems(documents, options) };
}
