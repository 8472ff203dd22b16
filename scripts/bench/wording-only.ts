import type { Root } from 'mdast';
import { parseMarkdown } from '../../src/core/parse.js';
import { LineIndex } from '../../src/core/text.js';
import { findWordingFindings } from '../../src/core/wording/find.js';

const trees = new Map<string, Root>();

/**
 * The wording analysis alone (blame and hindsight, as both rules run it), on
 * a tree parsed once outside the timing. A fresh root object each call keeps
 * the per-tree caches from answering for it.
 */
export function wordingOnly(text: string): number {
  let tree = trees.get(text);
  if (!tree) {
    tree = parseMarkdown(text);
    trees.set(text, tree);
  }
  const fresh: Root = { ...tree };
  const lines = new LineIndex(text);
  return findWordingFindings({ tree: fresh, text, lines }, 'blame').length + findWordingFindings({ tree: fresh, text, lines }, 'counterfactual').length;
}
