/** Where the user's allowed terms occur in a text: findings overlapping these are dropped. */
export function allowedSpans(text: string, terms: readonly string[]): Array<{ start: number; end: number }> {
  return terms.flatMap((term) => [...text.matchAll(allowedPattern(term))].map((m) => ({ start: m.index, end: m.index + m[0].length })));
}

const cache = new Map<string, RegExp>();

/**
 * A literal, case-insensitive search (any run of spaces matches any run of
 * white space) that does not start or end inside a Latin word. A Korean
 * term may be followed by a particle ("대리님" also allows "대리님이").
 */
function allowedPattern(term: string): RegExp {
  let re = cache.get(term);
  if (!re) {
    const trimmed = term.trim();
    const body = trimmed
      .split(/\s+/)
      .map((w) => w.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))
      .join('\\s+');
    const head = /^[A-Za-z0-9]/.test(trimmed) ? '(?<![\\p{L}\\p{N}])' : '';
    const tail = /[A-Za-z0-9]$/.test(trimmed) ? '(?![A-Za-z0-9])' : '';
    re = new RegExp(head + body + tail, 'giu');
    cache.set(term, re);
  }
  return re;
}
