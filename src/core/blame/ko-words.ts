/** Korean word shapes: a person word is a noun, title or name with a particle attached. */

const HANGUL = /^[\uAC00-\uD7A3]+$/;
const STARTS_KO_OR_HANDLE = /^[\uAC00-\uD7A3@]/;

export function isHangulWord(word: string): boolean {
  return HANGUL.test(word);
}

/** Final consonant ㅆ marks the past tense: 했, 봤, 잡았, 있었. */
function hasFinalSsang(syllable: string): boolean {
  const code = syllable.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 === 20;
}

/** "-았/었어야" (should have): 했어야, 확인했어야, 잡았어야지; not 있어야 (must have, present). */
export function isPastMust(word: string): boolean {
  let at = word.indexOf('어야', 1);
  while (at > 0) {
    const before = word[at - 1]!;
    if (before !== '있' && hasFinalSsang(before)) return true;
    at = word.indexOf('어야', at + 1);
  }
  return false;
}

/** The word itself plus every reading with one particle removed ("대리님이" gives "대리님"). */
export function withoutParticle(word: string, particles: ReadonlySet<string>): string[] {
  const out = [word];
  for (const p of particles) {
    if (word.length > p.length && word.endsWith(p)) out.push(word.slice(0, -p.length));
  }
  return out;
}

export interface KoPersonWords {
  titles: ReadonlySet<string>;
  titlesNeedingName: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
}

/**
 * Does this word name a person: a title or role ("대리님이", "담당자의",
 * "개발자가"), a name with an honorific ("민지님이", "민지 씨가" via the
 * standalone "씨가"), an @handle ("@minji가"), or a pronoun with a particle
 * ("그가")? Ambiguous titles (책임, 선임) need a name before them or 님.
 */
export function isKoPersonWord(word: string, previous: string | undefined, words: KoPersonWords): boolean {
  if (!STARTS_KO_OR_HANDLE.test(word)) return false;
  for (const stem of withoutParticle(word, words.particles)) {
    if (words.titles.has(stem)) return true;
    if (stem.startsWith('@') && stem.length > 1) return true;
    if (stem !== word && words.pronouns.has(stem)) return true;
    if (words.titlesNeedingName.has(stem) && previous !== undefined && isKoNameShape(previous, false, words)) return true;
    const last = stem[stem.length - 1];
    if (last === '님' || last === '씨') {
      const base = stem.slice(0, -1);
      if (base === '') return true;
      if (words.titles.has(base) || words.titlesNeedingName.has(base)) return true;
      if (base.startsWith('@')) return true;
      const min = last === '씨' ? 2 : 1;
      if (isHangulWord(base) && base.length >= min && base.length <= 5) return true;
    }
  }
  return false;
}

/**
 * A bare name before a title: a surname alone ("김"), a full name starting with
 * a surname ("김민지"), or (before a standalone 님/씨) any short name.
 */
export function isKoNameShape(word: string, beforeHonorific: boolean, words: KoPersonWords): boolean {
  if (word.startsWith('@')) return word.length > 1;
  if (!isHangulWord(word) || word.length > 4) return false;
  if (beforeHonorific) return true;
  if (word.length === 1) return words.surnames.has(word);
  if (word.length === 3) return words.surnames.has(word[0]!);
  if (word.length === 4) return words.surnames.has(word.slice(0, 2));
  return false;
}

const SYLLABLE_BASE = 0xac00;
const FINAL_N = 4;
const FINAL_SS = 20;

function syllable(initial: number, medial: number, final: number): string {
  return String.fromCharCode(SYLLABLE_BASE + (initial * 21 + medial) * 28 + final);
}

function jamo(ch: string): [number, number, number] | undefined {
  const code = ch.charCodeAt(0) - SYLLABLE_BASE;
  if (code < 0 || code >= 11172) return undefined;
  return [Math.floor(code / 588), Math.floor((code % 588) / 28), code % 28];
}

/** Medial vowels of the infinitive (-아/어) of a stem ending in a vowel: 치→쳐, 루→뤄, 보→봐, 되→돼, 하→해. */
const INFINITIVE_VOWEL: Record<number, number> = { 20: 6, 13: 14, 8: 9, 11: 10, 0: 0, 4: 4, 1: 1, 5: 5, 6: 6 };
const BRIGHT = new Set([0, 8]);

/**
 * The beginnings of every form of a Korean verb, from its dictionary form
 * ("놓치다" → 놓치, 놓쳐, 놓쳤, 놓친; "저지르다" → 저지르, 저질러, 저질렀, 저지른;
 * "덮어쓰다" → 덮어쓰, 덮어써, 덮어썼, 덮어쓴): the stem, which every ending
 * that keeps it starts with (-고, -지, -는, -기), the infinitive and the past
 * that contract with it, and the adnominal in ㄴ. A stem ending in a
 * consonant keeps it in every form, so the stem alone is returned.
 */
export function verbForms(dictionary: string): string[] {
  const stem = dictionary.endsWith('다') ? dictionary.slice(0, -1) : dictionary;
  const lastChar = stem[stem.length - 1];
  const last = lastChar === undefined ? undefined : jamo(lastChar);
  if (!last) return [stem];
  const [initial, medial, final] = last;
  if (final !== 0) return [stem];
  const head = stem.slice(0, -1);
  const forms = [stem, head + syllable(initial, medial, FINAL_N)];
  let infinitive: string | undefined;
  if (initial === 18 && medial === 0) infinitive = head + syllable(18, 1, 0);
  else if (medial === 18) {
    const prev = head.length > 0 ? jamo(head[head.length - 1]!) : undefined;
    const bright = prev !== undefined && BRIGHT.has(prev[1]);
    if (initial === 5 && prev && prev[2] === 0) {
      // 르 irregular: 저지르 → 저질러, 모르 → 몰라.
      infinitive = head.slice(0, -1) + syllable(prev[0], prev[1], 8) + syllable(5, bright ? 0 : 4, 0);
    } else infinitive = head + syllable(initial, bright ? 0 : 4, 0);
  } else if (INFINITIVE_VOWEL[medial] !== undefined) infinitive = head + syllable(initial, INFINITIVE_VOWEL[medial]!, 0);
  if (infinitive !== undefined) {
    const end = jamo(infinitive[infinitive.length - 1]!)!;
    forms.push(infinitive, infinitive.slice(0, -1) + syllable(end[0], end[1], FINAL_SS));
  }
  return [...new Set(forms)];
}
