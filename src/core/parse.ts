import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkAutolinkLiteralStarts } from './autolink-literal-starts.js';
import { remarkLinearAutolinkLiterals } from './autolink-literal-walks.js';
import { remarkLiteralsWhereTheyMayBe } from './autolink-literals.js';
import { MAY_HOLD_IMAGE_FOOTNOTE_CALL, remarkWithoutImageFootnoteCalls } from './image-footnote-calls.js';
import { installTailEdits } from './micromark-tail-edits.js';
import { repairTaskListPoints } from './task-list-points.js';
import { remarkLinearTextData } from './text-data-runs.js';

installTailEdits();

/** The Markdown dialect postmortems are written in: CommonMark, GFM tables and task lists, front matter. */
export const parser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkLinearTextData)
  .use(remarkLinearAutolinkLiterals)
  .use(remarkAutolinkLiteralStarts)
  .use(remarkLiteralsWhereTheyMayBe)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .freeze();

/** The same, for the documents (nearly all) without a footnote call written as an image. */
export const parserWithoutImageFootnoteCalls = parser().use(remarkWithoutImageFootnoteCalls).freeze();

export function parseMarkdown(text: string): Root {
  const tree = (MAY_HOLD_IMAGE_FOOTNOTE_CALL.test(text) ? parser : parserWithoutImageFootnoteCalls).parse(text);
  repairTaskListPoints(tree, text);
  return tree;
}
