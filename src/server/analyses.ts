import type { TextDocument } from 'vscode-languageserver-textdocument';
import { textHash } from '../core/board/hash.js';
import { emptyModel, type LintResult } from '../core/lint/lint.js';
import { timeoutMessage } from '../core/lint/timeout.js';
import { InProcessRunner, type AnalysisRunner, type LintMessages, type RunOptions, type RunOutcome } from './runner.js';
import type { ConfigFileProblems, ServerConfigs } from './configs.js';
import type { ServerHost } from './host.js';
import type { WorkspaceRelated } from './related.js';

export interface Analysis {
  uri: string;
  version: number;
  result: LintResult;
  settings: import('../protocol.js').ServerSettings;
  /** Config files that apply and have problems. */
  broken?: ConfigFileProblems[];
  /** A hash of the text analysed, made once when first asked. */
  hash: () => number;
}

/** What the diagnostics of a version need: its messages, known before the rest of its analysis. */
export interface Diagnosed extends LintMessages {
  uri: string;
  version: number;
  settings: Analysis['settings'];
  broken?: ConfigFileProblems[];
}

const diagnosedOf = ({ uri, version, result, settings, broken }: Analysis): Diagnosed => ({ uri, version, messages: result.messages, skipped: result.skipped, settings, ...(broken ? { broken } : {}) });

/** The hash of `text`, computed on the first call only, unless the worker that read the document already made it. */
function hashOnce(text: string, known?: number): () => number {
  let hash = known;
  return () => (hash ??= textHash(text));
}

interface Cached {
  version: number;
  generation: number;
  /** The other postmortems as the analysis saw them (see WorkspaceRelated.generation). */
  related: number;
  analysis: Promise<Analysis | undefined>;
  /** The version's messages, which may come before its analysis. */
  diagnosed: Promise<Diagnosed | undefined>;
}

/**
 * One analysis per document version and configuration, shared by every
 * feature (diagnostics, code actions, symbols, hover, the model request): a
 * keystroke costs at most one analysis, whoever asks.
 */
export class Analyses {
  private readonly cache = new Map<string, Cached>();
  /** How many analyses ran. */
  runs = 0;

  constructor(
    private readonly configs: ServerConfigs,
    private readonly host: ServerHost,
    private readonly current: (uri: string) => TextDocument | undefined,
    private readonly runner: AnalysisRunner = new InProcessRunner(),
    /** The workspace's postmortems: each analysis reads the others and leaves its own there. */
    private readonly related?: WorkspaceRelated,
  ) {}

  /** The analysis of this version of the document; undefined when the document moved on before it ran. */
  get(document: TextDocument): Promise<Analysis | undefined> {
    return this.entry(document).analysis;
  }

  /** The messages of this version of the document, as soon as they are known (before its model). */
  diagnosed(document: TextDocument): Promise<Diagnosed | undefined> {
    return this.entry(document).diagnosed;
  }

  private entry(document: TextDocument): Cached {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === this.configs.generation && !this.relatedChanged(cached, document.uri)) return cached;
    const related = this.related?.generation(document.uri) ?? 0;
    let early: (d: Diagnosed | undefined) => void = () => undefined;
    const diagnosed = new Promise<Diagnosed | undefined>((resolve) => (early = resolve));
    const analysis = this.run(document, document.version, this.configs.generation, early);
    // Whatever way the analysis ends (skipped, stopped, failed), the messages settle with it at the latest.
    void analysis.then((a) => early(a && diagnosedOf(a)), () => early(undefined));
    const entry: Cached = { version: document.version, generation: this.configs.generation, related, analysis, diagnosed };
    this.cache.set(document.uri, entry);
    return entry;
  }

  private relatedChanged(cached: Cached, uri: string): boolean {
    return !!this.related && cached.related !== this.related.generation(uri);
  }

  /** Whether the document's last analysis was made before another postmortem changed in a way its repeated-fix check would see. */
  outdated(uri: string): boolean {
    const cached = this.cache.get(uri);
    return !!cached && this.relatedChanged(cached, uri);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.runner.forget(uri);
  }

  /**
   * The full analysis of a closed file (Lint All Postmortems), where open documents are
   * analysed and with the same time limit; nothing is kept for it afterwards.
   */
  async lintClosed(uri: string, text: string, options: RunOptions): Promise<LintResult | undefined> {
    try {
      const outcome = await this.runner.lint(uri, text, { ...options, read: !!this.related });
      if (outcome.kind === 'stale') return undefined;
      // Opened meanwhile: its own analysis keeps the index current.
      if (outcome.kind === 'done' && outcome.reading && !this.current(uri)) this.related?.put(uri, outcome.reading);
      return resultOf(outcome);
    } finally {
      if (!this.current(uri)) this.runner.forget(uri);
    }
  }

  private async run(document: TextDocument, version: number, generation: number, early: (d: Diagnosed) => void): Promise<Analysis | undefined> {
    const { config, globPath, settings, broken, ignored } = await this.configs.forDocument(document.uri);
    const now = this.current(document.uri);
    // A newer version arrived while the configuration loaded: its own request follows.
    if (now?.version !== version) return undefined;
    // The configuration changed meanwhile (a client sends its settings once at start): analyse with the new one.
    if (this.configs.generation !== generation) return this.get(now);
    // Turned off (postmortem.enable): nothing is analysed, and every feature sees a skipped document.
    const skipped = settings.enable === false ? 'postmortem.enable is off' : ignored ? 'named in .postmortemignore' : null;
    if (skipped) {
      this.related?.remove(document.uri);
      return { uri: document.uri, version, result: { model: emptyModel(skipped, false), messages: [], skipped }, settings, hash: hashOnce(document.getText()) };
    }
    this.runs++;
    try {
      const text = document.getText();
      const related = this.related?.context(document.uri);
      const options = { path: globPath, config, today: this.host.today(), read: !!this.related, ...(related ? { related } : {}) };
      const onMessages = (m: LintMessages) => early({ uri: document.uri, version, ...m, settings, ...(broken ? { broken } : {}) });
      const outcome = await this.runner.lint(document.uri, text, options, () => this.current(document.uri)?.version === version, onMessages);
      if (outcome.kind === 'stale') return undefined;
      if (outcome.kind === 'done' && outcome.reading) this.related?.put(document.uri, outcome.reading);
      const result = resultOf(outcome);
      for (const e of result.internalErrors ?? []) this.host.log(`rule ${e.ruleId} failed on ${document.uri}: ${e.stack}`);
      return { uri: document.uri, version, result, settings, broken, hash: hashOnce(text, outcome.kind === 'done' ? outcome.reading?.hash : undefined) };
    } catch (error) {
      this.host.log(`analysis of ${document.uri} failed: ${(error as Error).stack ?? String(error)}`);
      return undefined;
    }
  }
}

/** What every feature reads of an outcome: stopped by the watchdog, one message says where, and the document is not linted. */
function resultOf(outcome: Exclude<RunOutcome, { kind: 'stale' }>): LintResult {
  return outcome.kind === 'done' ? outcome.result : { model: emptyModel('the analysis was stopped', true), messages: [timeoutMessage(outcome.stage, outcome.timeoutMs)], skipped: null };
}
