/**
 * Splits a Markdown document into chunks that parse the same alone as in the
 * whole: each chunk after the first starts at an ATX heading in the first
 * column after a blank line. There every container (list, block quote,
 * paragraph, indented code, an HTML block that ends at a blank line) has
 * closed, so the heading starts afresh whatever came before. A heading line
 * inside front matter, a fenced code block or a multi-line HTML block of the
 * kinds that run to an end marker (`<!--`, `<pre>`, `<script>`, `<style>`,
 * `<textarea>`, `<?`, `<![CDATA[`, `<!X`) is not a boundary. Link reference
 * and footnote definitions act across the whole document, so a document that
 * may hold one is one chunk.
 */

import { frontMatterEnd } from '../front-matter-end.js';

export interface Chunk {
  text: string;
  /** UTF-16 offset of the chunk in the document. */
  offset: number;
  /** 1-based line of the chunk's first line. */
  line: number;
}

/** Anything that may end a definition's label (`[label]:`), anywhere: then the document is not split. */
const MAY_DEFINE = /\]:/;
const HEADING = /^#{1,6}(?:[ \t]|\r?\n|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Openers of HTML blocks that end at a marker, not at a blank line, with that marker. */
const HTML_OPENERS: ReadonlyArray<[RegExp, RegExp]> = [
  [/<!--/, /-->/],
  [/<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/<\?/, /\?>/],
  [/<!\[CDATA\[/, /\]\]>/],
  [/<![A-Za-z]/, />/],
];

export function splitChunks(text: string): Chunk[] {
  if (MAY_DEFINE.test(text)) return [{ text, offset: 0, line: 1 }];
  const starts: Array<{ offset: number; line: number }> = [{ offset: 0, line: 1 }];
  let at = 0;
  let line = 1;
  // Unclosed, the whole document may be front matter to the parser: no boundary at all.
  const skipTo = frontMatterEnd(text) ?? text.length;
  let fence: string | null = null;
  let htmlEnd: RegExp | null = null;
  let previousBlank = false;
  while (at < text.length) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next + 1;
    const content = text.slice(at, end);
    if (at >= skipTo) {
      if (fence !== null) {
        const m = FENCE.exec(content);
        if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && content.slice(m[0].length).trim() === '') fence = null;
      } else if (htmlEnd !== null) {
        if (htmlEnd.test(content)) htmlEnd = null;
      } else {
        if (previousBlank && HEADING.test(content) && at > 0) starts.push({ offset: at, line });
        const f = FENCE.exec(content);
        // A backtick fence's info string holds no backtick: "```js`" opens nothing.
        if (f && !(f[1]![0] === '`' && content.slice(f[0].length).includes('`'))) fence = f[1]!;
        else
          for (const [open, close] of HTML_OPENERS) {
            const o = open.exec(content);
            // Closed on the same line (after the opener): nothing runs on.
            if (o && !close.test(content.slice(o.index + o[0].length))) {
              htmlEnd = close;
              break;
            }
          }
      }
    }
    previousBlank = content.trim() === '';
    at = end;
    line++;
  }
  return starts.map((s, i) => ({ text: text.slice(s.offset, starts[i + 1]?.offset ?? text.length), offset: s.offset, line: s.line }));
}
