import type { Root } from 'mdast';
import { SentenceMemo } from '../wording/memo.js';
import { ChunkGuards, type GuardLines } from './chunk-guards.js';
import { ParseCache } from './parse-cache.js';

/**
 * What one document's analyses keep between versions, keyed by the text of
 * each part, so a result never depends on the order of edits: the parse of
 * each chunk and the reading of each sentence. Give each open document its
 * own cache.
 */
export class AnalysisCache {
  private readonly trees = new ParseCache();
  readonly sentences = new SentenceMemo();
  private readonly guardLines = new ChunkGuards();

  /** The lines the nesting and delimiter guards stop at (0: none), re-scanning only chunks that changed. */
  guards(text: string): GuardLines {
    return this.guardLines.check(this.trees.chunks(text));
  }

  parse(text: string): Root {
    return this.trees.parse(text);
  }

  /** How many chunks the last parse read (the rest were reused) out of how many, and how many the last guards scanned. */
  get lastParse(): { parsed: number; chunks: number; scanned: number } {
    return { parsed: this.trees.lastParsed, chunks: this.trees.lastChunks, scanned: this.guardLines.lastScanned };
  }
}
