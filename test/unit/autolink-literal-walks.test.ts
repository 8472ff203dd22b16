import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkLiteralsWhereTheyMayBe } from '../../src/core/autolink-literals.js';
import { parseMarkdown, parser } from '../../src/core/parse.js';
import { loadCorpus } from '../support/corpus.js';
import { msToRun } from '../support/timing.js';

/** The parser as remark-gfm builds it, without the wrapped autolink constructs. */
const reference = unified().use(remarkParse).use(remarkGfm).use(remarkLiteralsWhereTheyMayBe).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

const PIECES = ['[', ']', '![', '(', ')', '[^1]', ' ', '\n', '\n\n', 'a', 'word ', 'www.example.com', 'ops@example.org', 'https://example.com/x', '`', '*', '\\', '> ', '- ', '[a](b)', '[x]: /u'];

describe('autolink literals after an open bracket', () => {
  it('give the same tree as remark-gfm alone on every corpus document', () => {
    for (const { name, text } of loadCorpus()) assert.deepEqual(parser.parse(text), reference.parse(text), name);
  });

  it('give the same tree as remark-gfm alone on random brackets, links and literals', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => assert.deepEqual(parser.parse(t), reference.parse(t))), { numRuns: 2000 });
  });

  it('are still found after a bracket that was closed', () => {
    const tree = JSON.stringify(parseMarkdown('[a] see www.example.com and [b](c) ops@example.org'));
    assert.equal(tree.match(/"type":"link"/g)?.length, 3);
  });

  it('a long paragraph after a "[" that never closes parses in time linear in its length', () => {
    // Quadratic before: seconds at 40,000 characters. The bound is 20 times the same text without "[".
    const time = (text: string) => msToRun(() => parseMarkdown(text));
    time('[ warm up www.example.com');
    const words = 'aaaa '.repeat(8_000);
    const plain = time(words);
    const open = time('[\n' + words);
    assert.ok(open < plain * 20 + 200, `${Math.round(open)} ms after "[", ${Math.round(plain)} ms without`);
  });
});
