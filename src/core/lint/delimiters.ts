/**
 * micromark resolves emphasis and strikethrough by walking back, from every
 * closing "*", "_" or "~" run, through the paragraph's events to an opener,
 * and splices each match into the paragraph's event list: a paragraph with
 * thousands of such markers ("a* a* a* …") takes time quadratic in their
 * number (seconds at 20,000, far longer at a megabyte). No postmortem
 * paragraph holds thousands of them, so a document with one is reported and
 * not parsed, like one nested too deeply.
 */
export const MAX_DELIMITERS = 5_000;

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The first line (1-based) of a paragraph with more than `limit` emphasis or
 * strikethrough markers, or 0. A paragraph is taken as a run of non-blank
 * lines, a new one starting at a line that opens a list item, a block quote or
 * a heading; table rows (lines with "|", whose cells are parsed one by one)
 * and fenced code do not count. A "_" inside a word cannot open or close
 * emphasis and does not count either.
 */
export function crowdedParagraphLine(text: string, limit = MAX_DELIMITERS): number {
  if (text.length <= limit) return 0;
  let count = 0;
  /** The first line of the current paragraph, 0 outside one. */
  let first = 0;
  let fence = '';
  let line = 1;
  for (let i = 0; i < text.length; line++) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    const content = text.slice(i, end).replace(/\r$/, '');
    const trimmed = content.trimStart();
    const fenceMark = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = '';
    } else if (fenceMark) {
      fence = fenceMark;
      first = 0;
    } else if (trimmed === '' || content.includes('|')) {
      first = 0;
    } else {
      if (first === 0 || /^(?:(?:[-+*]|\d{1,9}[.)]|#{1,6})(?:[ \t]|$)|>)/.test(trimmed)) {
        first = line;
        count = 0;
      }
      for (let k = i; k < end; k++) {
        const c = text.charCodeAt(k);
        if (c === 42 || c === 126 || (c === 95 && !(isAlnum(text.charCodeAt(k - 1)) && isAlnum(text.charCodeAt(k + 1))))) count++;
      }
      if (count > limit) return first;
    }
    i = end + 1;
  }
  return 0;
}
