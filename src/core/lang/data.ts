/**
 * The vocabulary the model reads postmortems with, kept as data per language
 * (src/core/lang/<language>/*.json): section headings, action-item fields and
 * status words, month names and time-zone names. This module checks the files
 * and compiles them into the patterns the model uses.
 */
import type { Language, SectionKind } from '../model/types.js';
import enFields from './en/fields.json';
import enMonths from './en/months.json';
import enSections from './en/sections.json';
import enStatus from './en/status.json';
import enZones from './en/zones.json';
import koFields from './ko/fields.json';
import koSections from './ko/sections.json';
import koStatus from './ko/status.json';
import koZones from './ko/zones.json';

export const SECTION_KINDS: readonly SectionKind[] = [
  'summary',
  'impact',
  'timeline',
  'analysis',
  'action-items',
  'detection',
  'response',
  'recovery',
  'lessons',
];

export interface SectionsFile {
  language: string;
  comment?: string;
  /** Tried in order; each word is a regular-expression fragment. */
  patterns: Array<{ kind: string; words: string[] }>;
  /** Terse headings that name a kind only as the whole heading; `also`: further kinds such a heading holds. */
  exact: Array<{ kind: string; also?: string[]; words: string[] }>;
  /** Headings whose lists describe results, not actions ("Benefits", "효과"). */
  notActionItems: string[];
  /** Lead-ins of lists that are not actions, said just before the list ("Expected questions:", "예상 질문:"); as a section heading they say nothing. */
  notActionLeadIns?: string[];
  /** Words that, opening a heading, make it name no kind, whatever follows ("Appendix - why we monitor", "부록"). */
  notSections?: string[];
  /** Words of an incident told in prose, by role: a document without sections that names a problem, its cause and its fix. */
  proseSignals?: { problem: string[]; cause: string[]; fix: string[] };
}

export interface StatusFile {
  language: string;
  comment?: string;
  done: string[];
  notDone: string[];
}

export interface FieldsFile {
  language: string;
  comment?: string;
  fields: Record<string, string[]>;
  /** Values a template leaves for the user to replace, by field (compared without case). */
  placeholders?: Record<'owner' | 'answer', string[]>;
  /** A deadline written as a span after the postmortem's date ("in 2 weeks", "2주 내"). */
  relativeDue?: RelativeDueWords;
}

export interface RelativeDueWords {
  units: Record<'day' | 'week' | 'month', string[]>;
  /** Words before the span ("within"); a span without one or a `tail` is read only where a due date is expected. */
  lead: string[];
  /** Words after the span ("내", "까지"). */
  tail: string[];
  /** Number words ("two", "두"). */
  numbers: Record<string, number>;
}

export interface MonthsFile {
  language: string;
  comment?: string;
  months: Record<string, number>;
}

export interface ZonesFile {
  language: string;
  comment?: string;
  zones?: Record<string, { iana: string; offset: number }>;
  phrases?: Array<{ pattern: string; zone: string }>;
}

export interface LanguageData {
  language: Language;
  sections: SectionsFile;
  status: StatusFile;
  fields: FieldsFile;
  months: MonthsFile | null;
  zones: ZonesFile;
}

export const LANGUAGE_DATA: LanguageData[] = [
  { language: 'en', sections: enSections, status: enStatus, fields: enFields, months: enMonths, zones: enZones },
  { language: 'ko', sections: koSections, status: koStatus, fields: koFields, months: null, zones: koZones },
];

/**
 * Word characters by script. Korean attaches particles straight to English
 * words ("rollback을", "alert가"), so a change between Hangul and Latin is a
 * word boundary; `\b` knows only ASCII and never matches after Hangul.
 */
const LATIN_CHAR = '[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Nd}_]';
const HANGUL_CHAR = '[\\p{Script=Hangul}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]';
/** No Latin letter, digit or underscore right before an English word. */
export const WORD_START = '(?<!' + LATIN_CHAR + ')';
/** … nor right after it. */
export const WORD_END = '(?!' + LATIN_CHAR + ')';
/** No Hangul right before a Korean word ("해결" is not read inside "미해결"). */
export const KO_WORD_START = '(?<!' + HANGUL_CHAR + ')';

const HANGUL = /[\uAC00-\uD7A3]/;

