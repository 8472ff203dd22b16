import type { Category } from './term-data.js';
import { builtinTerms, type TermMatcher } from './term-set.js';
import { compileUserTerm } from './user-terms.js';

/** Options shared by the wording rules. */
export interface WordingOptions {
  /** Extra terms to flag: plain phrases, or "/regex/flags". */
  extraTerms: string[];
  /** Terms that are fine here: a match overlapping one of them is not reported. */
  allowedTerms: string[];
}

export const DEFAULT_WORDING_OPTIONS: WordingOptions = { extraTerms: [], allowedTerms: [] };

/** The options' schema (see RuleMeta.optionsSchema); the messages are validateWordingOptions'. */
export const WORDING_OPTIONS_SCHEMA = {
  extraTerms: {
    type: 'array',
    items: { type: 'string', pattern: '\\S', errorMessage: 'must be a non-empty string' },
    default: [],
    description: 'Extra terms to flag: plain phrases, or "/regex/flags".',
    errorMessage: 'extraTerms must be a list of strings',
  },
  allowedTerms: {
    type: 'array',
    items: { type: 'string', pattern: '\\S', errorMessage: 'must be a non-empty string' },
    default: [],
    description: 'Terms that are fine here: a match overlapping one of them is not reported.',
    errorMessage: 'allowedTerms must be a list of strings',
  },
};

/** Checks raw options and returns them merged over the defaults, with readable problems. */
export function validateWordingOptions(raw: Record<string, unknown>): { options: WordingOptions; problems: string[] } {
  const problems: string[] = [];
  const options: WordingOptions = { extraTerms: [], allowedTerms: [] };
  for (const key of Object.keys(raw)) {
    if (key !== 'extraTerms' && key !== 'allowedTerms') problems.push(`unknown option "${key}" (expected extraTerms, allowedTerms)`);
  }
  const list = (key: 'extraTerms' | 'allowedTerms'): Array<[string, number]> => {
    const value = raw[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push(`${key} must be a list of strings`);
      return [];
    }
    const out: Array<[string, number]> = [];
    value.forEach((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') problems.push(`${key}[${i}]: must be a non-empty string`);
      else out.push([item, i]);
    });
    return out;
  };
  options.allowedTerms = list('allowedTerms').map(([term]) => term);
  const { classes } = builtinTerms();
  for (const [term, i] of list('extraTerms')) {
    const result = compileUserTerm(term, `extraTerms[${i}]`, 'user-term', classes);
    if ('problem' in result) problems.push(`extraTerms[${i}]: ${result.problem}`);
    else options.extraTerms.push(term);
  }
  return { options, problems };
}

const compiled = new WeakMap<WordingOptions, Map<Category, TermMatcher[]>>();

/** The user's extra terms as matchers; terms with problems are skipped (validation reports them). */
export function userMatchers(options: WordingOptions, category: Category): TermMatcher[] {
  let byCategory = compiled.get(options);
  if (!byCategory) {
    byCategory = new Map();
    compiled.set(options, byCategory);
  }
  let matchers = byCategory.get(category);
  if (!matchers) {
    const { classes } = builtinTerms();
    matchers = [];
    (options.extraTerms ?? []).forEach((term, i) => {
      const result = compileUserTerm(term, `extraTerms[${i}]`, category, classes);
      if ('matcher' in result) matchers!.push(result.matcher);
    });
    byCategory.set(category, matchers);
  }
  return matchers;
}
