import type { Nodes, Parent, Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import type { Processor } from 'unified';

type Transform = (tree: Root) => Root | null | undefined | void;

/** remark-gfm's tree transform that turns literal URLs and e-mail addresses in text into links. */
const LITERALS = gfmAutolinkLiteralFromMarkdown().transforms?.[0] as Transform | undefined;

/**
 * Every pattern of that transform needs one of these in a text node: "://"
 * (http, https), "www." in any case, or "@" right after a word character,
 * "+", "." or "-" (e-mail, mailto:, xmpp:). A node without them is left as is.
 */
const MAY_LINK = /[\w+.-]@|:\/\/|www\./i;

/** Blocks that hold phrasing content: links, which the transform skips, never reach above them. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The same transform, run only over the blocks with a text node that may hold
 * a literal link. It changes nothing in the other blocks, and within a block it
 * sees the same nodes and ancestors that matter (links), so the tree comes out
 * exactly the same, without four passes over every text node of the document.
 */
function literalsWhereTheyMayBe(tree: Root): undefined {
  const blocks: Parent[] = [];
  let elsewhere = false;
  const walk = (node: Nodes, block: Parent | null): void => {
    if (node.type === 'text') {
      if (!MAY_LINK.test(node.value)) return;
      if (!block) elsewhere = true;
      else if (blocks[blocks.length - 1] !== block) blocks.push(block);
      return;
    }
    if (!('children' in node)) return;
    const inside = block ?? (BLOCKS.has(node.type) ? node : null);
    for (const child of node.children) walk(child, inside);
  };
  walk(tree, null);
  // Text outside those blocks is not expected; should it occur, the whole tree is transformed.
  if (elsewhere) LITERALS!(tree);
  else if (blocks.length > 0) LITERALS!({ type: 'root', children: blocks as Root['children'] });
  return undefined;
}

/** A unified plugin, used after remark-gfm: swaps its literal-link transform for the narrower one. */
export function remarkLiteralsWhereTheyMayBe(this: Processor): void {
  if (!LITERALS) return;
  const swap = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const ext of list) {
      if (Array.isArray(ext)) swap(ext);
      else if (ext && Array.isArray(ext.transforms)) ext.transforms = ext.transforms.map((t: unknown) => (t === LITERALS ? literalsWhereTheyMayBe : t));
    }
  };
  swap(this.data().fromMarkdownExtensions);
}
