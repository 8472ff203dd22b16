/** Does the last syllable of a Korean word end in a consonant (받침)? */
function hasFinal(word: string): boolean | undefined {
  const last = word.charCodeAt(word.length - 1);
  if (last < 0xac00 || last > 0xd7a3) return undefined;
  return (last - 0xac00) % 28 !== 0;
}

/** A Korean particle that fits the word before it: 을/를, 이/가, 은/는, 과/와. Unknown endings keep both forms. */
export function josa(word: string, pair: '을를' | '이가' | '은는' | '과와'): string {
  const final = hasFinal(word);
  if (final === undefined) return `${pair[0]}(${pair[1]})`;
  return final ? pair[0]! : pair[1]!;
}

const PARTICLE = /(께서는|께서|끼리만|끼리는|끼리|이는|가는|이가|은|는|이|가|도|의|에게|한테|께|(?<=[\uAC00-\uD7A3]{2})만)$/;

/** A mention without its case particle: "이 대리님이" → "이 대리님". */
export function withoutParticle(text: string): string {
  return /[\uAC00-\uD7A3]$/.test(text) ? text.replace(PARTICLE, '') || text : text;
}
