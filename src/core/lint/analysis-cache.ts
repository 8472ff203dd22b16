import type { Root } from 'mdast';
import { SentenceMemo } from '../wording/memo.js';
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

  parse(text: string): Root {
    return this.trees.parse(text);
  }

  /** How many chunks the last parse read (the rest were reused) out of how many. */
  get lastParse(): { parsed: number; chunks: number } {
    return { parsed: this.trees.lastParsed, chunks: this.trees.lastChunks };
  }
}
