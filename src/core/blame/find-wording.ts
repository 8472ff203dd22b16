import type { Root } from 'mdast';
import type { Language, Point, Span } from '../model/types.js';
import { LineIndex } from '../text.js';
import { documentBlocks } from './document-blocks.js';
import { toReport, type WordingReport } from './report.js';
import { scanBlocks } from './scan.js';
import { DEFAULT_WORDING_OPTIONS, userMatchers, type WordingOptions } from './term-options.js';
import { builtinTerms, type TermMatcher } from './term-set.js';
import { TriggerIndex } from './trigger-index.js';
import { BoundedMemo } from '../bounded-memo.js';

export type WordingKind = 'blame' | 'counterfactual';

/** What the wording check reads from a document. */
export interface WordingInput {
  tree: Root;
  text: string;
  /** Language of messages and suggestions; 'en' when absent. */
  language?: Language;
  options?: Partial<WordingOptions>;
  /** Offsets to points; built from `text` when absent. */
  lines?: { point(offset: number): Point };
  /** Action items of the document model, for terms another rule reports there. */
  model?: { actionItems: ReadonlyArray<{ span: Span }> };
}

/** A finding, with the id of the term (or "extraTerms[i]") that produced it. */
export type WordingFinding = WordingReport & { termId: string };

/**
 * Finds blaming (or, for 'counterfactual', hindsight) wording in the prose
 * of a document. Counterfactual checks skip headings and questions: "What
 * could we have done better?" is a retrospective prompt, not a judgement.
 */
export function findWording(input: WordingInput, kind: WordingKind): WordingFinding[] {
  const terms = builtinTerms();
  const options = normalizeOptions(input.options);
  const { matchers, index } = planFor(options, kind);
  const hits = scanBlocks(documentBlocks(input.tree, input.text), {
    matchers,
    index,
    allowedTerms: options.allowedTerms,
    skipHeadings: kind === 'counterfactual',
    skipQuestions: kind === 'counterfactual',
  });
  if (hits.length === 0) return [];
  const context = {
    source: input.text,
    lines: input.lines ?? new LineIndex(input.text),
    language: input.language ?? 'en',
    categories: terms.categories,
  };
  const items = input.model?.actionItems ?? [];
  const out: WordingFinding[] = [];
  for (const hit of hits) {
    const found = toReport(hit, context);
    const line = found.span.start.line;
    if (hit.matcher.skipInActionItems && items.some((i) => i.span.start.line <= line && line <= i.span.end.line)) continue;
    out.push({ ...found, termId: hit.matcher.id });
  }
  return out;
}

interface Plan {
  matchers: TermMatcher[];
  index: TriggerIndex;
}

/** Compiled plans by kind and extra terms: rule options are fresh objects on every run, their contents are not. */
const plans = new BoundedMemo<string, Plan>(64);

/** The built-in matchers of a kind, then the user's extra terms, with their trigger index. */
function planFor(options: WordingOptions, kind: WordingKind): Plan {
  // Only plain string lists make a faithful key; anything else is compiled afresh.
  const key = options.extraTerms.every((t) => typeof t === 'string') ? kind + '\u0000' + JSON.stringify(options.extraTerms) : null;
  const compile = (): Plan => {
    // Built-in wording is read by src/core/wording (who did what); this scan serves the user's own terms.
    const matchers = userMatchers(options, kind === 'counterfactual' ? 'counterfactual' : 'user-term');
    return { matchers, index: new TriggerIndex(matchers.map((m) => m.triggers)) };
  };
  return key === null ? compile() : plans.get(key, compile);
}

/** Options may arrive unvalidated; anything malformed counts as absent. */
function normalizeOptions(raw: Partial<WordingOptions> | undefined): WordingOptions {
  if (!raw) return DEFAULT_WORDING_OPTIONS;
  if (Array.isArray(raw.extraTerms) && Array.isArray(raw.allowedTerms)) return raw as WordingOptions;
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : []);
  return { extraTerms: strings(raw.extraTerms), allowedTerms: strings(raw.allowedTerms) };
}
