import type { Family } from '../measure.js';
import { analyse, HEAD, repeat } from './support.js';

/** Markdown constructs the parser and the rules loop over. */
export const markdownFamilies: Family[] = [
  { name: 'list items', short: 210, full: 5_000, prepare: (n) => analyse(HEAD + repeat(n, (k) => `- item ${k} with a few words\n`)) },
  {
    name: 'nested lists',
    short: 140,
    full: 1_000,
    prepare: (n) => analyse(HEAD + repeat(n, (k) => `- level one ${k}\n  - level two\n    - level three\n      1. level four\n         > quoted\n`)),
  },
  { name: 'table rows', short: 280, full: 5_000, prepare: (n) => analyse(HEAD + '| a | b | c |\n| --- | --- | --- |\n' + repeat(n, (k) => `| ${k} | two | three |\n`)) },
  {
    name: 'table columns',
    short: 56,
    full: 1_300,
    prepare: (n) => {
      const row = (cell: (c: number) => string) => '|' + repeat(n, (c) => ` ${cell(c)} |`) + '\n';
      return analyse(HEAD + row((c) => `h${c}`) + row(() => '---') + repeat(20, () => row((c) => `v${c}`)));
    },
  },
  { name: 'headings', short: 186, full: 2_660, prepare: (n) => analyse(HEAD + repeat(n, (k) => `## Section ${k}\n\nSome text.\n\n`)) },
  { name: 'long line', short: 2_800, full: 33_330, prepare: (n) => analyse(HEAD + repeat(n, (k) => `word${k % 97} `) + '\n') },
  { name: 'many short paragraphs', short: 700, full: 10_000, prepare: (n) => analyse(HEAD + repeat(n, (k) => `p${k}\n\n`)) },
  { name: 'long blank runs', short: 2_800, full: 80_000, prepare: (n) => analyse(HEAD + 'Before.\n' + '\n'.repeat(n) + 'After.\n' + ' \n'.repeat(n) + 'End.\n') },
  { name: 'emphasis and code spans', short: 280, full: 8_000, prepare: (n) => analyse(HEAD + repeat(n, (k) => `*a${k}* \`b\` **c** _d_ ~~e~~` + (k % 20 === 19 ? '\n\n' : ' ')) + '\n') },
  { name: 'unclosed emphasis and backticks', short: 1_400, full: 20_000, prepare: (n) => analyse(HEAD + repeat(n, (k) => '*a `b _c' + (k % 200 === 199 ? '\n\n' : ' ')) + '\n') },
  { name: 'HTML comments', short: 466, full: 4_800, prepare: (n) => analyse(HEAD + repeat(n, (k) => `<!-- comment ${k} -->\ntext ${k} <!-- inline -->\n\n`)) },
  {
    name: 'link references',
    short: 105,
    full: 2_600,
    prepare: (n) => analyse(HEAD + repeat(n, (k) => `See [the doc][ref${k}] and [ref${k}].\n\n`) + repeat(n, (k) => `[ref${k}]: https://example.com/${k} "Title ${k}"\n`)),
  },
  {
    name: 'Korean text',
    short: 350,
    full: 4_500,
    prepare: (n) => analyse(HEAD + repeat(n, (k) => `결제 서버가 ${k}번째 요청에서 응답하지 않아 장애가 발생했습니다. 담당자가 확인했습니다.\n\n`)),
  },
  { name: 'literal links', short: 280, full: 3_000, prepare: (n) => analyse(HEAD + repeat(n, (k) => `see https://example.com/${k} or www.example.org and ops${k}@example.com `) + '\n') },
];
