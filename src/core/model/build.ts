import { fileReferences } from '../tracker/file-refs.js';
import type { Root } from 'mdast';
import { LineIndex, plainText } from '../text.js';
import { extractActionItems } from './action-items.js';
import { placeDue } from './due.js';
import { incidentDay } from './incident-date.js';
import { DEFAULT_POSTMORTEM_GLOBS, detectPostmortem } from './detect.js';
import { detectLanguage } from './language.js';
import { extractMetadata, readFrontMatter, type FrontMatter } from './metadata.js';
import { buildStructure, type Block } from './structure.js';
import { findZone, readLeadingDate } from './time.js';
import { extractTimeline } from './timeline.js';
import type { ActionItem, Metrics, PostmortemModel, Section, SectionKind, TimelineEntry } from './types.js';
import { extractWhys } from './whys.js';

export const DEFAULT_REQUIRED_SECTIONS: SectionKind[] = ['timeline', 'impact', 'analysis', 'action-items'];

export interface ModelOptions {
  path?: string;
  requiredSections?: SectionKind[];
  postmortemGlobs?: string[];
}

export interface ModelResult {
  model: PostmortemModel;
  lines: LineIndex;
  frontMatter: FrontMatter | null;
}

function metrics(timeline: TimelineEntry[]): Metrics {
  const timed = timeline.filter((e) => e.sortKey !== null);
  const first = timed[0];
  const detection = timed.find((e) => e.phase === 'detection');
  const recoveries = timed.filter((e) => e.phase === 'recovery');
  const last = recoveries[recoveries.length - 1];
  const span = (e: TimelineEntry | undefined) => {
    if (!first || !e) return null;
    const minutes = Math.round(e.sortKey! - first.sortKey!);
    return minutes >= 0 ? minutes : null;
  };
  return { timeToDetectMinutes: span(detection), timeToRecoverMinutes: span(last) };
}

/** Builds the postmortem model from a parsed document. */
export function buildModel(tree: Root, text: string, options: ModelOptions = {}): ModelResult {
  const lines = new LineIndex(text);
  const frontMatter = readFrontMatter(tree);
  const fm = frontMatter?.data ?? null;
  const frontTitle = fm && typeof fm.title === 'string' ? fm.title : null;
  const structure = buildStructure(tree, lines, frontTitle);
  const metadata = extractMetadata(frontMatter, structure.blocks, text);
  const year = typeof metadata.date === 'string' ? Number(metadata.date.slice(0, 4)) || null : null;
  // A year in the title, also when Hangul touches it ("2024년", "장애2024").
  const titleYear = structure.title ? Number(/(?<!\d)(19|20)\d{2}(?!\d)/.exec(structure.title)?.[0]) || null : null;
  const incidentDate = typeof metadata.date === 'string' ? readLeadingDate(metadata.date) : null;
  const timeline = extractTimeline(structure.blocks, lines, {
    defaultYear: year ?? titleYear,
    defaultDate: incidentDate && incidentDate.year !== null ? incidentDate : null,
    defaultZone: typeof metadata.timezone === 'string' ? findZone(metadata.timezone) ?? metadata.timezone : null,
  });
  const titleLine = structure.title !== null ? structure.sections.find((s) => s.depth === 1)?.line ?? null : null;
  const actionItems = extractActionItems(structure.blocks, lines, structure.title);
  settleFixOrActions(structure.sections, structure.blocks, actionItems);
  // A combined heading ("원인 및 해결") makes every kind it holds present.
  const kinds = new Set(structure.sections.flatMap((s) => [s.kind, ...(s.alsoKinds ?? [])]));
  const required = options.requiredSections ?? DEFAULT_REQUIRED_SECTIONS;
  const detected = detectPostmortem({
    path: options.path,
    frontMatter: fm,
    title: structure.title,
    sectionKinds: kinds,
    globs: options.postmortemGlobs ?? DEFAULT_POSTMORTEM_GLOBS,
    headingCount: structure.sections.filter((s) => s.depth <= 6 && s.line !== titleLine).length,
    prose: () =>
      structure.blocks
        .filter((b) => b.node.type === 'paragraph' || b.node.type === 'list' || b.node.type === 'listItem' || b.node.type === 'blockquote')
        .map((b) => plainText(b.node))
        .join('\n'),
  });
  // A blank template's rows ("00:00 | 감지") and checkboxes are placeholders, not entries or actions.
  const blank = detected.template === true;
  const model: PostmortemModel = {
    isPostmortem: detected.isPostmortem,
    reason: detected.reason,
    language: detectLanguage(text, fm?.lang ?? fm?.language),
    title: structure.title,
    metadata,
    sections: structure.sections,
    missingSections: required.filter((k) => !kinds.has(k)),
    timeline: blank ? [] : timeline,
    whys: blank ? [] : extractWhys(structure.blocks, lines),
    actionItems: blank ? [] : actionItems,
    metrics: metrics(blank ? [] : timeline),
  };
  placeDues(model);
  nameFiles(model, text);
  return { model, lines, frontMatter };
}

/** The files each item names in backticks, read from its source: the item's text has lost the backticks. */
function nameFiles(model: PostmortemModel, text: string): void {
  for (const item of model.actionItems) {
    const source = text.slice(item.span.start.offset, item.span.end.offset);
    if (!source.includes('`')) continue;
    const files = fileReferences(source);
    if (files.length) item.files = files;
  }
}

/**
 * "조치", "Recovery actions": a heading that may name the fix made or the actions
 * still to take. When its section lists work but none of it is an action item
 * (a record of what was done), it holds the fix alone.
 */
function settleFixOrActions(sections: Section[], blocks: Block[], items: ActionItem[]): void {
  for (const s of sections) {
    if (s.kind !== 'recovery' || !s.alsoKinds?.includes('action-items') || s.depth > 6) continue;
    const inside = (line: number) => line > s.line && line <= s.endLine;
    if (items.some((i) => inside(i.line))) continue;
    if (sections.some((o) => o !== s && inside(o.line) && (o.kind === 'action-items' || o.alsoKinds?.includes('action-items')))) continue;
    if (!blocks.some((b) => (b.node.type === 'list' || b.node.type === 'table' || b.node.type === 'listItem') && inside(b.node.position?.start.line ?? 0))) continue;
    s.alsoKinds = s.alsoKinds.filter((k) => k !== 'action-items');
    if (s.alsoKinds.length === 0) delete s.alsoKinds;
  }
}

/** "2주", "in 2 weeks", "~ 8/25" count from the incident's day. */
function placeDues(model: PostmortemModel): void {
  if (!model.actionItems.some((a) => a.due && !/^\d{4}-\d{2}-\d{2}$/.test(a.due))) return;
  const day = incidentDay(model);
  for (const item of model.actionItems) {
    if (!item.due) continue;
    const placed = placeDue(item.due, day);
    item.due = placed.due;
    if (placed.written) item.dueWritten = placed.written;
  }
}
