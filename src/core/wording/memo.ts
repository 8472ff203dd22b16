import { analyseSentence } from './analyse.js';
import type { SentenceFinding } from './types.js';

/**
 * Values computed from a text, kept for one more analysis of the same
 * document: what the last analysis used stays available, the rest goes, so
 * the memo never holds more than one version of the document.
 */
class KeptByText<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get(text: string, compute: (text: string) => T): T {
    let value = this.current.get(text) ?? this.previous.get(text);
    if (value === undefined) value = compute(text);
    this.current.set(text, value);
    return value;
  }
}

/** One finding in a block, placed in the block's text, with the end of the sentence it was read in. */
export interface BlockFinding {
  sentenceEnd: number;
  finding: SentenceFinding;
}

/**
 * The readings of a document's blocks and sentences, kept between analyses
 * of the same document: a block whose text did not change is not split
 * again, and a sentence that did not change is not read again.
 */
export class SentenceMemo {
  private readonly sentences = new KeptByText<readonly SentenceFinding[]>();
  private readonly blocks = new KeptByText<readonly BlockFinding[]>();

  /** Starts an analysis. */
  begin(): void {
    this.sentences.begin();
    this.blocks.begin();
  }

  read(sentence: string): readonly SentenceFinding[] {
    return this.sentences.get(sentence, analyseSentence);
  }

  /** The findings of a block's text, read by `readBlock` unless the last analysis met the same text. */
  block(text: string, readBlock: (text: string) => readonly BlockFinding[]): readonly BlockFinding[] {
    return this.blocks.get(text, readBlock);
  }
}
