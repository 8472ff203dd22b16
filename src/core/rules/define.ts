import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import type { Fix, Severity } from '../lint/types.js';
import type { Language, PostmortemModel, Span } from '../model/types.js';
import { LineIndex } from '../text.js';

export const DOCS_BASE = 'https://github.com/postmortem-tools/postmortem-assistant/blob/main/docs/rules/';

/** A message text in both languages; the document's language picks one. */
export interface Localized {
  en: string;
  ko: string;
}

export interface Report {
  message: Localized;
  span: Span;
  fixes?: Fix[];
  /** The flagged text (retext-equality style). */
  actual?: string;
  /** Suggested replacements, best first. */
  expected?: string[];
}

export interface RuleContext<Options> {
  tree: Root;
  file: VFile;
  text: string;
  lines: LineIndex;
  model: PostmortemModel;
  language: Language;
  options: Options;
  /** Today as YYYY-MM-DD (injected so results are reproducible). */
  today: string;
  report(report: Report): void;
}

export interface RuleMeta<Options> {
  /** Stable id, kebab-case; also the doc file name under docs/rules/. */
  id: string;
  description: string;
  defaultSeverity: Severity;
  defaultOptions: Options;
  /**
   * Checks user options and returns them merged over the defaults, or a list of
   * problems ("`minimum` must be a whole number from 1 to 20").
   */
  validateOptions?(raw: Record<string, unknown>): { options: Options; problems: string[] };
  check(context: RuleContext<Options>): void;
}

export interface Rule<Options = unknown> extends RuleMeta<Options> {
  url: string;
  /** The unified plugin (remark-lint rule). */
  plugin: ReturnType<typeof lintRule<Root, Options>>;
}

/** A rule of any options type, as held in the registry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

declare module 'vfile' {
  interface DataMap {
    postmortem: PostmortemModel;
    postmortemText: string;
    postmortemLines: LineIndex;
    today: string;
    /** See LintOptions.onPhase. */
    onPhase: (phase: string) => void;
  }
}

/** Wraps a rule as a unified-lint-rule plugin that reads the model from `file.data`. */
export function defineRule<Options>(meta: RuleMeta<Options>): Rule<Options> {
  const url = DOCS_BASE + meta.id + '.md';
  const plugin = lintRule<Root, Options>(
    { origin: 'postmortem:' + meta.id, url },
    (tree, file, options) => {
      const model = file.data.postmortem;
      if (!model || !model.isPostmortem) return;
      file.data.onPhase?.(meta.id);
      const language = model.language;
      meta.check({
        tree,
        file,
        text: file.data.postmortemText ?? String(file.value),
        lines: file.data.postmortemLines ?? new LineIndex(file.data.postmortemText ?? String(file.value)),
        model,
        language,
        options: { ...meta.defaultOptions, ...(options ?? {}) } as Options,
        today: file.data.today ?? new Date().toISOString().slice(0, 10),
        report(report) {
          const message = file.message(report.message[language], {
            place: {
              start: report.span.start,
              end: report.span.end,
            },
          });
          Object.assign(message, {
            fixes: report.fixes ?? [],
            actual: report.actual,
            expected: report.expected,
          });
        },
      });
    },
  );
  return { ...meta, url, plugin };
}
