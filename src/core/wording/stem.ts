/**
 * A crude English stem that maps a verb's forms onto one key ("executed",
 * "executing", "executes", "execute" → "execut"; "stopped" → "stop"), so
 * the vocabulary lists each verb once and every inflection of it matches.
 */
export function stem(word: string): string {
  let s = word;
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ied')) s = s.slice(0, -3) + 'i';
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 4 && s.endsWith('ies')) s = s.slice(0, -3) + 'i';
  else if (s.length > 4 && /(sh|ch|ss|x|z|o)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us')) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  if (s.length > 3 && s[s.length - 1] === s[s.length - 2] && !/[lsfz]/.test(s[s.length - 1]!)) s = s.slice(0, -1);
  if (s.length > 2 && s.endsWith('y')) s = s.slice(0, -1) + 'i';
  return s;
}

/** A set of words compared by stem. */
export class StemSet {
  private readonly stems: Set<string>;
  constructor(words: readonly string[]) {
    this.stems = new Set(words.filter((w) => !w.includes(' ')).map(stem));
  }
  has(word: string): boolean {
    return this.stems.has(stem(word));
  }
}
