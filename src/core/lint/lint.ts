import { isIgnored } from '../config/ignores.js';
import type { VFileMessage } from 'vfile-message';
import type { AnalysisCache } from './analysis-cache.js';
import type { InternalError } from '../rules/define.js';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { defaultConfig } from '../config/resolve.js';
import type { ResolvedConfig } from '../config/types.js';
import { buildModel } from '../model/build.js';
import { detectPostmortem } from '../model/detect.js';
import type { Language, PostmortemModel } from '../model/types.js';
import type { RelatedDocument } from '../related/document.js';
import { parseMarkdown } from '../parse.js';
import { DOCS_BASE } from '../rules/define.js';
import { RULES } from '../rules/index.js';
import { shiftMessages, shiftPoints, splitBom } from './bom.js';
import { documentGuards } from './chunk-guards.js';
import { MAX_DELIMITERS } from './delimiters.js';
import { MAX_NESTING } from './nesting.js';
import { applySuppressions, hasSuppressions } from './suppress.js';
import type { Fix, LintMessage, Severity } from './types.js';

export interface LintOptions {
  /** The document's path (forward or back slashes); used for postmortem detection. */
  path?: string;
  config?: ResolvedConfig;
  /** YYYY-MM-DD; defaults to today. Fixed in tests so overdue checks are reproducible. */
  today?: string;
  /** Lint even when the document does not look like a postmortem. */
  force?: boolean;
  /** Told which stage the analysis enters (a parse, the model, a rule id), so a watchdog can name where it stopped. */
  onPhase?: (phase: string) => void;
  /** Work kept from the last analysis of the same document (see AnalysisCache): an edit then costs little more than the part it touches. */
  cache?: AnalysisCache;
  /** The other postmortems of the workspace or run (plain data, see RelatedIndex.documents), and this document's own uri among them: without it `action-item-repeated` is silent. */
  related?: LintRelated;
}

export interface LintRelated {
  documents: readonly RelatedDocument[];
  /** This document's uri or path as the documents name it, so it is not matched against itself. */
  uri?: string;
}

export interface LintResult {
  model: PostmortemModel;
  messages: LintMessage[];
  /** Why the document was not linted, when it was not. */
  skipped: string | null;
  /** Rules that threw (each also left an `internal-error` message): the stacks belong in a log, not in a message. */
  internalErrors?: InternalError[];
}

const DEFAULT_CONFIG = defaultConfig(RULES);

/** The stages reported to `onPhase`, besides each rule's id. */
export const PHASE = { parse: 'the Markdown parser', model: 'the postmortem model', suppress: 'the disable comments' } as const;
const processors = new WeakMap<ResolvedConfig, ReturnType<typeof unified>>();

/** One processor per configuration: the rules with their severities and options. */
function processorFor(config: ResolvedConfig) {
  let p = processors.get(config);
  if (!p) {
    const plugins: PluggableList = [];
    for (const rule of RULES) {
      const setting = config.rules[rule.id];
      if (!setting || setting.severity === 'off') continue;
      plugins.push([rule.plugin as never, [1, setting.options]]);
    }
    p = unified().use(plugins).freeze() as unknown as ReturnType<typeof unified>;
    processors.set(config, p);
  }
  return p;
}

const IGNORED = 'its path matches `ignores` in the configuration';

/** A model with nothing in it, for a document that is not analysed. */
export function emptyModel(reason: string, isPostmortem: boolean): PostmortemModel {
  return {
    isPostmortem,
    reason,
    language: 'en',
    title: null,
    metadata: {},
    sections: [],
    missingSections: [],
    timeline: [],
    whys: [],
    actionItems: [],
    metrics: { timeToDetectMinutes: null, timeToRecoverMinutes: null },
  };
}

/** Why a document that nests too deeply is not parsed: see nesting.ts. */
const TOO_DEEP = `a line sits inside more than ${MAX_NESTING} nested block quotes or lists`;
/** Why a paragraph with too many emphasis markers is not parsed: see delimiters.ts. */
const TOO_CROWDED = `a paragraph holds more than ${MAX_DELIMITERS.toLocaleString('en')} emphasis or strikethrough markers`;

/**
 * Nesting thousands of levels deep, on lines of their own, overflows the
 * parser's stack. Such a document gets one message instead of an exception in
 * the editor or the CLI.
 */
function guard<T>(run: () => T, fallback: (reason: string) => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) return fallback('the document is nested too deeply to analyse');
    throw error;
  }
}

/**
 * The result for a document that could not be parsed. Without its headings or
 * front matter, only `force` or its path (the postmortem globs) can make it a
 * postmortem; others are skipped, as unparsed notes should not get messages.
 */
function unparsed(reason: string, line: number, options: LintOptions, config: ResolvedConfig): LintResult {
  const detected = detectPostmortem({ path: options.path, frontMatter: null, title: null, sectionKinds: new Set(), globs: config.postmortemGlobs });
  const model = emptyModel(reason, detected.isPostmortem);
  if (!detected.isPostmortem && !options.force) return { model, messages: [], skipped: `${reason}, and its path does not mark it as a postmortem` };
  return { model: { ...model, isPostmortem: true }, messages: [unreadable(reason, line)], skipped: null };
}

function unreadable(reason: string, line: number): LintMessage {
  return { ruleId: 'document-too-complex', severity: 'info', message: `Not analysed: ${reason}.`, line, column: 1, endLine: line, endColumn: 1, url: DOCS_BASE + 'document-too-complex.md', fixes: [] };
}

