/**
 * Which document a board restored after a reload may show. The saved state
 * comes from the webview's page, so it is untrusted: its `uri` is accepted
 * only when it names, exactly, a document that is open or a postmortem in the
 * workspace index. Anything else (another scheme, a file outside the
 * workspace, not a string) restores the board without a document; it then
 * follows the active editor as usual. Pure, so it can be unit-tested without VS Code.
 */
export function restorableUri(saved: unknown, openDocuments: Iterable<string>, indexed: Iterable<string>): string | undefined {
  if (typeof saved !== 'string' || saved === '' || saved.length > 4096) return undefined;
  for (const known of openDocuments) if (known === saved) return saved;
  for (const known of indexed) if (known === saved) return saved;
  return undefined;
}
