import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MAY_HOLD_IMAGE_FOOTNOTE_CALL } from '../../src/core/image-footnote-calls.js';
import { leaveOut } from '../../src/core/gfm-variants.js';
import { parseMarkdown, parser } from '../../src/core/parse.js';
import { FIXTURES } from '../support/corpus.js';
import { msToRun } from '../support/timing.js';

const CORPUS = join(FIXTURES, 'corpus');
const parserWithoutImageFootnoteCalls = leaveOut(parser, ['gfmPotentialFootnoteCall']);

const FOOTNOTES = [
  'A call[^1] and an image call![^1].\n\n[^1]: The note.\n',
  'Spaced ![ ^1] call.\n\n[^1]: Note.\n',
  '> Quoted ![\n> ^1] call.\n\n[^1]: Note.\n',
  '- Listed ![\n  ^1] call.\n\n[^1]: Note.\n',
  'Not a call: !\\[^1] and ![x^1] and ![^2].\n\n[^1]: Note.\n',
  '![^1](http://example.com/image.png) is an image.\n\n[^1]: Note.\n',
];

describe('footnote calls written as images', () => {
  it('the parser without that construct builds the same tree for every corpus document', () => {
    for (const name of readdirSync(CORPUS).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      assert.equal(MAY_HOLD_IMAGE_FOOTNOTE_CALL.test(text), false, name);
      assert.deepEqual(parserWithoutImageFootnoteCalls.parse(text), parser.parse(text), name);
    }
  });

  it('only documents the pattern flags can need the construct', () => {
    for (const text of FOOTNOTES) {
      const same = JSON.stringify(parserWithoutImageFootnoteCalls.parse(text)) === JSON.stringify(parser.parse(text));
      assert.ok(same || MAY_HOLD_IMAGE_FOOTNOTE_CALL.test(text), `the pattern misses a document that needs the construct: ${JSON.stringify(text)}`);
    }
    // And the construct does matter for them: the image call becomes a footnote reference.
    const tree = JSON.stringify(parseMarkdown(FOOTNOTES[0]!));
    assert.equal(tree.match(/"footnoteReference"/g)?.length, 2);
  });

  it('a paragraph of thousands of "]" parses in time linear in its length', () => {
    // Quadratic before: seconds at 16,000. The bound is 20 times plain text of the same length.
    const time = (text: string) => msToRun(() => parseMarkdown(text));
    time('warm up ] [');
    const plain = time('a'.repeat(20_000));
    const brackets = time(']'.repeat(20_000));
    assert.ok(brackets < plain * 20 + 200, `${Math.round(brackets)} ms for "]", ${Math.round(plain)} ms for "a"`);
  });
});
