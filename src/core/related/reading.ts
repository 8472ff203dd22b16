/**
 * A document as the workspace's related index keeps it, read where the
 * document was analysed (a server's worker) so that what receives it only
 * stores it: the search fields, the headings the insights leave out, and a
 * hash that says whether the text changed at all.
 */
import { textHash } from '../board/hash.js';
import type { HeadingsOf } from '../insights/systems.js';
import type { PostmortemModel } from '../model/types.js';
import { relatedDocument, type RelatedDocument } from './document.js';

export interface RelatedReading {
  hash: number;
  /** Null when the document is not a postmortem: it leaves the index. */
  doc: RelatedDocument | null;
  headings: HeadingsOf;
}

export function relatedReading(uri: string, text: string, model: PostmortemModel): RelatedReading {
  const hash = textHash(text);
  if (!model.isPostmortem) return { hash, doc: null, headings: { sections: [] } };
  return { hash, doc: relatedDocument({ uri, text, model }), headings: { sections: model.sections.map(({ depth, title }) => ({ depth, title })) } };
}
