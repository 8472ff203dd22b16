import type { TextBlock } from './extract-blocks.js';
import type { DocumentBlocks } from './document-blocks.js';
import type { TermMatcher } from './term-set.js';
import { BoundedMemo } from '../bounded-memo.js';
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
  const memo = memoFor(options);
  const hits: Hit[] = [];
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b]!;
    if (options.skipHeadings && block.kind === 'heading') continue;
    // What the matchers find depends on the block's text alone (not on where it stands): kept by that text.
    const spans = memo.get(block.text, () => {
      if (!index.mayTrigger(block.text, doc.normalized(b))) return NONE;
      const tokens = doc.tokens(b);
      if (index.mark(tokens, marks) === 0) return NONE;
      const found: Span[] = [];
      for (let m = 0; m < matchers.length; m++) {
        if (marks[m] === 0) continue;
        const matcher = matchers[m]!;
        for (const span of matcher.find(block, tokens)) found.push({ matcher, ...span });
      }
      if (found.length === 0) return NONE;
      const fine = allowedSpans(block.text, options.allowedTerms ?? []);
      const kept = found
        .filter((h) => !fine.some((f) => f.start < h.end && h.start < f.end))
        .filter((h) => !options.skipQuestions || !inQuestion(block.text, h.start, h.end));
      return withoutOverlaps(kept);
    });
    for (const span of spans) hits.push({ ...span, block });
  }
  return hits;
}

/** A hit without its block: what a block's text yields wherever it stands. */
type Span = Omit<Hit, 'block'>;
const NONE: readonly Span[] = [];

/** Per set of matchers, per way of scanning (allowed terms, what is skipped): the spans each block text yields. */
const memos = new WeakMap<TriggerIndex, Map<string, BoundedMemo<string, readonly Span[]>>>();

function memoFor(options: ScanOptions): BoundedMemo<string, readonly Span[]> {
  let byWay = memos.get(options.index);
  if (!byWay) memos.set(options.index, (byWay = new Map()));
  const way = `${options.skipQuestions ? 1 : 0}\u0000${(options.allowedTerms ?? []).join('\u0000')}`;
  let memo = byWay.get(way);
  // A few ways per set of matchers at most; an editor that keeps changing its allowed terms starts afresh.
  if (!memo) {
    if (byWay.size >= 8) byWay.clear();
    byWay.set(way, (memo = new BoundedMemo(20_000)));
  }
  return memo;
}

function withoutOverlaps<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (!last || h.start >= last.end) out.push(h);
  }
  return out;
}
