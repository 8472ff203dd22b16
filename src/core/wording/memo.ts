import { analyseSentence } from './analyse.js';
import type { SentenceFinding } from './types.js';

/**
 * The readings of a document's sentences, kept between analyses of the same
 * document: a sentence that did not change is not read again. Sentences not
 * read in the last analysis are dropped, so the memo never holds more than
 * one version of the document's sentences.
 */
export class SentenceMemo {
  private current = new Map<string, readonly SentenceFinding[]>();
  private previous = new Map<string, readonly SentenceFinding[]>();

  /** Starts an analysis: what the last one read stays available, the rest goes. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  read(sentence: string): readonly SentenceFinding[] {
    let found = this.current.get(sentence) ?? this.previous.get(sentence);
    if (!found) found = analyseSentence(sentence);
    this.current.set(sentence, found);
    return found;
  }
}
