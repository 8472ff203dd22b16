import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkLiteralsWhereTheyMayBe } from './autolink-literals.js';
import { installTailEdits } from './micromark-tail-edits.js';
import { repairTaskListPoints } from './task-list-points.js';

installTailEdits();

/** The Markdown dialect postmortems are written in: CommonMark, GFM tables and task lists, front matter. */
export const parser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkLiteralsWhereTheyMayBe)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .freeze();

export function parseMarkdown(text: string): Root {
  const tree = parser.parse(text);
  repairTaskListPoints(tree, text);
  return tree;
}
