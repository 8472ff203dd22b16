/**
 * Block quotes and lists opened on one line ("- - - - x", "> > > x") nest as
 * deep as there are markers, and the Markdown parser takes time quadratic in
 * that depth (seconds at a few thousand levels). No postmortem nests a hundred
 * levels deep (markdown-it's CommonMark preset stops at the same depth), so a
 * document that does is reported and not parsed.
 */
export const MAX_NESTING = 100;

/** The first line (1-based) that opens more than `limit` block quotes or list items, or 0. */
export function deeplyNestedLine(text: string, limit = MAX_NESTING): number {
  // A line needs more than `limit` markers, so more than `limit` characters.
  if (text.length <= limit) return 0;
  let line = 1;
  for (let i = 0; i < text.length; line++) {
    const end = lineEnd(text, i);
    if (end - i > limit && markersAt(text, i, end, limit) > limit && !isThematicBreak(text, i, end)) return line;
    i = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return 0;
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

const isBlank = (c: number) => c === 32 || c === 9;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** The container markers that open the line from `start` to `end`, counted up to limit + 1. */
function markersAt(text: string, start: number, end: number, limit: number): number {
  let count = 0;
  let i = start;
  while (i < end && count <= limit) {
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) {
      i++;
    } else if ((c === 45 || c === 43 || c === 42) /* - + * */ && (i + 1 === end || isBlank(text.charCodeAt(i + 1)))) {
      i++;
    } else if (isDigit(c)) {
      let j = i;
      while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
      const d = text.charCodeAt(j);
      if (!(d === 46 || d === 41) /* . ) */ || !(j + 1 === end || isBlank(text.charCodeAt(j + 1)))) break;
      i = j + 1;
    } else {
      break;
    }
    count++;
  }
  return count;
}

/** "- - - … -" or "* * * … *" alone on its line: a horizontal rule, not nesting. */
function isThematicBreak(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end).replace(/[ \t]/g, '');
  return /^(?:-+|\*+)$/.test(line);
}
