import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkAutolinkLiteralStarts } from './autolink-literal-starts.js';
import { remarkLinearAutolinkLiterals } from './autolink-literal-walks.js';
import { remarkLiteralsWhereTheyMayBe } from './autolink-literals.js';
import { narrowingParsers } from './gfm-variants.js';
import { installTailEdits } from './micromark-tail-edits.js';
import { remarkParsedSource } from './parsed-source.js';
import { remarkTableStarts } from './table-starts.js';
import { repairTaskListPoints } from './task-list-points.js';
import { remarkLinearTextData } from './text-data-runs.js';

installTailEdits();

/** The Markdown dialect postmortems are written in: CommonMark, GFM tables and task lists, front matter. */
export const parser = unified()
  .use(remarkParse)
  .use(remarkParsedSource)
  .use(remarkGfm)
  .use(remarkLinearTextData)
  .use(remarkLinearAutolinkLiterals)
  .use(remarkAutolinkLiteralStarts)
  .use(remarkTableStarts)
  .use(remarkLiteralsWhereTheyMayBe)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .freeze();

/** The same, less the GFM constructs a document cannot hold (nearly all have no footnote call written as an image). */
export const parserFor = narrowingParsers(parser);

export function parseMarkdown(text: string): Root {
  const tree = parserFor(text).parse(text);
  repairTaskListPoints(tree, text);
  return tree;
}
