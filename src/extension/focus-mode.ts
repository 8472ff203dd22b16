import * as vscode from 'vscode';

/** `postmortem.focusMode`: false, true (the typed line) or how many lines around it. */
function focusLines(scope: vscode.Uri): number | null {
  const value = vscode.workspace.getConfiguration('postmortem', scope).get<boolean | number>('focusMode', false);
  if (value === true) return 0;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? Math.min(value, 20) : null;
}

/**
 * Focus mode: the server's diagnostics on the line being typed are held back
 * until the cursor leaves that line, so a sentence is not flagged while it is
 * half written. Only a line edited since the cursor came to it counts.
 */
export class FocusMode implements vscode.Disposable {
  /** Per document: the line being typed on, while the cursor stays on it. */
  private readonly typing = new Map<string, number>();
  /** Per document: every diagnostic the server published, before holding any back. */
  private readonly all = new Map<string, vscode.Diagnostic[]>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly collection: () => vscode.DiagnosticCollection | undefined) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        const editor = vscode.window.activeTextEditor;
        if (!e.contentChanges.length || editor?.document !== e.document || focusLines(e.document.uri) === null) return;
        this.typing.set(e.document.uri.toString(), editor.selection.active.line);
        // Hide what is already shown on the line at the first keystroke, not at the next publication.
        const shown = this.all.get(e.document.uri.toString());
        if (shown) this.collection()?.set(e.document.uri, this.filter(e.document.uri, shown));
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        const key = e.textEditor.document.uri.toString();
        const line = this.typing.get(key);
        if (line === undefined || e.selections[0]?.active.line === line) return;
        this.typing.delete(key);
        this.show(e.textEditor.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.typing.delete(d.uri.toString());
        this.all.delete(d.uri.toString());
      }),
    ];
  }

  /** What the Problems panel shows of a publication: all of it, less the lines being typed. */
  filter(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
    this.all.set(uri.toString(), diagnostics);
    const line = this.typing.get(uri.toString());
    const around = focusLines(uri);
    if (line === undefined || around === null) return diagnostics;
    return diagnostics.filter((d) => d.range.end.line < line - around || d.range.start.line > line + around);
  }

  /** Shows everything held back for the document. */
  private show(uri: vscode.Uri) {
    const diagnostics = this.all.get(uri.toString());
    if (diagnostics) this.collection()?.set(uri, diagnostics);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
