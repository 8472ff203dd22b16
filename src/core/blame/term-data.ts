import type { Language } from '../model/types.js';
import enData from './terms.en.json';
import koData from './terms.ko.json';

export const CATEGORIES = [
  'person-as-cause',
  'human-error',
  'character',
  'fault-finding',
  'punishment',
  'counterfactual',
  'user-term',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** One entry of a term file. */
export interface TermEntry {
  /** Stable kebab-case id, unique across both files. */
  id: string;
  category: Category;
  /** Phrase-syntax patterns (see phrase-syntax.ts). */
  patterns: string[];
  /** Patterns for look-alikes: a match overlapping one of these is dropped. */
  except?: string[];
  /** System-focused rewrites or questions, in the file's language, best first. */
  suggestions: string[];
  /** Direct replacements for the reported text, offered as fixes ("" deletes it). */
  replacements?: string[];
  /** Why the wording is flagged. */
  note: string;
  /** Not reported inside action items, where action-item-vague already reports it. */
  skipInActionItems?: boolean;
}

export interface CategoryText {
  /** Message template with {actual} and {suggestion}. */
  message: string;
  suggestions: string[];
}

export interface TermFile {
  language: Language;
  classes: Record<string, string[]>;
  categories: Record<Category, CategoryText>;
  terms: TermEntry[];
}

export const TERM_FILES: readonly TermFile[] = [enData as TermFile, koData as TermFile];

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Shape problems in a term file, as readable strings (empty when fine).
 * Pattern syntax is checked separately, when the patterns are compiled.
 */
export function termFileProblems(file: unknown, name: string): string[] {
  const problems: string[] = [];
  const say = (where: string, what: string): void => void problems.push(`${name}: ${where}: ${what}`);
  if (!isObject(file)) return [`${name}: not an object`];
  if (file.language !== 'en' && file.language !== 'ko') say('language', 'must be "en" or "ko"');
  if (!isObject(file.classes)) say('classes', 'must be an object');
  else {
    for (const [k, v] of Object.entries(file.classes)) {
      if (!isStringList(v) || v.length === 0) say(`classes.${k}`, 'must be a non-empty list of strings');
    }
  }
  if (!isObject(file.categories)) say('categories', 'must be an object');
  else {
    for (const c of CATEGORIES) {
      const text = file.categories[c];
      if (!isObject(text)) {
        say(`categories.${c}`, 'missing');
        continue;
      }
      if (typeof text.message !== 'string' || !text.message.includes('{actual}') || !text.message.includes('{suggestion}')) {
        say(`categories.${c}.message`, 'must be a string with {actual} and {suggestion}');
      }
      if (!isStringList(text.suggestions) || text.suggestions.length === 0) say(`categories.${c}.suggestions`, 'must be a non-empty list');
    }
  }
  if (!Array.isArray(file.terms)) return [...problems, `${name}: terms: must be a list`];
  file.terms.forEach((entry: unknown, i: number) => {
    const where = `terms[${i}]`;
    if (!isObject(entry)) return say(where, 'not an object');
    const label = typeof entry.id === 'string' ? `${where} (${entry.id})` : where;
    if (typeof entry.id !== 'string' || !ID.test(entry.id)) say(label, 'id must be kebab-case');
    if (!CATEGORIES.includes(entry.category as Category) || entry.category === 'user-term') say(label, `unknown category ${String(entry.category)}`);
    if (!isStringList(entry.patterns) || entry.patterns.length === 0) say(label, 'patterns must be a non-empty list of strings');
    if (entry.except !== undefined && !isStringList(entry.except)) say(label, 'except must be a list of strings');
    if (!isStringList(entry.suggestions) || entry.suggestions.length === 0 || entry.suggestions.some((s) => s.trim() === '')) {
      say(label, 'suggestions must be a non-empty list of non-empty strings');
    }
    if (entry.replacements !== undefined && !isStringList(entry.replacements)) say(label, 'replacements must be a list of strings');
    if (typeof entry.note !== 'string' || entry.note.trim() === '') say(label, 'note must be a non-empty string');
    if (entry.skipInActionItems !== undefined && typeof entry.skipInActionItems !== 'boolean') say(label, 'skipInActionItems must be true or false');
    const known = new Set(['id', 'category', 'patterns', 'except', 'suggestions', 'replacements', 'note', 'skipInActionItems']);
    for (const key of Object.keys(entry)) if (!known.has(key)) say(label, `unknown field "${key}"`);
  });
  return problems;
}

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}
