/**
 * The structured model of a postmortem document. Lines and columns are
 * 1-based; columns count UTF-16 code units, as editors do.
 */

export type Language = 'en' | 'ko';

export type SectionKind =
  | 'summary'
  | 'impact'
  | 'timeline'
  | 'analysis'
  | 'action-items'
  | 'detection'
  | 'response'
  | 'recovery'
  | 'lessons'
  | 'other';

/** The four stages of incident response. */
export type Phase = 'detection' | 'classification' | 'propagation' | 'recovery';

export type Term = 'short' | 'mid' | 'long';

export interface Point {
  line: number;
  column: number;
  /** 0-based UTF-16 offset into the document. */
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

export interface Section {
  kind: SectionKind;
  /** Further kinds the section holds: a combined heading ("Mitigation and Takeaways"), or a timeline or action items recognised by their content. */
  alsoKinds?: SectionKind[];
  title: string;
  line: number;
  depth: number;
  /** The heading itself. */
  heading: Span;
  /** An appendix, references or a runbook, or a heading under one: it and its content are no part of the postmortem's sections. */
  aside?: boolean;
  /** Last line of the section's content (before the next heading of the same or higher rank). */
  endLine: number;
  /** Offset just past the section's content. */
  endOffset: number;
}

export interface TimelineEntry {
  line: number;
  /** Clock time as written, in 24-hour form: "12:09" or "12:09:30"; null when unreadable. */
  time: string | null;
  /** The time text exactly as it stands in the document. */
  rawTime: string;
  /** "YYYY-MM-DD" when a date applies (written on the entry or above it). */
  date: string | null;
  /** Part of the timestamp that cannot be read ("25:70", "20202-05-13"), else null. */
  unreadable: string | null;
  /** Time zone as written ("UTC", "KST", "+09:00"), stated on the entry or once above it. */
  zone: string | null;
  /** ISO 8601 form when date and zone are both known, else null. */
  iso: string | null;
  text: string;
  phase: Phase | null;
  /** Where the time text is in the document. */
  span: Span;
  /** Minutes since the epoch (or since midnight when no date is known), for ordering and metrics. */
  sortKey: number | null;
}

export interface Why {
  line: number;
  text: string;
  span: Span;
}

export interface ActionItem {
  line: number;
  text: string;
  owner: string | null;
  /** YYYY-MM-DD when it can be placed; otherwise as written ("Q3 2025"). */
  due: string | null;
  /** The deadline as the document writes it, when `due` was placed from a span or a date without a year ("2주", "~ 8/25"). */
  dueWritten?: string;
  term: Term | null;
  done: boolean;
  /** A ticket or issue link, when the item has one. */
  ticket: string | null;
  /** Files of the workspace the item names in backticks (`deploy/pipeline.yaml`), when it names any. */
  files?: string[];
  kind: 'list' | 'table';
  span: Span;
  /** For task-list items: the `[ ]`/`[x]` box. For table rows: the Status cell, when there is one. */
  doneMarker: Span | null;
}

export interface Metrics {
  timeToDetectMinutes: number | null;
  timeToRecoverMinutes: number | null;
}

export type Metadata = Record<string, string | number | boolean | null>;

export interface PostmortemModel {
  isPostmortem: boolean;
  /** Why the document is (or is not) considered a postmortem. */
  reason: string;
  language: Language;
  title: string | null;
  metadata: Metadata;
  sections: Section[];
  missingSections: SectionKind[];
  timeline: TimelineEntry[];
  whys: Why[];
  actionItems: ActionItem[];
  metrics: Metrics;
}
