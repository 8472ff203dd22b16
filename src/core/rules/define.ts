import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import type { LintRelated } from '../lint/lint.js';
import type { Fix, Severity } from '../lint/types.js';
import type { Language, PostmortemModel, Span } from '../model/types.js';
import { LineIndex } from '../text.js';
import type { SentenceMemo } from '../wording/memo.js';

export const DOCS_BASE = 'https://github.com/postmortem-tools/postmortem-assistant/blob/main/docs/rules/';

/** A rule that threw while checking a document. */
export interface InternalError {
  ruleId: string;
  stack: string;
}

/** A message text in both languages; the document's language picks one. */
export interface Localized {
  en: string;
  ko: string;
}

export interface Report {
  message: Localized;
  span: Span;
  /** Other places the message is about ("comes after the entry at line 14"), each with a note; `uri` when the place is in another document. */
  related?: Array<{ span: Span; message: Localized; uri?: string }>;
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
  /** Sentence readings kept from the last analysis of this document, when the caller keeps them. */
  sentences?: SentenceMemo;
  /** The other postmortems, when the caller has them (LintOptions.related). */
  related?: LintRelated;
  report(report: Report): void;
}

/**
 * What applying a rule's first fix unread does: `safe` adds structure and
 * keeps every word the user wrote; `wording` changes how a sentence reads;
 * `suggestion` needs facts only the user knows (an owner, a time zone).
 * "Fix all auto-fixable problems" applies only safe fixes.
 */
export type FixType = 'safe' | 'wording' | 'suggestion';

/**
 * A JSON Schema fragment (draft-07), as the configuration's schema holds it.
 * `errorMessage` is the message shown for a value this fragment refuses, in
 * the editor (VS Code's JSON support reads it) and by the command line.
 */
export interface SchemaFragment {
  type?: string | string[];
  description?: string;
  markdownDescription?: string;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  items?: SchemaFragment;
  errorMessage?: string;
}

export interface RuleMeta<Options> {
  /** Stable id, kebab-case; also the doc file name under docs/rules/. */
  id: string;
  description: string;
  defaultSeverity: Severity;
  defaultOptions: Options;
  /** For a rule that offers fixes: see FixType. */
  fixType?: FixType;
  /**
   * Each option as a JSON Schema fragment (type, range, default, description),
   * keyed like defaultOptions; the configuration's schema is built from these.
   * None for a rule that takes no options.
   */
  optionsSchema?: Record<string, SchemaFragment>;
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
    /** See AnalysisCache. */
    sentenceMemo: SentenceMemo;
    /** Rules that threw, with their stacks (see LintResult.internalErrors). */
    internalErrors: InternalError[];
    /** See LintOptions.related. */
    related: LintRelated;
  }
}

function typeName(value: unknown): string {
  return Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value;
}

/**
 * Checks a rule's options against its own metadata: keys its defaultOptions
 * do not have are unknown, and for a rule without its own validateOptions a
 * value must have the type of its default. What fails is reported (with the
 * key) and left out, so the default applies for that part; the rest goes to
 * the rule's validateOptions when it has one.
 */
export function checkRuleOptions<Options>(rule: Pick<RuleMeta<Options>, 'defaultOptions' | 'validateOptions'>, raw: Record<string, unknown>): { options: Options; problems: string[] } {
  const defaults = (rule.defaultOptions ?? {}) as Record<string, unknown>;
  const expected = Object.keys(defaults);
  const problems: string[] = [];
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.prototype.hasOwnProperty.call(defaults, key)) {
      problems.push(expected.length ? `unknown option \`${key}\` (expected: ${expected.join(', ')})` : `unknown option \`${key}\`: this rule takes no options`);
    } else if (!rule.validateOptions && typeName(value) !== typeName(defaults[key])) {
      problems.push(`option \`${key}\` must be a ${typeName(defaults[key])} (got a ${typeName(value)})`);
    } else kept[key] = value;
  }
  if (!rule.validateOptions) return { options: { ...defaults, ...kept } as Options, problems };
  const own = rule.validateOptions(kept);
  return { options: own.options, problems: [...problems, ...own.problems] };
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
      const context: RuleContext<Options> = {
        tree,
        file,
        text: file.data.postmortemText ?? String(file.value),
        lines: file.data.postmortemLines ?? new LineIndex(file.data.postmortemText ?? String(file.value)),
        model,
        language,
        options: { ...meta.defaultOptions, ...(options ?? {}) } as Options,
        today: file.data.today ?? new Date().toISOString().slice(0, 10),
        ...(file.data.sentenceMemo ? { sentences: file.data.sentenceMemo } : {}),
        ...(file.data.related ? { related: file.data.related } : {}),
        report(report) {
          const message = withoutStack(() => file.message(report.message[language], { place: { start: report.span.start, end: report.span.end } }));
          const related = report.related?.map((r) => ({ line: r.span.start.line, column: r.span.start.column, endLine: r.span.end.line, endColumn: r.span.end.column, message: r.message[language], ...(r.uri ? { uri: r.uri } : {}) }));
          Object.assign(message, { fixes: report.fixes ?? [], actual: report.actual, expected: report.expected, related });
        },
      };
      try {
        meta.check(context);
      } catch (error) {
        // One broken rule costs its own messages, not the document's: the other rules still report.
        const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
        (file.data.internalErrors ??= []).push({ ruleId: meta.id, stack });
        const reason =
          language === 'ko'
            ? `${meta.id} 규칙이 이 문서에서 실패했습니다. 다른 규칙은 모두 실행했습니다. 이 문서와 함께 알려 주세요.`
            : `The rule ${meta.id} failed on this document; the other rules ran. Please report it with the document.`;
        // unified-lint-rule stamps the rule's id on every message the rule made: `internal` survives that.
        Object.assign(file.message(reason, { place: { line: 1, column: 1 } }), { internal: true, fixes: [] });
      }
    },
  );
  return { ...meta, url, plugin };
}

/**
 * A VFileMessage is an Error, and the Error constructor captures the call
 * stack, which vfile then replaces with ''. Capturing it through unified's
 * deep stack cost more than the rest of a message; a rule's message never
 * needs it.
 */
function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