function tooLarge(text: string, config: ResolvedConfig, language: Language): LintMessage {
  const size = text.length.toLocaleString('en');
  const max = config.maxFileSize.toLocaleString('en');
  const message =
    language === 'ko'
      ? `문서가 너무 커서(${size}자, 한도 ${max}자) 검사를 건너뜁니다. 설정의 maxFileSize로 한도를 바꿀 수 있습니다.`
      : `This document is too large to analyse (${size} characters; the limit is ${max}). Raise \`maxFileSize\` in the configuration to lint it.`;
  return { ruleId: 'file-too-large', severity: 'info', message, line: 1, column: 1, endLine: 1, endColumn: 1, url: DOCS_BASE + 'file-too-large.md', fixes: [] };
}

/** The model alone, without running the rules: for indexing many documents quickly. */
export function modelOf(input: string, options: Pick<LintOptions, 'path' | 'config'> = {}): PostmortemModel {
  const { body: text, bom } = splitBom(input);
  const config = options.config ?? DEFAULT_CONFIG;
  if (isIgnored(config.ignores, options.path)) return emptyModel(IGNORED, false);
  if (text.length > config.maxFileSize) return emptyModel('the document exceeds maxFileSize', false);
  const { deep, crowded } = documentGuards(text);
  if (deep) return unparsed(TOO_DEEP, 1, options, config).model;
  if (crowded) return unparsed(TOO_CROWDED, 1, options, config).model;
  const model = guard(
    () => buildModel(parseMarkdown(text), text, { path: options.path, requiredSections: config.requiredSections, postmortemGlobs: config.postmortemGlobs }).model,
    (reason) => unparsed(reason, 1, options, config).model,
  );
  if (bom) shiftPoints(model, bom);
  return model;
}

/** Analyses one document: the model, and the rules' messages for it. */
export function lintText(input: string, options: LintOptions = {}): LintResult {
  const { body, bom } = splitBom(input);
  const result = guard(
    () => lintBody(body, options),
    (reason) => unparsed(reason, 1, options, options.config ?? DEFAULT_CONFIG),
  );
  if (bom) {
    shiftPoints(result.model, bom);
    shiftMessages(result.messages, bom);
  }
  return result;
}

function lintBody(text: string, options: LintOptions): LintResult {
  const config = options.config ?? DEFAULT_CONFIG;
  // Ignored by the configuration: never linted, in any host.
  if (isIgnored(config.ignores, options.path)) return { model: emptyModel(IGNORED, false), messages: [], skipped: IGNORED };
  if (text.length > config.maxFileSize) {
    const language: Language = config.language === 'auto' ? 'en' : config.language;
    return { model: emptyModel('the document exceeds maxFileSize', true), messages: [tooLarge(text, config, language)], skipped: null };
  }
  const { deep, crowded } = options.cache ? options.cache.guards(text) : documentGuards(text);
  if (deep) return unparsed(TOO_DEEP, deep, options, config);
  if (crowded) return unparsed(TOO_CROWDED, crowded, options, config);
  options.onPhase?.(PHASE.parse);
  const tree = options.cache ? options.cache.parse(text) : parseMarkdown(text);
  options.onPhase?.(PHASE.model);
  const { model, frontMatter, lines } = buildModel(tree, text, {
    path: options.path,
    requiredSections: config.requiredSections,
    postmortemGlobs: config.postmortemGlobs,
  });
  if (config.language !== 'auto') model.language = config.language;
  if (!model.isPostmortem && !options.force) return { model, messages: [], skipped: model.reason };

  const file = new VFile({ path: options.path, value: text });
  file.data.postmortem = options.force ? { ...model, isPostmortem: true } : model;
  file.data.postmortemText = text;
  file.data.postmortemLines = lines;
  file.data.today = options.today ?? new Date().toISOString().slice(0, 10);
  if (options.onPhase) file.data.onPhase = options.onPhase;
  if (options.related) file.data.related = options.related;
  if (options.cache) {
    options.cache.sentences.begin();
    file.data.sentenceMemo = options.cache.sentences;
  }
  processorFor(config).runSync(tree, file);
  options.onPhase?.(PHASE.suppress);
  if (hasSuppressions(text)) applySuppressions(tree, file, RULES.map((r) => r.id), lines);

  const messages: LintMessage[] = file.messages.map((m) => toLintMessage(m, config));
  if (frontMatter?.problem) {
    messages.push({ ruleId: 'front-matter', severity: 'warning', message: frontMatter.problem, line: frontMatter.line, column: 1, endLine: frontMatter.line, endColumn: 1, url: DOCS_BASE + 'front-matter.md', fixes: [] });
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  const internalErrors = file.data.internalErrors;
  return { model: file.data.postmortem!, messages, skipped: null, ...(internalErrors?.length ? { internalErrors } : {}) };
}

/** A rule's VFile message as a LintMessage: severity from the configuration, `internal-error` for a rule that threw. */
export function toLintMessage(m: VFileMessage, config: ResolvedConfig): LintMessage {
  const internal = (m as { internal?: boolean }).internal === true;
  const ruleId = internal ? 'internal-error' : (m.ruleId ?? 'internal-error');
  const severity: Severity = internal ? 'error' : ((config.rules[ruleId]?.severity as Severity | undefined) ?? (m.fatal ? 'error' : 'warning'));
  const start = m.place && 'start' in m.place ? m.place.start : m.place;
  const end = m.place && 'end' in m.place ? m.place.end : start;
  const x = m as unknown as { fixes?: Fix[]; actual?: string; expected?: string[]; related?: LintMessage['related'] };
  return {
    ruleId,
    severity,
    message: m.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    url: internal ? DOCS_BASE + 'internal-error.md' : (m.url ?? DOCS_BASE + ruleId + '.md'),
    ...(x.actual !== undefined ? { actual: x.actual } : {}),
    ...(x.expected ? { expected: x.expected } : {}),
    fixes: x.fixes ?? [],
    ...(x.related?.length ? { related: x.related } : {}),
  };
}
