/**
 * The two guards that keep pathological Markdown from the parser (nesting.ts,
 * delimiters.ts), run chunk by chunk (chunks.ts) and kept per chunk text for
 * the next version of the document: an edit re-scans only the chunk it
 * touches. A chunk starts at a heading in the first column after a blank
 * line, where every block quote, list item and paragraph has closed, so each
 * chunk's answer is the one the whole document gives for its lines.
 */
import type { Chunk } from './chunks.js';
import { crowdedParagraphLine } from './delimiters.js';
import { deeplyNestedLine } from './nesting.js';

/** The first line too deeply nested and the first paragraph too crowded with markers, 1-based, or 0. */
export interface GuardLines {
  deep: number;
  crowded: number;
}

const guardLines = (text: string): GuardLines => ({ deep: deeplyNestedLine(text), crowded: crowdedParagraphLine(text) });

export class ChunkGuards {
  private current = new Map<string, GuardLines>();
  /** Chunks scanned by the last check (the rest were known), for tests. */
  lastScanned = 0;

  /** The document's guard lines from its chunks; what the last version's chunks found is kept. */
  check(chunks: readonly Chunk[]): GuardLines {
    const previous = this.current;
    this.current = new Map();
    const found: GuardLines = { deep: 0, crowded: 0 };
    this.lastScanned = 0;
    for (const chunk of chunks) {
      let lines = this.current.get(chunk.text) ?? previous.get(chunk.text);
      if (!lines) {
        lines = guardLines(chunk.text);
        this.lastScanned++;
      }
      this.current.set(chunk.text, lines);
      if (!found.deep && lines.deep) found.deep = chunk.line + lines.deep - 1;
      if (!found.crowded && lines.crowded) found.crowded = chunk.line + lines.crowded - 1;
    }
    return found;
  }
}

/** The guard lines of a document without a cache. */
export const documentGuards = guardLines;
