/** A postmortem's name: its file name without folders or the Markdown extension, URI escapes decoded. */
export function postmortemName(path: string): string {
  let name = path.split(/[\\/]/).pop() ?? path;
  try {
    name = decodeURIComponent(name);
  } catch {
    // A stray % stays as written.
  }
  return name.replace(/\.(md|markdown)$/i, '');
}
