import * as vscode from 'vscode';
import type { LintMessage } from '../core/lint/types.js';
import { isMarkdown, type AnalysisService } from './analysis.js';
import type { ConfigService } from './config-service.js';
import { isEnabled, runMode } from './settings.js';

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
} as const;

/** Length of a 0-based line, for messages that point at a line rather than a span. */
export type LineLength = (line: number) => number;

export function documentLineLength(document: vscode.TextDocument): LineLength {
  return (line) => document.lineAt(Math.min(line, document.lineCount - 1)).text.length;
}

export function textLineLength(text: string): LineLength {
  let lines: string[] | undefined;
  return (line) => (lines ??= text.split(/\r\n|\r|\n/))[Math.min(line, lines.length - 1)]?.length ?? 0;
}

export function toDiagnostic(m: LintMessage, lineLength: LineLength): vscode.Diagnostic {
  const start = new vscode.Position(m.line - 1, m.column - 1);
  let end = new vscode.Position(m.endLine - 1, m.endColumn - 1);
  // A point message underlines the rest of its line, as other linters do.
  if (end.isEqual(start)) end = new vscode.Position(start.line, Math.max(start.character, lineLength(start.line)));
  const d = new vscode.Diagnostic(new vscode.Range(start, end), m.message, SEVERITY[m.severity]);
  d.source = 'postmortem';
  d.code = { value: m.ruleId, target: vscode.Uri.parse(m.url) };
  return d;
}

/**
 * Publishes lint results as diagnostics: on open, on type (debounced) or on
 * save, never for a version older than the document's current one.
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('postmortem');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly analysis: AnalysisService,
    configs: ConfigService,
    private readonly delayMs = 300,
  ) {
    this.subscriptions = [
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && runMode(e.document.uri) === 'onType') this.schedule(e.document, this.delayMs);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cancel(d);
        this.collection.delete(d.uri);
      }),
      configs.onDidChange(() => this.lintAllOpen()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.lintAllOpen()),
    ];
    this.lintAllOpen();
  }

  lintAllOpen(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private cancel(document: vscode.TextDocument) {
    const key = document.uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  schedule(document: vscode.TextDocument, delay: number): void {
    if (!isMarkdown(document)) return;
    this.cancel(document);
    const key = document.uri.toString();
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.lint(document);
    }, delay));
  }

  /** Lints now and publishes, unless the document changed meanwhile. */
  async lint(document: vscode.TextDocument): Promise<void> {
    if (!isEnabled(document.uri)) {
      this.collection.delete(document.uri);
      return;
    }
    const version = document.version;
    const result = await this.analysis.analyze(document);
    if (!result || document.isClosed || document.version !== version) return;
    const length = documentLineLength(document);
    this.collection.set(document.uri, result.result.messages.map((m) => toDiagnostic(m, length)));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
  }
}
