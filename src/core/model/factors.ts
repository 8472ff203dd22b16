import type { List, Root, RootContent } from 'mdast';
import { plainText, plainWords, squash } from '../text.js';
import { unicodeWords } from '../lang/data.js';
import type { PostmortemModel } from './types.js';

/** A heading, label or lead-in that introduces contributing factors. */
const FACTORS = unicodeWords(/\b(contributing (factors?|conditions?|causes?)|(causal|root) factors|factors)\b|기여\s?요인|복합\s?원인|원인\s?(?:들|요소)|요인/i);

/**
 * Whether the analysis lists contributing factors instead of (or besides) one
 * chain of whys, as Etsy's debriefing guide recommends: a section or label
 * "Contributing factors" / "기여 요인" / "복합 원인", or a list of two or more
 * items (none of them a why step) inside an analysis section.
 */
export function hasContributingFactors(tree: Root, model: PostmortemModel): boolean {
  if (model.sections.some((s) => FACTORS.test(s.title) && (s.kind === 'analysis' || s.kind === 'other'))) return true;
  const analysis = model.sections.filter((s) => s.kind === 'analysis' || s.alsoKinds?.includes('analysis'));
  if (analysis.length === 0) return false;
  const whyLines = new Set(model.whys.map((w) => w.line));
  // The analysis sections' lines as disjoint ranges, walked once as the nodes go down the document.
  const ranges: Array<[number, number]> = [];
  for (const s of [...analysis].sort((a, b) => a.line - b.line)) {
    const last = ranges[ranges.length - 1];
    if (last && s.line <= last[1] + 1) last[1] = Math.max(last[1], s.endLine);
    else ranges.push([s.line, s.endLine]);
  }
  let r = 0;
  const inAnalysis = (line: number) => {
    while (r < ranges.length && ranges[r][1] < line) r++;
    return r < ranges.length && ranges[r][0] <= line;
  };
  const visit = (nodes: RootContent[]): boolean => {
    for (const node of nodes) {
      const line = node.position?.start.line ?? 0;
      if (node.type === 'paragraph' && inAnalysis(line)) {
        const text = plainWords(node);
        if (text.length <= 60 && FACTORS.test(text)) return true;
      }
      if (node.type === 'list' && inAnalysis(line)) {
        const items = (node as List).children;
        const steps = items.filter((i) => whyLines.has(i.children[0]?.position?.start.line ?? -1)).length;
        if (items.length >= 2 && steps === 0) return true;
      }
      if (node.type === 'blockquote' && visit(node.children)) return true;
    }
    return false;
  };
  return visit(tree.children);
}
