import type { Html, Nodes, Root } from 'mdast';
import { messageControl } from 'unified-message-control';
import type { VFile } from 'vfile';
import type { Point } from 'unist';
import type { LineIndex } from '../text.js';
import { PerObjectMemo } from '../bounded-memo.js';

/**
 * Inline suppression, markdownlint-style:
 *   <!-- postmortem-disable blame-language -->        … until re-enabled (or the end)
 *   <!-- postmortem-enable blame-language -->
 *   <!-- postmortem-disable -->                       every rule
 *   text <!-- postmortem-disable-line five-whys -->   this line only
 *   <!-- postmortem-disable-next-line five-whys -->   the line below only
 * Ids are read as letters of any script, so a Korean word where a rule id
 * belongs is reported as an unknown rule rather than ignoring the comment.
 */
const MARKER = /^<!--\s*postmortem-(disable|enable)((?:\s+[\p{L}\p{N}_-]+)*)\s*-->$/u;
/** Every line marker holds this; lines without it are not read. */
const LINE_NEEDLE = 'postmortem-disable-';
const LINE_MARKER = /<!--\s*postmortem-disable-(next-line|line)((?:\s+[\p{L}\p{N}_-]+)*)\s*-->/gu;
const VERBS: Record<string, string> = { disable: 'disable', enable: 'enable' };

function marker(node: unknown) {
  const html = node as Html;
  const m = MARKER.exec(html.value.trim());
  if (!m) return null;
  const attributes = [VERBS[m[1]], ...m[2].trim().split(/\s+/).filter(Boolean)].join(' ');
  return { name: 'postmortem', attributes, parameters: {}, node: html };
}

export function hasSuppressions(text: string): boolean {
  return text.includes('postmortem-disable') || text.includes('postmortem-enable');
}

/**
 * What message control reads from a tree: the html nodes (the markers), in
 * document order, and where positioned nodes stop (it drops messages in
 * stretches no node covers: after an unpositioned node, and past the furthest
 * offset any node reaches). When every node has its offsets, a root holding
 * only the html nodes and an empty node at that furthest offset has the same
 * markers and the same stretches, and spares two walks over the whole tree.
 * Otherwise the tree itself is used.
 */
export function markerTree(tree: Root): Root {
  const html: Html[] = [];
  // message control starts counting at offset 0 and keeps the furthest start (and leaf end) seen.
  let furthest = tree.position?.start?.offset ?? 0;
  let complete = tree.position?.start?.offset !== undefined && tree.position.start.offset !== null;
  for (const child of tree.children) {
    const at = child.position?.start?.offset;
    const s = summaries.get(child, summarise);
    if (at === undefined || at === null || !s.complete) {
      complete = false;
      break;
    }
    if (at + s.reach > furthest) furthest = at + s.reach;
    html.push(...s.html);
  }
  if (!complete) return tree;
  const point = { line: 1, column: 1, offset: furthest };
  const end = { type: 'postmortemFurthest', position: { start: point, end: point } };
  return { type: 'root', position: tree.position, children: [...html, end as unknown as Html] };
}

/** What markerTree needs of one top-level node: its html nodes, how far past its start it reaches, and whether every node has offsets. */
interface Summary {
  html: Html[];
  reach: number;
  complete: boolean;
}

/**
 * Per top-level node, kept: an edit re-parses only the chunk it touches and
 * moves the nodes after it as a whole, so how far a node reaches past its own
 * start does not change.
 */
const summaries = new PerObjectMemo<Nodes, Summary>();

function summarise(top: Nodes): Summary {
  const start = top.position?.start?.offset ?? 0;
  const summary: Summary = { html: [], reach: 0, complete: true };
  const reach = (offset: number | undefined): void => {
    if (offset === undefined || offset === null) summary.complete = false;
    else if (offset - start > summary.reach) summary.reach = offset - start;
  };
  const walk = (node: Nodes): void => {
    reach(node.position?.start?.offset);
    if ('children' in node) {
      for (const child of node.children) walk(child);
      return;
    }
    reach(node.position?.end?.offset);
    if (node.type === 'html') summary.html.push(node);
  };
  walk(top);
  return summary;
}

/** Where the suppression comments are documented; an unknown id's message links there. */
const SUPPRESS_DOCS = 'https://github.com/postmortem-tools/postmortem-assistant#rules';

/**
 * A comment that names a rule that does not exist: reported under that very
 * id, at the comment, so the typo is what the reader sees.
 */
function reportUnknown(file: VFile, id: string, verb: string, known: string[], start: Point, end: Point): void {
  const message = file.message(`Unknown rule \`${id}\` in a postmortem-${verb} comment; it has no effect (known: ${known.join(', ')}).`, { place: { start, end }, ruleId: id, source: 'postmortem' });
  message.url = SUPPRESS_DOCS;
}

export function applySuppressions(tree: Root, file: VFile, known: string[], lines: LineIndex): void {
  const markers = markerTree(tree);
  messageControl(markers, { file, marker: marker as never, name: 'postmortem', source: 'postmortem', test: 'html' });
  const knownIds = new Set(known);
  const unknown: Array<[string, string, Point, Point]> = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      const m = MARKER.exec(node.value.trim());
      if (m && node.position) for (const id of m[2].trim().split(/\s+/).filter(Boolean)) if (!knownIds.has(id)) unknown.push([id, m[1], node.position.start, node.position.end]);
    } else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(markers);
  // Line markers are found in the text: they work inside list items and table rows alike.
  const off = new Map<number, Set<string> | 'all'>();
  const { text } = lines;
  for (let at = text.indexOf(LINE_NEEDLE); at >= 0; ) {
    const n = lines.point(at).line;
    const end = lines.lineEnd(n);
    for (const m of text.slice(lines.lineStart(n), end).matchAll(LINE_MARKER)) {
      const target = m[1] === 'line' ? n : n + 1;
      const ids = m[2].trim().split(/\s+/).filter(Boolean);
      const at = lines.lineStart(n) + m.index!;
      for (const id of ids) if (!knownIds.has(id)) unknown.push([id, `disable-${m[1]}`, lines.point(at), lines.point(at + m[0].length)]);
      const current = off.get(target);
      if (!ids.length || current === 'all') off.set(target, 'all');
      else off.set(target, new Set([...(current ?? []), ...ids]));
    }
    at = text.indexOf(LINE_NEEDLE, end);
  }
  if (off.size) {
    file.messages = file.messages.filter((m) => {
      const rule = off.get(m.line ?? 0);
      return !rule || (rule !== 'all' && !rule.has(m.ruleId ?? ''));
    });
  }
  // After the filtering: a comment must not hide the report of its own typo.
  for (const [id, verb, start, end] of unknown) reportUnknown(file, id, verb, known, start, end);
}
