import type * as vscode from 'vscode';
import { webviewPageHtml } from '../webview-page.js';

/** The board's page: see webviewPageHtml. */
export function boardHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string): string {
  return webviewPageHtml(webview, extensionUri, { title, styles: [['codicons', 'codicon.css'], ['board.css']], script: 'board.js', main: 'board' });
}
