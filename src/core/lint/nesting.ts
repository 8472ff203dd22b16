/**
 * Block quotes and lists nest as deep as there are markers ("- - - - x",
 * "> > > x"), and a list item also holds every later line indented to its
 * content, so the depth accumulates across lines: a line indented two more
 * columns than the one before it that opens 97 more levels sits 97 levels
 * deeper still. The Markdown parser takes time quadratic in that depth
 * (seconds at a few thousand levels). No postmortem nests a hundred levels
 * deep (markdown-it's CommonMark preset stops at the same depth), so a
 * document that does is reported and not parsed.
 */
export const MAX_NESTING = 100;

/** A block quote on the container stack; a list item is the column its content starts at. */
const QUOTE = -1;

/**
 * The first line (1-based) that sits inside more than `limit` block quotes or
 * list items, or 0. The containers a line continues are followed the way
 * CommonMark does (a ">" for a block quote, indentation up to the content for
 * a list item, a blank line for either list item), simplified where that can
 * only count fewer levels or about as many: lazy continuation lines keep the
 * stack, other lines close what they do not continue.
 */
export function deeplyNestedLine(text: string, limit = MAX_NESTING): number {
  // A line needs more than `limit` markers, so the text more than `limit` characters.
  if (text.length <= limit) return 0;
  const stack: number[] = [];
  let previousBlank = true;
  let line = 1;
  for (let i = 0; i < text.length; line++) {
    const end = lineEnd(text, i);
    const depth = nestLine(text, i, end, stack, previousBlank, limit);
    if (depth > limit) return line;
    previousBlank = depth < 0;
    i = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return 0;
}

/** Updates `stack` for the line from `start` to `end`; its depth, or -1 when the line is blank. */
function nestLine(text: string, start: number, end: number, stack: number[], previousBlank: boolean, limit: number): number {
  let i = start;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  if (i === end) {
    // A blank line continues list items, not block quotes.
    const quote = stack.indexOf(QUOTE);
    if (quote >= 0) stack.length = quote;
    return -1;
  }
  let pos = start;
  let column = 0;
  let matched = 0;
  for (; matched < stack.length; matched++) {
    const container = stack[matched]!;
    if (container === QUOTE) {
      let p = pos;
      let c = column;
      while (p < end && c - column < 4 && isBlank(text.charCodeAt(p))) c = advance(text.charCodeAt(p++), c);
      if (text.charCodeAt(p) !== 62 /* > */ || c - column > 3) break;
      pos = p + 1;
      column = c + 1;
    } else {
      let p = pos;
      let c = column;
      while (p < end && c < container && isBlank(text.charCodeAt(p))) c = advance(text.charCodeAt(p++), c);
      if (c < container) break;
      pos = p;
      column = c;
    }
  }
  const opened: number[] = [];
  const first = pos;
  while (pos < end && matched + opened.length <= limit) {
    while (pos < end && isBlank(text.charCodeAt(pos))) column = advance(text.charCodeAt(pos++), column);
    const c = text.charCodeAt(pos);
    let after = -1;
    if (c === 62 /* > */) {
      opened.push(QUOTE);
      pos++;
      column++;
      continue;
    } else if ((c === 45 || c === 43 || c === 42) /* - + * */ && (pos + 1 === end || isBlank(text.charCodeAt(pos + 1)))) {
      after = pos + 1;
    } else if (isDigit(c)) {
      let j = pos;
      while (j < end && j - pos < 9 && isDigit(text.charCodeAt(j))) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 41) /* . ) */ && (j + 1 === end || isBlank(text.charCodeAt(j + 1)))) after = j + 1;
    }
    if (after < 0) break;
    column += after - pos;
    pos = after;
    // The content starts after one to four columns of white space, or one column after the marker.
    let p = pos;
    let to = column;
    while (p < end && to - column < 5 && isBlank(text.charCodeAt(p))) to = advance(text.charCodeAt(p++), to);
    opened.push(p === end || to - column > 4 ? column + 1 : to);
  }
  if (opened.length > 0 && isThematicBreak(text, first, end)) opened.length = 0;
  if (opened.length > 0 || matched === stack.length || previousBlank) stack.length = matched;
  // Otherwise the line may be a lazy continuation: the containers stay open.
  for (const container of opened) stack.push(container);
  return matched + opened.length;
}

/** The column after the character `code` at `column`: tabs stop every four columns. */
function advance(code: number, column: number): number {
  return code === 9 ? column + 4 - (column % 4) : column + 1;
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

/** "- - - … -" or "* * * … *" alone on its line: a horizontal rule, not nesting. */
function isThematicBreak(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end).replace(/[ \t]/g, '');
  return /^(?:-+|\*+)$/.test(line);
}
