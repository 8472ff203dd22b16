import { isHangulWord, isKoNameShape, isKoPersonWord, isPastMust, type KoPersonWords } from './ko-words.js';
import type { Token } from './tokenize.js';
import type { Trigger, TriggerSource } from './triggers.js';

/** Tests the word at tokens[i]; may look at its neighbours. */
export type TokenTest = (tokens: readonly Token[], i: number) => boolean;

/** Word lists the built-in classes need from the data files. */
export const REQUIRED_LISTS = [
  'not-names',
  'adverb-words',
  'irregular-participles',
  'clause-words',
  'ko-titles',
  'ko-titles-needing-name',
  'ko-pronouns',
  'ko-particles',
  'ko-surnames',
  'ko-we',
  'ko-clause-endings',
] as const;

const TITLE_CASE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;
const MENTION = /^@[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** Named word classes: `@name` in a pattern. Built-ins are code; the rest are word lists from the data files. */
export class ClassRegistry implements TriggerSource {
  private readonly lists: ReadonlyMap<string, readonly string[]>;
  private readonly tests = new Map<string, TokenTest>();
  /** Triggers of the built-in classes (see triggers.ts); null where a class accepts too much to index. */
  private readonly builtinTriggers = new Map<string, () => Trigger[] | null>();
  private readonly triggerCache = new Map<string, readonly Trigger[] | null>();
  private readonly sets = new Map<string, ReadonlySet<string>>();
  private readonly building = new Set<string>();

  constructor(lists: Record<string, readonly string[]>) {
    this.lists = new Map(Object.entries(lists));
    this.addBuiltins();
  }

  /** The test for `@name`; throws for an unknown class or a cycle between lists. */
  test(name: string): TokenTest {
    const done = this.tests.get(name);
    if (done) return done;
    const members = this.lists.get(name);
    if (!members) throw new Error(`unknown word class @${name}`);
    if (this.building.has(name)) throw new Error(`word class @${name} refers to itself`);
    this.building.add(name);
    const words = new Set<string>();
    const others: TokenTest[] = [];
    for (const m of members) {
      if (m.startsWith('@')) others.push(this.test(m.slice(1)));
      else words.add(m);
    }
    this.building.delete(name);
    const test: TokenTest = (tokens, i) => words.has(tokens[i]!.norm) || others.some((t) => t(tokens, i));
    this.tests.set(name, test);
    return test;
  }

  /**
   * Word conditions that every word of the class meets (a list's own words, and
   * its referenced classes' triggers), or null when the class cannot be reduced
   * to them. A list word is compared with Token.norm exactly as test() does.
   */
  triggers(name: string): readonly Trigger[] | null {
    if (this.triggerCache.has(name)) return this.triggerCache.get(name)!;
    this.test(name); // throws for an unknown class or a cycle, as compiling a pattern does
    const builtin = this.builtinTriggers.get(name);
    let result: Trigger[] | null;
    if (builtin) result = builtin();
    else if (!this.lists.has(name)) result = null;
    else {
      result = [];
      for (const m of this.lists.get(name)!) {
        const sub = m.startsWith('@') ? this.triggers(m.slice(1)) : [{ kind: 'literal' as const, value: m }];
        if (!sub) {
          result = null;
          break;
        }
        result.push(...sub);
      }
    }
    this.triggerCache.set(name, result);
    return result;
  }

  /** The plain words of a list (references to other classes left out). */
  words(name: string): ReadonlySet<string> {
    let set = this.sets.get(name);
    if (!set) {
      set = new Set((this.lists.get(name) ?? []).filter((w) => !w.startsWith('@')));
      this.sets.set(name, set);
    }
    return set;
  }

  /** Clause words ("and", "because", "that") and Korean connective endings ("-고", "-지만"): gaps never cross them. */
  isClauseBreak(token: Token): boolean {
    if (this.words('clause-words').has(token.norm)) return true;
    if (!isHangulWord(token.norm)) return false;
    for (const ending of this.words('ko-clause-endings')) if (token.norm.endsWith(ending)) return true;
    return false;
  }

  private koCache: KoPersonWords | undefined;

  /** The Korean word lists, gathered once. */
  private koWords(): KoPersonWords {
    return (this.koCache ??= {
      titles: this.words('ko-titles'),
      titlesNeedingName: this.words('ko-titles-needing-name'),
      pronouns: this.words('ko-pronouns'),
      particles: this.words('ko-particles'),
      surnames: this.words('ko-surnames'),
    });
  }

  private addBuiltins(): void {
    const t = this.tests;
    // Each trigger list below is implied by the test beside it (null: no useful condition).
    const trigger = this.builtinTriggers;
    const literals = (list: string): Trigger[] => [...this.words(list)].map((value) => ({ kind: 'literal', value }));
    // A capitalised word that is not a common sentence opener: a likely first name.
    t.set('name', (tokens, i) => TITLE_CASE.test(tokens[i]!.text) && !this.words('not-names').has(tokens[i]!.norm));
    trigger.set('name', () => null);
    t.set('mention', (tokens, i) => MENTION.test(tokens[i]!.text));
    // The text starts with "@", so its lower-cased norm does too.
    trigger.set('mention', () => [{ kind: 'prefix', value: '@' }]);
    t.set('adverb', (tokens, i) => {
      const w = tokens[i]!.norm;
      return (w.length > 3 && w.endsWith('ly')) || this.words('adverb-words').has(w);
    });
    trigger.set('adverb', () => [{ kind: 'suffix', value: 'ly' }, ...literals('adverb-words')]);
    t.set('participle', (tokens, i) => {
      const w = tokens[i]!.norm;
      return (w.length > 3 && w.endsWith('ed')) || this.words('irregular-participles').has(w);
    });
    trigger.set('participle', () => [{ kind: 'suffix', value: 'ed' }, ...literals('irregular-participles')]);
    t.set('ko-person', (tokens, i) =>
      isKoPersonWord(tokens[i]!.norm, previousWord(tokens, i), this.koWords()),
    );
    t.set('ko-name', (tokens, i) => {
      const next = tokens[i + 1];
      if (!next || next.kind !== 'word' || !isKoPersonWord(next.norm, tokens[i]!.norm, this.koWords())) return false;
      const honorific = next.norm.startsWith('님') || next.norm.startsWith('씨');
      return isKoNameShape(tokens[i]!.norm, honorific, this.koWords());
    });
    t.set('ko-agent', (tokens, i) => this.words('ko-we').has(tokens[i]!.norm) || this.tests.get('ko-person')!(tokens, i));
    // Any Hangul word may be a person word with a particle: nothing narrower to index.
    for (const name of ['ko-person', 'ko-name', 'ko-agent']) trigger.set(name, () => null);
    t.set('ko-past-must', (tokens, i) => isPastMust(tokens[i]!.norm));
    // isPastMust looks for "어야" in the word.
    trigger.set('ko-past-must', () => [{ kind: 'contains', value: '어야' }]);
  }
}

function previousWord(tokens: readonly Token[], i: number): string | undefined {
  const prev = tokens[i - 1];
  return prev && prev.kind === 'word' ? prev.norm : undefined;
}
