import type { Language } from '../model/types.js';
import type { TextBlock } from './extract-blocks.js';
import { compilePhrase, matchPhrase, type CompiledPhrase } from './phrase-match.js';
import { TERM_FILES, type Category, type CategoryText, type TermEntry } from './term-data.js';
import type { Token } from './tokenize.js';
import { unionTriggers, type Trigger } from './triggers.js';
import { ClassRegistry } from './word-classes.js';

/** A span of block text [start, end) to report. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Anything that finds flagged wording in a block: a built-in entry or a user term. */
export interface TermMatcher {
  id: string;
  category: Category;
  /** Language of `suggestions`; null when they are not tied to one. */
  language: Language | null;
  suggestions: readonly string[];
  /** Direct replacements for the reported text ("" deletes it). */
  replacements: readonly string[];
  /** Left to action-item-vague inside action items. */
  skipInActionItems?: boolean;
  /**
   * Word conditions one of which a block must meet for find() to return
   * anything; absent or null when find() must always run.
   */
  triggers?: readonly Trigger[] | null;
  find(block: TextBlock, tokens: readonly Token[]): TextSpan[];
}

export interface TermSet {
  classes: ClassRegistry;
  matchers: TermMatcher[];
  categories: Record<Language, Record<Category, CategoryText>>;
}

let cached: TermSet | undefined;

/** The built-in terms of both languages, compiled once. */
export function builtinTerms(): TermSet {
  if (cached) return cached;
  const classes = new ClassRegistry(mergeClasses());
  const matchers: TermMatcher[] = [];
  const categories = {} as Record<Language, Record<Category, CategoryText>>;
  for (const file of TERM_FILES) {
    categories[file.language] = file.categories;
    for (const entry of file.terms) matchers.push(compileEntry(entry, file.language, classes));
  }
  cached = { classes, matchers, categories };
  return cached;
}

function mergeClasses(): Record<string, string[]> {
  const all: Record<string, string[]> = {};
  for (const file of TERM_FILES) {
    for (const [name, words] of Object.entries(file.classes)) {
      if (name in all) throw new Error(`word class @${name} is defined twice`);
      all[name] = words;
    }
  }
  return all;
}

/** Compiles one entry; a bad pattern throws an Error naming the entry and the pattern. */
export function compileEntry(entry: TermEntry, language: Language, classes: ClassRegistry): TermMatcher {
  const compile = (p: string): CompiledPhrase => {
    try {
      return compilePhrase(p, classes);
    } catch (e) {
      throw new Error(`${entry.id}: pattern "${p}": ${(e as Error).message}`);
    }
  };
  const patterns = entry.patterns.map(compile);
  const except = (entry.except ?? []).map(compile);
  return {
    id: entry.id,
    category: entry.category,
    language,
    suggestions: entry.suggestions,
    replacements: entry.replacements ?? [],
    skipInActionItems: entry.skipInActionItems ?? false,
    // Spans come only from `patterns` (`except` only removes some), so their triggers suffice.
    triggers: unionTriggers(patterns.map((p) => p.triggers)),
    find(_block, tokens) {
      const spans = patterns.flatMap((p) => phraseSpans(p, tokens, classes, true));
      if (spans.length === 0 || except.length === 0) return spans;
      const guards = except.flatMap((p) => phraseSpans(p, tokens, classes, false));
      return spans.filter((s) => !guards.some((g) => g.start < s.end && s.start < g.end));
    },
  };
}

/** Text spans of a phrase's matches: the reported part, or the whole match. */
export function phraseSpans(phrase: CompiledPhrase, tokens: readonly Token[], classes: ClassRegistry, focus: boolean): TextSpan[] {
  return matchPhrase(phrase, tokens, classes).map((m) => {
    const from = focus ? m.focusStart : m.start;
    const to = focus ? m.focusEnd : m.end;
    return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
  });
}
