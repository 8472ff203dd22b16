import type { Nodes, PhrasingContent, Root } from 'mdast';
import { BREAK, OPAQUE } from './placeholders.js';
import { maskQuotes } from './quotes.js';

export type BlockKind = 'heading' | 'paragraph' | 'tableCell';

/** Block text [at, at + length) comes from document offsets [source, source + length). */
export interface Piece {
  at: number;
  source: number;
  length: number;
}

/** The prose of one block with everything that is not prose masked out. */
export interface TextBlock {
  kind: BlockKind;
  text: string;
  pieces: Piece[];
}

/**
 * Collects the prose blocks of a document: headings, paragraphs (also inside
 * lists and footnotes) and table cells. Skipped entirely: front matter, code,
 * HTML, blockquotes (usually quoted material) and link definitions. Inside a
 * block, inline code, HTML, images and bare URLs become one OPAQUE character,
 * and quoted passages are masked with OPAQUE so quoting a phrase never counts
 * as using it.
 */
export function extractBlocks(tree: Root, source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const child of tree.children) for (const block of childBlocks(child, source)) blocks.push(block);
  return blocks;
}

/** Per top-level node: its blocks, and the offset the node started at when they were built. */
const byChild = new WeakMap<Nodes, { at: number; blocks: TextBlock[] }>();

/**
 * The blocks under one top-level node, kept per node: an edit re-parses only
 * the chunk it touches and moves the nodes after it (with their text), so a
 * kept node's blocks only need their pieces moved by as much, and its tree is
 * not walked again.
 */
function childBlocks(child: Nodes, source: string): readonly TextBlock[] {
  const at = child.position?.start.offset ?? 0;
  const kept = byChild.get(child);
  if (kept && kept.at === at) return kept.blocks;
  const blocks = kept ? kept.blocks.map((b) => moved(b, at - kept.at)) : walk(child, source);
  byChild.set(child, { at, blocks });
  return blocks;
}

function moved(block: TextBlock, by: number): TextBlock {
  return { ...block, pieces: block.pieces.map((p) => ({ ...p, source: p.source + by })) };
}

function walk(top: Nodes, source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        blocks.push(buildBlock(node.type, node.children, source));
        return;
      case 'root':
      case 'list':
      case 'listItem':
      case 'table':
      case 'tableRow':
      case 'footnoteDefinition':
        for (const child of node.children) visit(child);
        return;
      default:
        return;
    }
  };
  visit(top);
  return blocks.filter((b) => b.text.trim() !== '');
}

/** Elements without a closing tag. */
const VOID = new Set(['br', 'hr', 'img', 'input', 'wbr', 'meta', 'link', 'source', 'area', 'col', 'embed', 'param', 'track']);

function buildBlock(kind: BlockKind, children: PhrasingContent[], source: string): TextBlock {
  let text = '';
  const pieces: Piece[] = [];
  // Open inline HTML elements: text inside <span>...</span> is HTML content, not prose.
  const open: string[] = [];
  const push = (chunk: string, from: number): void => {
    if (chunk === '') return;
    pieces.push({ at: text.length, source: from, length: chunk.length });
    text += chunk;
  };
  const inline = (node: PhrasingContent): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case 'text':
        // The source slice, not node.value, keeps offsets exact (continuation
        // indentation and escapes stay in place and are harmless to matching).
        if (open.length > 0) push(OPAQUE, start ?? 0);
        else if (start !== undefined && end !== undefined) push(source.slice(start, end), start);
        return;
      case 'html':
        trackTag(node.value, open);
        push(OPAQUE, start ?? 0);
        return;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        for (const child of node.children) inline(child);
        return;
      case 'link':
        if (isBareUrl(node)) push(OPAQUE, start ?? 0);
        else for (const child of node.children) inline(child);
        return;
      case 'break':
        push(BREAK, start ?? 0);
        return;
      default:
        push(OPAQUE, start ?? 0);
    }
  };
  for (const child of children) inline(child);
  return { kind, text: maskQuotes(text), pieces };
}

function trackTag(html: string, open: string[]): void {
  const tag = /^<(\/?)([A-Za-z][\w-]*)[^>]*?(\/?)>$/.exec(html.trim());
  if (!tag) return;
  const name = tag[2]!.toLowerCase();
  if (tag[1]) {
    const at = open.lastIndexOf(name);
    if (at >= 0) open.length = at;
  } else if (!tag[3] && !VOID.has(name)) open.push(name);
}

function isBareUrl(link: { url: string; children: PhrasingContent[] }): boolean {
  if (link.children.length !== 1) return false;
  const only = link.children[0]!;
  if (only.type !== 'text') return false;
  const shown = only.value;
  return shown === link.url || 'mailto:' + shown === link.url || 'http://' + shown === link.url;
}

/** Maps an index in block text to a document offset. */
export function docOffset(block: TextBlock, index: number): number {
  const { pieces } = block;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.at <= index) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo]!;
  return piece.source + Math.min(index - piece.at, piece.length);
}
