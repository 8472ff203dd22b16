import * as vscode from 'vscode';
import type { LintResult } from '../core/lint/lint.js';
import { MODEL_REQUEST, type ModelParams, type ModelResult } from '../protocol.js';
import { SCHEMES, type PostmortemClient } from './client.js';
import { isEnabled } from './settings.js';

export interface Analysis {
  document: vscode.TextDocument;
  version: number;
  result: LintResult;
  /** A hash of the version's text (core/board/hash.ts), from the server. */
  hash: number;
}

interface Cached {
  version: number;
  generation: number;
  analysis: Promise<Analysis | undefined>;
  resolved?: Analysis;
}

export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && SCHEMES.includes(document.uri.scheme);
}

/**
 * The language server's analysis of a document version, shared by the
 * outline, the board and the commands: asked for once per version and
 * configuration, however many views listen. Nothing is analysed here, so the
 * editor never waits for an analysis.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  private readonly emitter = new vscode.EventEmitter<Analysis>();
  readonly onDidAnalyze = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];
  /** How many analyses were asked of the server: one per document version and configuration, whoever asks. */
  runs = 0;
  /** Bumped when the configuration changes, so cached answers are asked again. */
  generation = 0;

  constructor(private readonly client: PostmortemClient) {
    this.subscriptions = [this.emitter, vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString()))];
  }

  /** Drops every cached answer (the configuration changed). */
  invalidate(): void {
    this.cache.clear();
    this.generation++;
  }

  /**
   * The analysis of the document's current version; undefined when the
   * document is not Markdown, moved on, or postmortem.enable is off for it.
   */
  analyze(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!isMarkdown(document) || !isEnabled(document.uri)) return Promise.resolve(undefined);
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.generation === this.generation) return cached.analysis;
    const entry: Cached = { version: document.version, generation: this.generation, analysis: this.ask(document, document.version) };
    void entry.analysis.then((a) => (entry.resolved = a));
    this.cache.set(key, entry);
    return entry.analysis;
  }

  private async ask(document: vscode.TextDocument, version: number): Promise<Analysis | undefined> {
    await this.client.start();
    this.runs++;
    const params: ModelParams = { uri: this.client.code2ProtocolConverter.asUri(document.uri), version };
    const answer = await this.client.sendRequest<ModelResult | null>(MODEL_REQUEST, params).catch(() => null);
    // The server answers for the newest version it has: only an answer for this version is this version's analysis.
    if (!answer || answer.version !== version || document.version !== version) return undefined;
    const analysis = { document, version, result: answer.result, hash: answer.hash };
    this.emitter.fire(analysis);
    return analysis;
  }

  /** The last analysis if it still matches the document, without asking. */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const cached = this.cache.get(document.uri.toString());
    return cached && cached.version === document.version && cached.generation === this.generation ? cached.resolved : undefined;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
