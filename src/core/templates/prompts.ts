/**
 * The lines our templates write before the user writes anything: headings,
 * prompts, labels, the first timeline entry and the sample action item. Text
 * that only repeats them says nothing about an incident, so searches over a
 * postmortem's words leave them out. The snippets' lines count too, each
 * placeholder read as its default text.
 */
import snippets from '../../../snippets/postmortem.json';
import { BoundedMemo } from '../bounded-memo.js';
import type { Language } from '../model/types.js';
import { postmortemTemplate } from './postmortem.js';
import { SECTION_SKELETONS } from './sections.js';

/** A line as compared with the template's: no heading marks, list marker or box, digits as 0, lower case. */
function normalise(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '')
    .replace(/\d/g, '0')
    .toLowerCase()
    .trim();
}

/** A snippet body as inserted without typing: each tab stop its default (`${1:text}`, mirrored `$1`), a choice its first entry, variables digits. */
function expandSnippet(body: readonly string[]): string[] {
  const defaults = new Map<string, string>();
  let text = body.join('\n');
  // Innermost placeholders first, so `${10:$CURRENT_HOUR:$CURRENT_MINUTE}` becomes its default time.
  text = text.replace(/\$[A-Z_]+/g, '00');
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(/\$\{(\d+):([^${}]*)\}/g, (_, n: string, d: string) => (defaults.set(n, d), d));
  }
  return text
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$(\d+)/g, (_, n: string) => defaults.get(n) ?? '')
    .split('\n');
}

let lines: Set<string> | undefined;

function templateLines(): Set<string> {
  if (lines) return lines;
  const all: string[] = [];
  for (const language of ['en', 'ko'] as Language[]) {
    const template = postmortemTemplate({ language, title: '', severity: '', date: '', time: '00:00' });
    all.push(...template.replace(/^---\n[^]*?\n---\n/, '').split('\n'));
    for (const s of Object.values(SECTION_SKELETONS[language])) all.push(s.title, ...s.body.split('\n'));
  }
  for (const snippet of Object.values(snippets as Record<string, { body: string[] }>)) {
    all.push(...expandSnippet(snippet.body).join('\n').replace(/^---\n[^]*?\n---\n/, '').split('\n'));
  }
  lines = new Set(all.map(normalise).filter((l) => /[\p{L}]/u.test(l) && !l.startsWith('<!--')));
  return lines;
}

/** Whether a line (a heading, list item or paragraph line) is one a template wrote. */
export function isTemplateLine(line: string): boolean {
  return templateLines().has(normalise(line));
}

/**
 * Sections read before, by their text: an edit changes one section, and the
 * search reads the whole document again. Bounded by characters as well, since
 * a section can be most of a long document.
 */
const stripped = new BoundedMemo<string, string>(2_000, (text) => text.length, 4_000_000);

/** The text without HTML comments and without the lines a template wrote. */
export function withoutTemplateText(text: string): string {
  return stripped.get(text, () =>
    text
      .replace(/<!--[^]*?(?:-->|$)/g, ' ')
      .split('\n')
      .filter((l) => !isTemplateLine(l))
      .join('\n'),
  );
}
