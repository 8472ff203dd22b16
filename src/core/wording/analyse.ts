import { analyseEnglish } from './english.js';
import { analyseKorean } from './korean.js';
import { MAX_SENTENCE } from './sentences.js';
import type { SentenceFinding } from './types.js';

const HANGUL = /[\uAC00-\uD7A3]/;

/** Reads one sentence in its own language: Korean when it has Hangul, else English. */
export function analyseSentence(sentence: string): SentenceFinding[] {
  const text = sentence.length > MAX_SENTENCE ? sentence.slice(0, MAX_SENTENCE) : sentence;
  return HANGUL.test(text) ? analyseKorean(text) : analyseEnglish(text);
}
