// The five things timed on the same text. Each returns a small summary (a count) so the
// work cannot be optimised away and results can be compared between runs.

import { lint as markdownlint } from 'markdownlint/sync';
import remarkParse from 'remark-parse';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { unified } from 'unified';
import { VFile } from 'vfile';

const plainParser = unified().use(remarkParse).freeze();
const remarkLint = unified().use(remarkParse).use(remarkPresetLintRecommended).freeze();

/** Fixed inputs, so the same text always gives the same messages. */
export const LINT_OPTIONS = { path: 'postmortems/bench.md', today: '2026-06-01' };

export function contenders(core) {
  return [
    { id: 'remarkParse', label: 'remark-parse', run: (text) => plainParser.parse(text).children.length },
    { id: 'parse', label: 'our parse', run: (text) => core.parseMarkdown(text).children.length },
    { id: 'full', label: 'our full', run: (text) => core.lintText(text, LINT_OPTIONS).messages.length },
    // A core from before the wording analysis existed has no wordingOnly: it is left out.
    ...(core.wordingOnly ? [{ id: 'wording', label: 'wording', run: (text) => core.wordingOnly(text) }] : []),
    {
      id: 'markdownlint',
      label: 'markdownlint',
      run: (text) => markdownlint({ strings: { doc: text } }).doc.length,
    },
    {
      id: 'remarkLint',
      label: 'remark-lint',
      run: (text) => {
        const file = new VFile({ path: 'doc.md', value: text });
        remarkLint.runSync(remarkLint.parse(file), file);
        return file.messages.length;
      },
    },
  ];
}
