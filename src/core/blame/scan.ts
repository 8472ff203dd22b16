import type { TextBlock } from './extract-blocks.js';
import type { TermMatcher } from './term-set.js';
import { allowedSpans } from './allowed-terms.js';
import { inQuestion } from './questions.js';
import { tokenize } from './tokenize.js';

/** One flagged span of block text. */
export interface Hit {
  matcher: TermMatcher;
  block: TextBlock;
  start: number;
  end: number;
}

export interface ScanOptions {
  matchers: readonly TermMatcher[];
  /** Plain phrases that are fine here: a hit overlapping one is dropped. */
  allowedTerms?: readonly string[];
  /** Headings such as "What could have gone better?" are prompts, not claims. */
  skipHeadings?: boolean;
  /** Questions ("should we have caught this?") are prompts, not claims. */
  skipQuestions?: boolean;
}

/** Runs every matcher over every block; overlapping hits keep the earliest, then the longest. */
export function scanBlocks(blocks: readonly TextBlock[], options: ScanOptions): Hit[] {
  const hits: Hit[] = [];
  for (const block of blocks) {
    if (options.skipHeadings && block.kind === 'heading') continue;
    const tokens = tokenize(block.text);
    const found: Hit[] = [];
    for (const matcher of options.matchers) {
      for (const span of matcher.find(block, tokens)) found.push({ matcher, block, ...span });
    }
    if (found.length === 0) continue;
    const fine = allowedSpans(block.text, options.allowedTerms ?? []);
    const kept = found
      .filter((h) => !fine.some((f) => f.start < h.end && h.start < f.end))
      .filter((h) => !options.skipQuestions || !inQuestion(block.text, h.start, h.end));
    hits.push(...withoutOverlaps(kept));
  }
  return hits;
}

function withoutOverlaps(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (!last || h.start >= last.end) out.push(h);
  }
  return out;
}
