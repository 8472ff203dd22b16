import * as vscode from 'vscode';
import { localToday } from './today.js';
import { lintText, type LintResult } from '../core/lint/lint.js';
import type { ConfigService } from './config-service.js';

export interface Analysis {
  document: vscode.TextDocument;
  version: number;
  result: LintResult;
}

interface Cached {
  version: number;
  generation: number;
  analysis: Promise<Analysis | undefined>;
  resolved?: Analysis;
}

export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled' || document.uri.scheme === 'vscode-remote' || document.uri.scheme === 'vscode-vfs');
}


/**
 * One analysis per document version, shared by diagnostics, the outline and
 * the board: a keystroke costs one parse, however many views listen.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  private readonly emitter = new vscode.EventEmitter<Analysis>();
  readonly onDidAnalyze = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];
  /** How many analyses ran: one per document version and configuration, whoever asks. */
  runs = 0;
  /** Documents the user marked with "lint anyway" for this session. */
  readonly forced = new Set<string>();

  constructor(private readonly configs: ConfigService) {
    this.subscriptions = [
      this.emitter,
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
    ];
  }

  /** The analysis of the document's current version (computed at most once per version and configuration). */
  analyze(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.generation === this.configs.generation) return cached.analysis;
    const version = document.version;
    const generation = this.configs.generation;
    const entry: Cached = { version, generation, analysis: this.run(document, version, generation) };
    void entry.analysis.then((a) => (entry.resolved = a));
    this.cache.set(key, entry);
    return entry.analysis;
  }

  private async run(document: vscode.TextDocument, version: number, generation: number): Promise<Analysis | undefined> {
    const config = await this.configs.configFor(document.uri);
    const path = document.uri.scheme === 'untitled' ? undefined : await this.configs.globPath(document.uri);
    // The document moved on while the configuration loaded: a newer request will follow.
    if (document.version !== version || this.configs.generation !== generation) return undefined;
    this.runs++;
    const result = lintText(document.getText(), {
      path,
      config,
      today: localToday(),
      force: this.forced.has(document.uri.toString()),
    });
    const analysis = { document, version, result };
    this.emitter.fire(analysis);
    return analysis;
  }

  /** The last analysis if it still matches the document, without computing. */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const cached = this.cache.get(document.uri.toString());
    return cached && cached.version === document.version ? cached.resolved : undefined;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
