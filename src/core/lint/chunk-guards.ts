/**
 * The two guards that keep pathological Markdown from the parser (nesting.ts,
 * delimiters.ts), run chunk by chunk (chunks.ts) and kept per chunk text for
 * the next version of the document: an edit re-scans only the chunk it
 * touches. A chunk starts at a heading in the first column after a blank
 * line, where every block quote, list item and paragraph has closed, so each
 * chunk's answer is the one the whole document gives for its lines.
 */
import { KeptByText } from '../bounded-memo.js';
import type { Chunk } from './chunks.js';
import { crowdedParagraphLine } from './delimiters.js';
import { deeplyNestedLine } from './nesting.js';

/** The first line too deeply nested and the first paragraph too crowded with markers, 1-based, or 0. */
export interface GuardLines {
  deep: number;
  crowded: number;
}

/** The guard lines of a document (or a chunk) scanned whole. */
export const documentGuards = (text: string): GuardLines => ({ deep: deeplyNestedLine(text), crowded: crowdedParagraphLine(text) });

export class ChunkGuards {
  private readonly kept = new KeptByText<GuardLines>();
  /** Chunks scanned by the last check (the rest were known), for tests. */
  lastScanned = 0;

  /** The document's guard lines from its chunks; what the last version's chunks found is kept. */
  check(chunks: readonly Chunk[]): GuardLines {
    this.kept.begin();
    const found: GuardLines = { deep: 0, crowded: 0 };
    this.lastScanned = 0;
    for (const chunk of chunks) {
      const lines = this.kept.get(chunk.text, (text) => (this.lastScanned++, documentGuards(text)));
      if (!found.deep && lines.deep) found.deep = chunk.line + lines.deep - 1;
      if (!found.crowded && lines.crowded) found.crowded = chunk.line + lines.crowded - 1;
    }
    return found;
  }
}
