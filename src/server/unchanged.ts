import type { Diagnostic } from 'vscode-languageserver';

/**
 * The diagnostics last published per document. Most keystrokes change no
 * problem (typing on a line without one moves nothing), and a client handles
 * every publication in full: converting and storing a long document's
 * hundreds of problems takes an editor's thread tens of milliseconds. An
 * unchanged set is therefore not sent again; the client keeps what it has.
 */
export class LastPublished {
  private readonly sets = new Map<string, string>();

  /** Whether `diagnostics` differ from the last set published for `uri`; remembers them when they do. */
  differs(uri: string, diagnostics: Diagnostic[]): boolean {
    const key = JSON.stringify(diagnostics);
    if (this.sets.get(uri) === key) return false;
    this.sets.set(uri, key);
    return true;
  }

  /** The document closed (its problems were cleared) or must be sent again whatever it holds. */
  forget(uri: string): void {
    this.sets.delete(uri);
  }
}
