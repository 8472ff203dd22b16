import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkLinearAutolinkLiterals } from '../../src/core/autolink-literal-walks.js';
import { remarkLiteralsWhereTheyMayBe } from '../../src/core/autolink-literals.js';
import { parser } from '../../src/core/parse.js';
import { mergeDataRuns } from '../../src/core/text-data-runs.js';
import { loadCorpus } from '../support/corpus.js';

/** The parser without the linear merge of inline data tokens. */
const reference = unified().use(remarkParse).use(remarkGfm).use(remarkLinearAutolinkLiterals).use(remarkLiteralsWhereTheyMayBe).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

const PIECES = ['&', '&amp;', '!', '*', '_', '`', '[', ']', '(', ')', '<', '\\', ' ', '  ', '\t', '\n', '\n\n', '> ', '- ', '1. ', 'a', 'word ', 'www.example.com', 'ops@example.org', '| a | b |\n|---|---|\n', '~~', '\r\n'];

describe('inline data tokens merged in one pass', () => {
  it('give the same tree as micromark alone on every corpus document', () => {
    for (const { name, text } of loadCorpus()) assert.deepEqual(parser.parse(text), reference.parse(text), name);
  });

  it('give the same tree as micromark alone on random inline text', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => assert.deepEqual(parser.parse(t), reference.parse(t))), { numRuns: 2000 });
  });

  it('merge each run of adjacent closed data tokens into its first one, and leave an open one', () => {
    const token = (type: string, start: number, end?: number) => ({ type, start: { offset: start }, end: end === undefined ? undefined : { offset: end } });
    const a = token('data', 0, 1);
    const b = token('data', 1, 2);
    const c = token('data', 2, 3);
    const e = token('lineEnding', 3, 4);
    const d = token('data', 4, 5);
    const f = token('data', 5);
    const events = [['enter', a], ['exit', a], ['enter', b], ['exit', b], ['enter', c], ['exit', c], ['enter', e], ['exit', e], ['enter', d], ['exit', d], ['enter', f]] as never[];
    mergeDataRuns(events);
    assert.deepEqual(
      (events as [string, { type: string }][]).map(([kind, t]) => kind + ' ' + t.type),
      ['enter data', 'exit data', 'enter lineEnding', 'exit lineEnding', 'enter data', 'exit data', 'enter data'],
    );
    assert.equal(a.end!.offset, 3);
    assert.equal(d.end!.offset, 5);
  });
});
