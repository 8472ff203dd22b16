import type { Root } from 'mdast';
import { extractBlocks, type TextBlock } from './extract-blocks.js';
import { normalize, tokenize, type Token } from './tokenize.js';

/** The prose blocks of one parsed document, each tokenized and normalised at most once. */
export interface DocumentBlocks {
  blocks: readonly TextBlock[];
  tokens(index: number): readonly Token[];
  /** The block text lower-cased as token norms are (see normalize()). */
  normalized(index: number): string;
}

const cache = new WeakMap<Root, { text: string; doc: DocumentBlocks }>();

/**
 * The blocks of a tree, shared by every wording check run on the same tree
 * and text (blame-language and counterfactual-language in one lint run), so
 * the document is extracted and tokenized once, not once per rule.
 */
export function documentBlocks(tree: Root, text: string): DocumentBlocks {
  const hit = cache.get(tree);
  if (hit && hit.text === text) return hit.doc;
  const blocks = extractBlocks(tree, text);
  const tokens: Array<Token[] | undefined> = [];
  const lower: Array<string | undefined> = [];
  const doc: DocumentBlocks = {
    blocks,
    tokens: (i) => (tokens[i] ??= tokenize(blocks[i]!.text)),
    normalized: (i) => (lower[i] ??= normalize(blocks[i]!.text)),
  };
  cache.set(tree, { text, doc });
  return doc;
}
