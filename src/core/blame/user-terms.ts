import { isHangulWord } from './ko-words.js';
import { compileNodes } from './phrase-match.js';
import { MAX_ELEMENTS, type PhraseNode } from './phrase-syntax.js';
import type { Category } from './term-data.js';
import { phraseSpans, type TermMatcher } from './term-set.js';
import { tokenize } from './tokenize.js';
import { compileUserRegex, UserRegexError, type UserRegex } from './user-regex.js';
import type { ClassRegistry } from './word-classes.js';

const REGEX_FORM = /^\/(.+)\/([a-z]*)$/s;
const FLAGS = /^[imsu]*$/;

/**
 * Compiles one user term. "/pattern/flags" is a regular expression, run by
 * re2js in linear time (user-regex.ts); anything else is a plain phrase matched word by word,
 * case-insensitively, where a Korean word also matches with a particle or
 * ending attached ("네 탓" matches "네 탓이다").
 * Returns a matcher, or a problem description.
 */
export function compileUserTerm(
  raw: string,
  id: string,
  category: Category,
  classes: ClassRegistry,
): { matcher: TermMatcher } | { problem: string } {
  const regex = REGEX_FORM.exec(raw);
  if (regex) return compileRegexTerm(regex[1]!, regex[2]!, id, category);
  const words = tokenize(raw).filter((t) => t.kind === 'word');
  if (words.length === 0) return { problem: 'has no words' };
  if (words.length > MAX_ELEMENTS) return { problem: `is longer than ${MAX_ELEMENTS} words` };
  const nodes: PhraseNode[] = words.map((w) => ({
    type: 'item',
    alternatives: [[{ kind: isHangulWord(w.norm) ? 'prefix' : 'literal', value: w.norm }]],
    optional: false,
    negated: false,
    focusStart: false,
    focusEnd: false,
  }));
  const phrase = compileNodes(raw, nodes, classes);
  return {
    matcher: { ...base(id, category, (_block, tokens) => phraseSpans(phrase, tokens, classes, true)), triggers: phrase.triggers },
  };
}

function compileRegexTerm(source: string, flags: string, id: string, category: Category): { matcher: TermMatcher } | { problem: string } {
  if (!FLAGS.test(flags)) return { problem: `unsupported regular expression flags "${flags}" (use i, m, s, u)` };
  let js: RegExp;
  try {
    js = new RegExp(source, flags);
  } catch (e) {
    return { problem: `invalid regular expression: ${(e as Error).message}` };
  }
  let run: UserRegex;
  try {
    run = compileUserRegex(source, flags);
  } catch (e) {
    const reason = e instanceof UserRegexError ? e.message : (e as Error).message;
    return { problem: `regular expression not allowed: ${reason}` };
  }
  if (js.test('')) return { problem: 'regular expression matches empty text' };
  return { matcher: base(id, category, (block) => run.findAll(block.text)) };
}

function base(id: string, category: Category, find: TermMatcher['find']): TermMatcher {
  return { id, category, language: null, suggestions: [], replacements: [], find };
}
