import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AnalysisCache } from '../../src/core/lint/analysis-cache.js';
import { documentGuards } from '../../src/core/lint/chunk-guards.js';
import { splitChunks } from '../../src/core/lint/chunks.js';
import { lintText } from '../../src/core/lint/lint.js';
import { ParseCache } from '../../src/core/lint/parse-cache.js';
import { parseMarkdown } from '../../src/core/parse.js';

const CORPUS = join(__dirname, '..', 'fixtures', 'corpus');
const DOCS = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(CORPUS, f), 'utf8') }));

const OPTIONS = { today: '2026-03-20', path: 'postmortems/2026-03-14-outage.md' };

/** Snippets that move block boundaries: headings, fences, comments, definitions, front matter, lists, tables, line endings. */
const PIECES = [
  '\n', '\n\n', '# ', '## Impact\n', '\n## Timeline\n\n- 10:00 — Alert fired\n', '```\n', '~~~', '<!--', '-->', '<pre>', '</pre>', '[a]: https://x.test\n',
  '[^1]: note\n', '---\n', '> ', '    ', '- [ ] Fix it (owner: @a, due: 2026-01-01)\n', '| a | b |\n| - | - |\n', '10:30 ', 'Tom forgot to check the alert. ',
  '담당자가 배포를 놓쳤다. ', '\r\n', 'x', '#', '*', '`', '[', ']', '<', '\t', '1. Why? ',
];

describe('chunks', () => {
  it('start at headings after a blank line, never inside front matter, fences or comments', () => {
    const text = ['---', '# a yaml comment', '', '# another', '---', '', '# Title', '', '```', '', '# code', '```', '', '## Real', '<!--', '', '# in a comment', '-->', '', '## Last', ''].join('\n');
    const starts = splitChunks(text).map((c) => text.slice(c.offset).split('\n')[0]);
    assert.deepEqual(starts, ['---', '# Title', '## Real', '## Last']);
    for (const c of splitChunks(text)) assert.equal(text.split('\n')[c.line - 1], text.slice(c.offset).split('\n')[0]);
  });

  it('keep a document that may hold a definition whole, and a heading glued to a paragraph with it', () => {
    assert.equal(splitChunks('# A\n\ntext [x]\n\n# B\n\n[x]: https://x.test\n').length, 1);
    assert.equal(splitChunks('# A\ntext\n# B\n').length, 1);
    assert.equal(splitChunks('# A\n\ntext\n\n# B\n').length, 2);
  });

  it('a backtick fence with a backtick in its info string opens nothing', () => {
    const text = '# A\n\n```js`\n\n# B\n\n```\n\n# C\n\n```\n';
    assert.deepEqual(splitChunks(text).map((c) => c.line), [1, 5]);
  });

  it('parse every corpus document to the same tree as a whole parse', () => {
    let split = 0;
    for (const { name, text } of DOCS) {
      if (splitChunks(text).length > 1) split++;
      assert.deepEqual(new ParseCache().parse(text), parseMarkdown(text), name);
    }
    assert.ok(split > DOCS.length / 2, `${split} of ${DOCS.length} documents split`);
  });
});

describe('incremental analysis', () => {
  it('re-parses only the chunk an edit touches', () => {
    const cache = new ParseCache();
    const text = DOCS.filter((d) => !d.text.includes(']:')).map((d) => d.text).join('\n\n');
    cache.parse(text);
    const at = text.indexOf('\n## ', text.length / 2) - 1;
    cache.parse(text.slice(0, at) + 'x' + text.slice(at));
    assert.ok(cache.lastChunks > 100, `${cache.lastChunks} chunks`);
    assert.equal(cache.lastParsed, 1);
  });

  it('equals a fresh full analysis after every edit of random edit sequences on real postmortems', () => {
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 40 }), insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map((p) => p.join('')) });
    const scenario = fc.record({ doc: fc.integer({ min: 0, max: DOCS.length - 1 }), edits: fc.array(edit, { minLength: 1, maxLength: 6 }) });
    fc.assert(
      fc.property(scenario, ({ doc, edits }) => {
        const cache = new AnalysisCache();
        let text = DOCS[doc]!.text;
        lintText(text, { ...OPTIONS, cache });
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          assert.deepEqual(lintText(text, { ...OPTIONS, cache }), lintText(text, OPTIONS));
        }
      }),
      { numRuns: 60, seed: 20261130 },
    );
  });
});

describe('the parser guards chunk by chunk', () => {
  // Deep nesting and crowded emphasis, placed in any chunk and moved between them by edits.
  const DEEP = '- '.repeat(120) + 'x\n';
  const NEST = ['> '.repeat(60) + '- '.repeat(60) + 'x\n', '  '.repeat(3) + '- - - x\n'];
  const CROWDED = 'a* '.repeat(5_100) + '\n';
  const GUARD_PIECES = [DEEP, CROWDED, ...NEST, '\n\n## Next\n\n', '```\n', '- item\n  continued\n', '> quote\n', '\n', 'x'];

  it('find the line a whole-document scan finds, after every edit, on real postmortems and pathological text', () => {
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 60 }), insert: fc.array(fc.constantFrom(...GUARD_PIECES, ...PIECES), { maxLength: 3 }).map((p) => p.join('')) });
    const scenario = fc.record({ doc: fc.integer({ min: 0, max: DOCS.length - 1 }), edits: fc.array(edit, { minLength: 1, maxLength: 6 }) });
    let stopped = 0;
    fc.assert(
      fc.property(scenario, ({ doc, edits }) => {
        const cache = new AnalysisCache();
        let text = DOCS[doc]!.text;
        assert.deepEqual(cache.guards(text), documentGuards(text));
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          const whole = documentGuards(text);
          if (whole.deep || whole.crowded) stopped++;
          assert.deepEqual(cache.guards(text), whole);
        }
      }),
      { numRuns: 80, seed: 20261202 },
    );
    assert.ok(stopped > 10, `${stopped} versions stopped by a guard`);
  });

  it('re-scan only the chunks an edit touches', () => {
    const cache = new AnalysisCache();
    const text = '# A\n\n' + Array.from({ length: 50 }, (_, i) => `## Part ${i}\n\nSome text.\n\n`).join('');
    cache.guards(text);
    assert.equal(cache.lastParse.scanned, 51);
    const later = text.replace('## Part 40\n\nSome text.', '## Part 40\n\n' + DEEP);
    const found = cache.guards(later);
    assert.equal(cache.lastParse.scanned, 1, 'only the chunk that changed');
    assert.equal(found.deep, documentGuards(later).deep);
    assert.ok(found.deep > 160, 'the line counted in the whole document');
  });
});
