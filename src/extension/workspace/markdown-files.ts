import type * as vscode from 'vscode';

/** The Markdown files of a workspace that the index and Lint All read. */
export const MARKDOWN_GLOB = '**/*.{md,markdown}';
export const MARKDOWN_EXCLUDE = '{**/node_modules/**,**/.git/**}';

/**
 * Whether `key` (a URI as a string) is `gone` or lies below it: a deleted
 * folder reports only itself, so what was below it goes too.
 */
export function isGoneWith(key: string, gone: vscode.Uri): boolean {
  const uri = gone.toString();
  return key === uri || key.startsWith(uri.replace(/\/?$/, '/'));
}
