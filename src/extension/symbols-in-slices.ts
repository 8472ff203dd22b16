import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DocumentSymbolRequest, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-protocol';

/** How long one slice of the conversion may hold the extension host's thread. */
const SLICE_MS = 8;

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The server's document symbols as the editor's, converted a slice at a time.
 * The client library converts a whole top-level symbol at once, and a long
 * postmortem's outline is one title holding thousands of entries: that held
 * the extension host for about 100 ms on a 10,000-line document. Here every
 * symbol is a step, whatever its depth, and the host is let go between slices.
 */
export async function symbolsInSlices(
  symbols: readonly DocumentSymbol[],
  convert: (symbol: DocumentSymbol) => vscode.DocumentSymbol,
  token: Pick<vscode.CancellationToken, 'isCancellationRequested'>,
  sliceMs = SLICE_MS,
): Promise<vscode.DocumentSymbol[] | undefined> {
  const roots: vscode.DocumentSymbol[] = [];
  const stack: Array<{ from: readonly DocumentSymbol[]; into: vscode.DocumentSymbol[]; next: number }> = [{ from: symbols, into: roots, next: 0 }];
  let sliceStart = Date.now();
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.from.length) {
      stack.pop();
      continue;
    }
    const { children, ...own } = top.from[top.next++]!;
    const symbol = convert(own);
    top.into.push(symbol);
    if (children?.length) stack.push({ from: children, into: symbol.children, next: 0 });
    if (Date.now() - sliceStart >= sliceMs) {
      await pause();
      if (token.isCancellationRequested) return undefined;
      sliceStart = Date.now();
    }
  }
  return roots;
}

const isDocumentSymbols = (result: readonly (DocumentSymbol | SymbolInformation)[]): result is DocumentSymbol[] => result.every((s) => 'range' in s && 'selectionRange' in s);

/** The client's document-symbol middleware: asks the server, then converts in slices. */
export function documentSymbolsMiddleware(client: () => BaseLanguageClient) {
  return async (document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | vscode.SymbolInformation[] | undefined> => {
    const c = client();
    const params = { textDocument: c.code2ProtocolConverter.asTextDocumentIdentifier(document) };
    const result = await c.sendRequest(DocumentSymbolRequest.type, params, token).catch((error) => c.handleFailedRequest(DocumentSymbolRequest.type, token, error, null));
    if (!result || token.isCancellationRequested) return undefined;
    if (!isDocumentSymbols(result)) return c.protocol2CodeConverter.asSymbolInformations(result, token);
    return symbolsInSlices(result, (s) => c.protocol2CodeConverter.asDocumentSymbol(s), token);
  };
}
