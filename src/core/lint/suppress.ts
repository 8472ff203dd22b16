import type { Html, Root } from 'mdast';
import { messageControl } from 'unified-message-control';
import type { VFile } from 'vfile';

/**
 * Inline suppression, markdownlint-style:
 *   <!-- postmortem-disable blame-language -->        … until re-enabled (or the end)
 *   <!-- postmortem-enable blame-language -->
 *   <!-- postmortem-disable -->                       every rule
 *   text <!-- postmortem-disable-line five-whys -->   this line only
 *   <!-- postmortem-disable-next-line five-whys -->   the line below only
 */
const MARKER = /^<!--\s*postmortem-(disable|enable)((?:\s+[\w-]+)*)\s*-->$/;
const LINE_MARKER = /<!--\s*postmortem-disable-(next-line|line)((?:\s+[\w-]+)*)\s*-->/g;
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

export function applySuppressions(tree: Root, file: VFile, known: string[], text: string): void {
  messageControl(tree, { file, marker: marker as never, name: 'postmortem', source: 'postmortem', known, test: 'html' });
  // Line markers are found in the text: they work inside list items and table rows alike.
  const off = new Map<number, Set<string> | 'all'>();
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    if (!line.includes('postmortem-disable-')) return;
    for (const m of line.matchAll(LINE_MARKER)) {
      const target = m[1] === 'line' ? i + 1 : i + 2;
      const ids = m[2].trim().split(/\s+/).filter(Boolean);
      const current = off.get(target);
      if (!ids.length || current === 'all') off.set(target, 'all');
      else off.set(target, new Set([...(current ?? []), ...ids]));
    }
  });
  if (!off.size) return;
  file.messages = file.messages.filter((m) => {
    const rule = off.get(m.line ?? 0);
    return !rule || (rule !== 'all' && !rule.has(m.ruleId ?? ''));
  });
}
