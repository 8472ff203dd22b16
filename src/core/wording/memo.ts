import { analyseSentence } from './analyse.js';
import type { SentenceFinding } from './types.js';
import { KeptByText } from '../bounded-memo.js';

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
