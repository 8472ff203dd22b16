import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { parseMarkdown } from '../parse.js';
import { splitChunks, type Chunk } from './chunks.js';

interface Entry {
  children: RootContent[];
  /** Where the children's positions currently place the chunk. */
  line: number;
  offset: number;
}

/** The parsed copies of one chunk text; `used` of them serve the current parse. */
interface Copies {
  entries: Entry[];
  used: number;
  round: number;
}

/** Moves every position under `nodes` by whole lines and by offset (chunks start at a line start: columns stay). */
function shift(nodes: readonly Node[], lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return;
  const stack: Node[] = [...nodes];
  while (stack.length) {
    const node = stack.pop()!;
    const p = node.position;
    if (p) {
      p.start.line += lines;
      p.end.line += lines;
      if (p.start.offset !== undefined) p.start.offset += offset;
      if (p.end.offset !== undefined) p.end.offset += offset;
    }
    const children = (node as { children?: Node[] }).children;
    if (children) for (const c of children) stack.push(c);
  }
}

/** The point just past the text, as the parser gives it to the root. */
function endPoint(text: string): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: text.length - lineStart + 1, offset: text.length };
}

/**
 * Parses a document chunk by chunk (see chunks.ts), reusing the trees of
 * chunks whose text did not change since the last parse: an edit re-parses
 * only the chunk it touches, and moves the positions of the chunks after it.
 * One cache per document; the trees it returns share nodes with the cache,
 * so a caller must not change them (the model and the rules only read).
 */
export class ParseCache {
  /** Per chunk text, one entry per copy of that text in the document (an empty section may repeat). */
  private entries = new Map<string, Copies>();
  private round = 0;
  /** Chunks parsed by the last call (the rest were reused), for tests and the benchmark. */
  lastParsed = 0;
  lastChunks = 0;
  private split: { text: string; chunks: Chunk[] } | undefined;

  /** The chunks of `text`, split once for the guards and the parse of one version. */
  chunks(text: string): Chunk[] {
    if (this.split?.text !== text) this.split = { text, chunks: splitChunks(text) };
    return this.split.chunks;
  }

  parse(text: string): Root {
    const chunks = this.chunks(text);
    this.round++;
    this.lastChunks = chunks.length;
    if (chunks.length === 1) {
      this.entries.clear();
      this.lastParsed = 1;
      return parseMarkdown(text);
    }
    const children: RootContent[] = [];
    let parsed = 0;
    for (const chunk of chunks) {
      let copies = this.entries.get(chunk.text);
      if (!copies) this.entries.set(chunk.text, (copies = { entries: [], used: 0, round: this.round }));
      if (copies.round !== this.round) Object.assign(copies, { used: 0, round: this.round });
      const entry = copies.entries[copies.used++];
      if (entry) {
        shift(entry.children, chunk.line - entry.line, chunk.offset - entry.offset);
        Object.assign(entry, { line: chunk.line, offset: chunk.offset });
        children.push(...entry.children);
        continue;
      }
      parsed++;
      const tree = parseMarkdown(chunk.text);
      shift(tree.children, chunk.line - 1, chunk.offset);
      copies.entries.push({ children: tree.children, line: chunk.line, offset: chunk.offset });
      children.push(...tree.children);
    }
    // Drop what this parse did not use: the cache holds one version of the document.
    for (const [key, copies] of this.entries) {
      if (copies.round !== this.round) this.entries.delete(key);
      else copies.entries.length = copies.used;
    }
    this.lastParsed = parsed;
    // The end of the last chunk is the end of the document: only it is scanned.
    const last = chunks[chunks.length - 1]!;
    const end = endPoint(last.text);
    const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: last.line + end.line - 1, column: end.column, offset: text.length } };
    return { type: 'root', children, position };
  }
}
