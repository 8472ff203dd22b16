import type { TextBlock } from './extract-blocks.js';
import type { DocumentBlocks } from './document-blocks.js';
import type { TermMatcher } from './term-set.js';
import { allowedSpans } from './allowed-terms.js';
import { inQuestion } from './questions.js';
import type { TriggerIndex } from './trigger-index.js';

/** One flagged span of block text. */
export interface Hit {
  matcher: TermMatcher;
  block: TextBlock;
  start: number;
  end: number;
}

export interface ScanOptions {
  matchers: readonly TermMatcher[];
  /** The matchers' triggers, built once per set of matchers (see find-wording.ts). */
  index: TriggerIndex;
  /** Plain phrases that are fine here: a hit overlapping one is dropped. */
  allowedTerms?: readonly string[];
  /** Headings such as "What could have gone better?" are prompts, not claims. */
  skipHeadings?: boolean;
  /** Questions ("should we have caught this?") are prompts, not claims. */
  skipQuestions?: boolean;
}

/**
 * Runs every matcher over every block; overlapping hits keep the earliest,
 * then the longest. A matcher runs on a block only when one of the block's
 * words passes one of its triggers: without one, it can find nothing there.
 */
export function scanBlocks(doc: DocumentBlocks, options: ScanOptions): Hit[] {
  const { matchers, index } = options;
  const marks = new Uint8Array(matchers.length);
  const hits: Hit[] = [];
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b]!;
    if (options.skipHeadings && block.kind === 'heading') continue;
    if (!index.mayTrigger(block.text, doc.normalized(b))) continue;
    const tokens = doc.tokens(b);
    if (index.mark(tokens, marks) === 0) continue;
    const found: Hit[] = [];
    for (let m = 0; m < matchers.length; m++) {
      if (marks[m] === 0) continue;
      const matcher = matchers[m]!;
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
