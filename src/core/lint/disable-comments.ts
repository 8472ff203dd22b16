import type { Nodes, Root } from 'mdast';
import { parseMarkdown } from '../parse.js';
import { frontMatterEnd } from '../front-matter-end.js';
import { LineIndex } from '../text.js';

/** An insertion at a UTF-16 offset of the document. */
export interface Insertion {
  offset: number;
  newText: string;
}

/** A thematic break or a setext underline: text after it would turn it into a paragraph line. */
const RULE_LINE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$/;
/** A hard line break at the end of the line (two spaces or a backslash) would stop being one. */
const HARD_BREAK = /(?: {2,}|\\)$/;

/** Whether some node of these kinds covers the line: front matter, code (fenced or indented), math. */
function insideVerbatim(tree: Root, line: number): boolean {
  const walk = (node: Nodes): boolean => {
    const p = node.position;
    if (p && (line < p.start.line || line > p.end.line)) return false;
    if (node.type === 'yaml' || node.type === 'code' || (node.type as string) === 'toml' || (node.type as string) === 'math') return true;
    if (node.type === 'table' && p && line <= p.start.line + 1) return true; // The header row and the delimiter row fix the columns.
    return 'children' in node && node.children.some((c) => walk(c as Nodes));
  };
  return walk(tree);
}

/**
 * Where "disable RULE for this line" may put its `<!-- postmortem-disable-line RULE -->`:
 * at the end of the line, unless a comment there would change what the line
 * means: inside front matter (it would break the YAML), inside a code block
 * (it would become code), on a table's header or delimiter row, on a
 * thematic break or setext underline, or after a hard line break. Then null:
 * no line-level disable is offered there (the file-level one, placed after the
 * front matter, still is).
 */
export function disableLineInsertion(text: string, line: number, ruleId: string, tree: Root = parseMarkdown(text)): Insertion | null {
  const lines = new LineIndex(text);
  if (line < 1 || line > lines.lineCount) return null;
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  const content = text.slice(start, end);
  // A comment alone on a blank line would start an HTML block and could split a list or a paragraph.
  if (content.trim() === '' || RULE_LINE.test(content) || HARD_BREAK.test(content)) return null;
  if (insideVerbatim(tree, line)) return null;
  return { offset: end, newText: ` <!-- postmortem-disable-line ${ruleId} -->` };
}

/**
 * Where "disable RULE for this file" puts its `<!-- postmortem-disable RULE -->`:
 * just after the front matter (or at the start), followed by exactly one
 * blank line before what comes next.
 */
export function disableFileInsertion(text: string, ruleId: string): Insertion {
  // An unclosed fence is no front matter to the parser either: the comment goes first.
  const offset = frontMatterEnd(text) ?? 0;
  const rest = text.slice(offset, offset + 200);
  const blankFollows = offset < text.length && /^[ \t]*(\r?\n|$)/.test(rest);
  return { offset, newText: `<!-- postmortem-disable ${ruleId} -->\n${blankFollows ? '' : '\n'}` };
}