function compiles(fragment: string): string | null {
  try {
    new RegExp(fragment, 'iu');
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

function isText(x: unknown): x is string {
  return typeof x === 'string' && x.trim() === x && x.length > 0;
}

/** Problems in one language's files: malformed entries, unknown kinds, duplicates, patterns that do not compile. */
export function languageDataProblems(data: LanguageData): string[] {
  const problems: string[] = [];
  const where = (file: string) => `${data.language}/${file}.json`;
  for (const [file, value] of Object.entries({ sections: data.sections, status: data.status, fields: data.fields, months: data.months, zones: data.zones })) {
    if (value && value.language !== data.language) problems.push(`${where(file)}: language is "${value.language}"`);
  }
  const words = (file: string, list: unknown, seen = new Set<string>()) => {
    if (!Array.isArray(list) || list.length === 0) {
      problems.push(`${where(file)}: expected a non-empty list of words`);
      return seen;
    }
    for (const w of list) {
      if (!isText(w)) {
        problems.push(`${where(file)}: ${JSON.stringify(w)} is not a trimmed non-empty string`);
        continue;
      }
      const key = w.toLowerCase();
      if (seen.has(key)) problems.push(`${where(file)}: "${w}" is listed twice`);
      seen.add(key);
      const error = compiles(w);
      if (error) problems.push(`${where(file)}: "${w}" does not compile: ${error}`);
      if (data.language === 'en' && HANGUL.test(w)) problems.push(`${where(file)}: "${w}" is Korean in the English file`);
    }
    return seen;
  };
  const s = data.sections;
  const patternWords = new Set<string>();
  const patternKinds = new Set<string>();
  for (const group of s.patterns ?? []) {
    if (!SECTION_KINDS.includes(group.kind as SectionKind)) problems.push(`${where('sections')}: unknown kind "${group.kind}"`);
    if (patternKinds.has(group.kind)) problems.push(`${where('sections')}: kind "${group.kind}" has two pattern groups`);
    patternKinds.add(group.kind);
    words('sections', group.words, patternWords);
  }
  const exactWords = new Set<string>();
  for (const group of s.exact ?? []) {
    for (const kind of [group.kind, ...(group.also ?? [])]) if (!SECTION_KINDS.includes(kind as SectionKind)) problems.push(`${where('sections')}: unknown kind "${kind}"`);
    if (group.words.length) words('sections', group.words, exactWords);
  }
  words('sections', s.notActionItems);
  if (s.notActionLeadIns) words('sections', s.notActionLeadIns);
  if (s.notSections) words('sections', s.notSections);
  if (s.proseSignals) for (const role of ['problem', 'cause', 'fix'] as const) words('sections', s.proseSignals[role]);
  const done = words('status', data.status.done);
  const notDone = words('status', data.status.notDone);
  for (const w of done) if (notDone.has(w)) problems.push(`${where('status')}: "${w}" is both done and not done`);
  const fieldNames = Object.keys(data.fields.fields ?? {});
  for (const name of ['owner', 'due', 'status']) if (!fieldNames.includes(name)) problems.push(`${where('fields')}: no "${name}" field`);
  const fieldWords = new Set<string>();
  for (const name of fieldNames) words('fields', data.fields.fields[name], fieldWords);
  const due = data.fields.relativeDue;
  if (due) {
    for (const unit of ['day', 'week', 'month'] as const) words('fields', due.units[unit] ?? []);
    words('fields', [...due.lead, ...due.tail]);
    for (const [word, n] of Object.entries(due.numbers)) {
      if (!/^\p{L}+$/u.test(word) || !Number.isInteger(n) || n < 1 || n > 12) problems.push(`${where('fields')}: number word "${word}" = ${n}`);
    }
  }
  if (data.months) {
    const numbers = new Set<number>();
    for (const [name, n] of Object.entries(data.months.months)) {
      if (!/^\p{L}+$/u.test(name) || name !== name.toLowerCase()) problems.push(`${where('months')}: "${name}" is not a lower-case word`);
      if (!Number.isInteger(n) || n < 1 || n > 12) problems.push(`${where('months')}: "${name}" has month ${n}`);
      numbers.add(n);
    }
    if (numbers.size !== 12) problems.push(`${where('months')}: ${numbers.size} months named, not 12`);
  }
  const z = data.zones;
  for (const [abbr, zone] of Object.entries(z.zones ?? {})) {
    if (!/^[A-Z]{1,5}$/.test(abbr)) problems.push(`${where('zones')}: "${abbr}" is not an upper-case abbreviation`);
    if (!isText(zone.iana) || !/^(UTC|[A-Z][A-Za-z_]+\/[A-Za-z_/]+)$/.test(zone.iana)) problems.push(`${where('zones')}: ${abbr} has zone "${zone.iana}"`);
    if (!Number.isInteger(zone.offset) || Math.abs(zone.offset) > 14 * 60) problems.push(`${where('zones')}: ${abbr} has offset ${zone.offset}`);
  }
  const known = new Set(LANGUAGE_DATA.flatMap((d) => Object.keys(d.zones.zones ?? {})));
  for (const p of z.phrases ?? []) {
    const error = compiles(p.pattern);
    if (error) problems.push(`${where('zones')}: "${p.pattern}" does not compile: ${error}`);
    if (!known.has(p.zone)) problems.push(`${where('zones')}: "${p.pattern}" names the unknown zone "${p.zone}"`);
  }
  return problems;
}

const byLanguage = (language: Language) => LANGUAGE_DATA.find((d) => d.language === language)!;

/** English fragments between Unicode-aware word boundaries, Korean ones as they are (Korean words take particles). */
function alternation(en: string[], ko: string[]): string {
  const parts: string[] = [];
  if (en.length) parts.push(WORD_START + '(?:' + en.join('|') + ')' + WORD_END);
  if (ko.length) parts.push('(?:' + ko.join('|') + ')');
  return parts.join('|');
}

/** Heading patterns by kind, in the order they are tried. */
export const HEADING_PATTERNS: Array<[SectionKind, RegExp]> = byLanguage('en').sections.patterns.map((group) => {
  const ko = byLanguage('ko').sections.patterns.find((g) => g.kind === group.kind)?.words ?? [];
  return [group.kind as SectionKind, new RegExp(alternation(group.words, ko), 'iu')];
});

/** Terse whole headings ("Details", "Todo", "조치") and the kinds they hold, first the main one. */
export const EXACT_HEADINGS: Map<string, SectionKind[]> = new Map(
  LANGUAGE_DATA.flatMap((d) => d.sections.exact.flatMap((g) => g.words.map((w) => [w.toLowerCase(), [g.kind, ...(g.also ?? [])] as SectionKind[]] as const))),
);

/** Words of an incident told in prose, by role, both languages. */
export const PROSE_SIGNALS = (['problem', 'cause', 'fix'] as const).map(
  (role) => [role, new RegExp(alternation(byLanguage('en').sections.proseSignals?.[role] ?? [], (byLanguage('ko').sections.proseSignals?.[role] ?? []).map((w) => KO_WORD_START + '(?:' + w + ')')), 'giu')] as const,
);

/** The opening of a heading that names no kind: an appendix, references. */
export const NOT_SECTION_START = new RegExp('^(?:' + alternation(byLanguage('en').sections.notSections ?? [], byLanguage('ko').sections.notSections ?? []) + ')', 'iu');

/** Lead-ins of lists of questions and answers. */
export const NOT_ACTION_LEAD_INS = new RegExp(
  alternation(byLanguage('en').sections.notActionLeadIns ?? [], (byLanguage('ko').sections.notActionLeadIns ?? []).map((w) => KO_WORD_START + '(?:' + w + ')')),
  'iu',
);

/** Headings of lists that describe results rather than actions. */
// Korean words here start a word: "결과" is not read inside "연결과".
export const NOT_ACTION_ITEMS = new RegExp(alternation(byLanguage('en').sections.notActionItems, byLanguage('ko').sections.notActionItems.map((w) => KO_WORD_START + '(?:' + w + ')')), 'iu');

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A status word: English and Korean words start at a word boundary; English ones also end at one; marks stand alone. */
function statusPattern(en: string[], ko: string[]): RegExp {
  const word = (w: string, lang: Language) => {
    const e = escape(w).replace(/ /g, '\\s*');
    if (!/[\p{L}\p{N}]/u.test(w)) return e;
    return lang === 'en' ? WORD_START + e + WORD_END : KO_WORD_START + e;
  };
  return new RegExp([...en.map((w) => word(w, 'en')), ...ko.map((w) => word(w, 'ko'))].join('|'), 'iu');
}

export const DONE_WORDS = statusPattern(byLanguage('en').status.done, byLanguage('ko').status.done);
export const NOT_DONE_WORDS = statusPattern(byLanguage('en').status.notDone, byLanguage('ko').status.notDone);

/** Reads a status text: true when it says done, false when it says not done (or both), null when it says neither. */
export function statusDone(text: string): boolean | null {
  if (NOT_DONE_WORDS.test(text)) return false;
  if (DONE_WORDS.test(text)) return true;
  return null;
}

/** A field name pattern (owner, due, status) in both languages. */
const PLACEHOLDERS = {
  owner: new Set(['en', 'ko'].flatMap((l) => byLanguage(l as 'en' | 'ko').fields.placeholders?.owner ?? []).map((v) => v.toLowerCase())),
  answer: new Set(['en', 'ko'].flatMap((l) => byLanguage(l as 'en' | 'ko').fields.placeholders?.answer ?? []).map((v) => v.toLowerCase())),
};

/** Whether a value is what a template leaves for the user to fill in (`@name`, "Because …"), in either language. */
export function isPlaceholder(field: 'owner' | 'answer', value: string): boolean {
  return PLACEHOLDERS[field].has(value.trim().toLowerCase());
}

export function fieldPattern(name: 'owner' | 'due' | 'status'): string {
  return alternation(byLanguage('en').fields.fields[name], byLanguage('ko').fields.fields[name]);
}

/** The relative-deadline words of both languages, merged. */
export const RELATIVE_DUE: RelativeDueWords = {
  units: {
    day: LANGUAGE_DATA.flatMap((d) => d.fields.relativeDue?.units.day ?? []),
    week: LANGUAGE_DATA.flatMap((d) => d.fields.relativeDue?.units.week ?? []),
    month: LANGUAGE_DATA.flatMap((d) => d.fields.relativeDue?.units.month ?? []),
  },
  lead: LANGUAGE_DATA.flatMap((d) => d.fields.relativeDue?.lead ?? []),
  tail: LANGUAGE_DATA.flatMap((d) => d.fields.relativeDue?.tail ?? []),
  numbers: Object.assign({}, ...LANGUAGE_DATA.map((d) => d.fields.relativeDue?.numbers ?? {})),
};

export const MONTHS: Record<string, number> = { ...byLanguage('en').months!.months };

/** Month names, longest first so "september" wins over "sep". */
export const MONTH_NAMES: string[] = Object.keys(MONTHS).sort((a, b) => b.length - a.length);

export const ZONES: Record<string, { iana: string; offset: number }> = Object.assign({}, ...LANGUAGE_DATA.map((d) => d.zones.zones ?? {}));

export const ZONE_PHRASES: Array<{ pattern: RegExp; zone: string }> = LANGUAGE_DATA.flatMap((d) =>
  (d.zones.phrases ?? []).map((p) => ({ pattern: new RegExp(p.pattern, 'u'), zone: p.zone })),
);

/** Not between two Latin word characters, and not between two Hangul ones. */
const BOUNDARY = '(?:(?<!' + LATIN_CHAR + ')|(?!' + LATIN_CHAR + '))(?:(?<!' + HANGUL_CHAR + ')|(?!' + HANGUL_CHAR + '))';

/**
 * The same pattern with Unicode-aware word boundaries: `\b` only knows ASCII
 * letters, so `완료\b` never matches at the end of a cell, and `é` or `ü`
 * split a word. Each `\b` (written next to a word character, as patterns do)
 * becomes a position that is not inside a run of Latin word characters nor
 * inside a run of Hangul: "rollback을" ends the word "rollback", "완료됨" does
 * not end the word "완료".
 */
export function unicodeWords(re: RegExp): RegExp {
  const flags = re.flags.includes('u') ? re.flags : re.flags + 'u';
  return new RegExp(re.source.replace(/(?<!\\)((?:\\\\)*)\\b/g, '$1' + BOUNDARY), flags);
}
