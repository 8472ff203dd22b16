/**
 * A postmortem as the related-incidents search reads it: its text split into
 * weighted fields (title, summary, analysis, action items, affected systems,
 * the rest) and its action items with their terms. Plain data, so a language
 * server can keep one per workspace file and a CLI worker can receive them.
 */
import { BoundedMemo } from '../bounded-memo.js';
import { postmortemName } from '../model/file-name.js';
import type { ActionItem, Language, PostmortemModel, Section, SectionKind, Span } from '../model/types.js';
import { isTemplateLine, withoutTemplateText } from '../templates/prompts.js';
import { tokenize, type KoreanMode } from './tokenize.js';

export const FIELDS = ['title', 'summary', 'analysis', 'actions', 'systems', 'body'] as const;
export type Field = (typeof FIELDS)[number];

export interface RelatedItem {
  text: string;
  line: number;
  span: Span;
  done: boolean;
  due: string | null;
  owner: string | null;
  /** The item's distinct terms. */
  terms: string[];
}

export interface RelatedDocument {
  /** Path or URI: the identity of the document in the index. */
  uri: string;
  title: string;
  /** YYYY-MM-DD when known. */
  date: string | null;
  language: Language;
  fields: Record<Field, string>;
  items: RelatedItem[];
}

const FIELD_OF: Partial<Record<SectionKind, Field>> = {
  summary: 'summary',
  impact: 'systems',
  analysis: 'analysis',
  detection: 'analysis',
  response: 'analysis',
  recovery: 'analysis',
  lessons: 'analysis',
  'action-items': 'actions',
  timeline: 'body',
};

const SYSTEM_KEYS = /service|system|component|product|affected|area|서비스|시스템|영향/i;
const DATE = /(\d{4})-(\d{2})-(\d{2})/;

/** The incident's date: front matter, else the first dated timeline entry, else a date in the file name. */
export function documentDate(model: PostmortemModel, uri: string): string | null {
  for (const key of ['date', 'incident_date', 'incidentDate', 'created', '날짜', '발생일']) {
    const value = model.metadata[key];
    const m = typeof value === 'string' ? DATE.exec(value) : null;
    if (m) return m[0];
  }
  const dated = model.timeline.map((e) => e.date).filter((d): d is string => d !== null).sort();
  if (dated.length) return dated[0]!;
  return DATE.exec(uri.split(/[\\/]/).pop() ?? '')?.[0] ?? null;
}

/** A file name's words, without dates and document numbers ("PM2021-005"): "2021-06-22-all-services-503.md" → "all services 503". */
function nameWords(uri: string): string {
  return postmortemName(uri)
    .replace(/\d{4}-\d{2}-\d{2}/g, ' ')
    .split(/[\s_\-.]+/)
    .filter((w) => w && !/^[a-z]*\d{4}$|^0\d+$/i.test(w))
    .join(' ');
}

/** Each section's own text (up to the next heading of any rank), with the kind it or its nearest titled parent has. */
function sectionTexts(sections: readonly Section[], text: string): Array<{ kind: SectionKind; text: string }> {
  const live = sections.filter((s) => !s.aside).sort((a, b) => a.heading.start.offset - b.heading.start.offset);
  const stack: Section[] = [];
  const out: Array<{ kind: SectionKind; text: string }> = [];
  live.forEach((s, i) => {
    while (stack.length && stack[stack.length - 1]!.depth >= s.depth) stack.pop();
    const kind = s.kind !== 'other' ? s.kind : ([...stack].reverse().find((p) => p.kind !== 'other')?.kind ?? 'other');
    stack.push(s);
    const end = Math.min(s.endOffset, live[i + 1]?.heading.start.offset ?? s.endOffset);
    out.push({ kind, text: s.title + '\n' + text.slice(s.heading.end.offset, Math.max(s.heading.end.offset, end)) });
  });
  return out;
}

/** An item's distinct terms, kept by its text: an edit elsewhere leaves every item as it was. */
const itemTerms: Record<KoreanMode, BoundedMemo<string, string[]>> = { bigram: new BoundedMemo(20_000), whitespace: new BoundedMemo(20_000) };
const termsOf = (text: string, korean: KoreanMode): string[] => itemTerms[korean].get(text, () => [...new Set(tokenize(text, { korean }).map((t) => t.term))]);

function itemOf(item: ActionItem, korean: KoreanMode): RelatedItem {
  return {
    text: item.text,
    line: item.line,
    span: item.span,
    done: item.done,
    due: item.due,
    owner: item.owner,
    terms: termsOf(item.text, korean),
  };
}

export interface DocumentInput {
  uri: string;
  text: string;
  model: PostmortemModel;
  /** Overrides the date read from the document. */
  date?: string | null;
  korean?: KoreanMode;
}

/** Reads a postmortem's model and text into the fields the index weighs. */
export function relatedDocument({ uri, text, model, date, korean = 'bigram' }: DocumentInput): RelatedDocument {
  const parts: Record<Field, string[]> = { title: [model.title && !isTemplateLine(model.title) ? model.title : '', nameWords(uri)], summary: [], analysis: [], actions: [], systems: [], body: [] };
  const sections = sectionTexts(model.sections, text);
  const first = model.sections.filter((s) => !s.aside).map((s) => s.heading.start.offset).sort((a, b) => a - b)[0];
  // What stands between the title and the first section is usually the summary.
  const preamble = text.slice(0, first ?? text.length).replace(/^---\n[\s\S]*?\n---\n/, '');
  // A template's headings and prompts are in every new postmortem and say nothing about this one.
  parts.summary.push(withoutTemplateText(preamble.replace(/^#\s.*$/m, '')));
  for (const s of sections) parts[FIELD_OF[s.kind] ?? 'body'].push(withoutTemplateText(s.text));
  parts.analysis.push(...model.whys.map((w) => w.text).filter((t) => !isTemplateLine(t)));
  const items = model.actionItems.filter((i) => !isTemplateLine(i.text));
  parts.actions.push(...items.map((i) => i.text));
  for (const [key, value] of Object.entries(model.metadata)) if (SYSTEM_KEYS.test(key) && typeof value === 'string') parts.systems.push(value);
  const fields = Object.fromEntries(FIELDS.map((f) => [f, parts[f].join('\n')])) as Record<Field, string>;
  return {
    uri,
    title: model.title ?? nameWords(uri).trim(),
    date: date !== undefined ? date : documentDate(model, uri),
    language: model.language,
    fields,
    items: items.map((i) => itemOf(i, korean)),
  };
}
