/**
 * The offset just past a front matter block (`---` or `+++` fences, the
 * closing fence alone on its line), 0 when the text opens with none, null
 * when it opens one that never closes. Reads line by line: linear in the text.
 */
export function frontMatterEnd(text: string): number | null {
  const fence = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text)?.[1];
  if (!fence) return 0;
  let at = text.indexOf('\n') + 1;
  while (at < text.length) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next + 1;
    if (text.slice(at, end).replace(/[ \t]*\r?\n?$/, '') === fence) return end;
    at = end;
  }
  return null;
}
