import nlp from 'compromise';

/** A system is named by a noun: verbs, adjectives, adverbs and amounts that recur say how, not what. */
const NOT_A_NAME = ['Verb', 'Adjective', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Value', 'Date', 'Duration', 'Negative', 'QuestionWord'];

export function nameLike(word: string): boolean {
  if (/[\uAC00-\uD7A3]/.test(word)) return true;
  const tags: string[] = nlp(word).json()[0]?.terms?.[0]?.tags ?? [];
  return !tags.some((t) => NOT_A_NAME.includes(t));
}
