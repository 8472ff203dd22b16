import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { leaveOut, OPTIONAL_CONSTRUCTS } from '../../src/core/gfm-variants.js';
import { parseMarkdown, parser, parserFor } from '../../src/core/parse.js';
import { repairTaskListPoints } from '../../src/core/task-list-points.js';
import { FIXTURES } from '../support/corpus.js';

/** remark with GFM and front matter as published, none of the core's changes to micromark. */
const plain = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
function reference(text: string): Root {
  const tree = plain.parse(text);
  repairTaskListPoints(tree, text);
  return tree;
}

/** The real postmortems next to the repository (../shared/corpus), or where SHARED_CORPUS says. */
const SHARED = process.env.SHARED_CORPUS ?? join(__dirname, '..', '..', '..', 'shared', 'corpus');

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** Documents near each construct's trigger: some hold it in a way a careless test would miss, some only look as if they might. */
const EDGES: Record<string, string[]> = {
  table: [
    'Only in code: `a|b` and `|`.\n',
    'Head\n:--\nbody\n',
    'Head\n--:\n',
    'Head\n:-:\n',
    '> Quoted\n> :--\n',
    '- Listed\n  --:\n',
    'Not a table\n---\n',
    'a | b\n- | -\n',
    'Escaped \\| bar.\n',
    'Time: 10:00 - 10:30\n',
    'Para\n| a | b |\n| - | - |\nbody without pipes\nmore\n\nafter\n',
    '> | a |\n> | :- |\n> body\n',
    '> | a |\n| - |\n',
    '- | a |\n  | - |\n  row\n',
    '| a |\r\n| - |\r\n| b |\r\n',
    '| a |\r| - |\r| b |\r',
    '| a |\n---\n',
    '| a | b |\n',
    'a|b\nc:d\n',
    '\uFEFF| a |\n| - |\n',
  ],
  strikethrough: ['`~~code~~` and ~~struck~~.\n', 'Just ~one~ tilde.\n', '~~~\nfenced\n~~~\n', 'Approx. ~5 minutes.\n'],
  footnote: [
    '[^1]: A definition without a call.\n',
    'A call[^1] without a definition.\n',
    'A call[^note].\n\n[^note]: Defined.\n',
    '![^1] an image call.\n\n[^1]: Note.\n',
    '![\n^1] spread.\n\n[^1]: Note.\n',
    'x^2 and [^] and [ ^1].\n\n[^1]: Note.\n',
  ],
  autolinks: [
    'WWW.EXAMPLE.COM in capitals.\n',
    'Www.Example.org/path?q=1.\n',
    'HTTPS://EXAMPLE.COM and hTtP://example.com/a.\n',
    'Mail ops@example.org or a.b+c-d_e@mail.example.co.uk.\n',
    'Not mail: x@y, @handle, a@b., a@-, a@_x, @example.com.\n',
    'Mail x@y.z, a@b.c.d, a@b-c.d_e, a@.b and a_@b.co.\n',
    'Mail over a line end: ops@example\n.org, ops\n@example.org.\n',
    'mailto:ops@example.org and xmpp:ops@example.org/res.\n',
    'Escaped www\\.example.com, http:\\//example.com, user\\@example.org.\n',
    'A reference user&#64;example.org and www&#46;example.com and http&#58;//example.com.\n',
    'In [an open bracket www.example.com and ops@example.org\n',
    '[a](b) then www.example.com, [c] then https://example.com.\n',
    'Tab www\t.example.com and https:\t//example.com.\n',
    '\uFEFFwww.example.com after a byte order mark, ops@example.org.\n',
    'ftp://example.com and file:///tmp and ://nothing.\n',
    '`www.example.com` in code, <https://example.com> autolink.\n',
    '# Heading with www.example.com\n\n| a | https://example.com |\n| - | - |\n| ops@example.org | x |\n',
    'Line\r\nwww.example.com\r\n',
    '*www.example.com* and _ops@example.org_ and (https://example.com).\n',
  ],
  tasks: ['- [ ] open\n- [x] done\n', '- [\t] tab\n', '* [\n] line\n', '1. [X] \n   next line\n', '- [y] not a task\n'],
};

/** Pieces of Markdown, thick with the characters the tests look for. */
const PIECES = [
  '|', ':', '-', ':-', '--:', '| a | b |\n| - | - |\n', '~', '~~', '^', '[^1]', '[^1]: ', '![^1]', '![', '@', 'ops@example.org', 'a.b@c', '.', 'x.y',
  'www.', 'WWW.example.org', 'http://', 'HTTPS://example.com/x', '://', '&#64;', '&#58;', '\\', '`', '*', '_', '[', ']', '(', ')',
  '[a](b)', '- [ ] ', '- [x] ', ' ', '\t', '\n', '\n\n', '\r\n', '> ', '- ', '1. ', 'word ', 'a', '---\n', '#',
];

/** Pieces of tables and what may stand near them. */
const TABLE_PIECES = ['|', ' | ', ':', ':-', '-:', '---', ' - ', 'a', 'b c', '\\|', '`|`', '\n', '\r\n', '\r', '\n\n', '> ', '  ', '- ', '# ', '    '];

describe('parsing with the GFM constructs a document can hold', () => {
  const files = [...markdownFiles(FIXTURES), ...markdownFiles(SHARED)];

  it('builds the same tree as remark-gfm alone for every fixture and real postmortem', () => {
    assert.ok(files.length > 100, `only ${files.length} documents`);
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      assert.deepEqual(parseMarkdown(text), reference(text), path);
    }
  });

  it('builds the same tree on documents near each construct', () => {
    for (const [kind, texts] of Object.entries(EDGES)) for (const text of texts) assert.deepEqual(parseMarkdown(text), reference(text), `${kind}: ${JSON.stringify(text)}`);
  });

  it('leaves a construct out only of documents it cannot change', () => {
    const texts = Object.values(EDGES).flat();
    for (const { names, mayOccur } of OPTIONAL_CONSTRUCTS) {
      const without = leaveOut(parser, names);
      let needed = 0;
      for (const text of texts) {
        if (JSON.stringify(without.parse(text)) === JSON.stringify(parser.parse(text))) continue;
        needed++;
        assert.ok(mayOccur.test(text), `${names.join(', ')}: the test misses ${JSON.stringify(text)}`);
      }
      // The cases include documents that hold the construct, so a test that missed them would fail above.
      assert.ok(needed > 0, `no case needs ${names.join(', ')}`);
    }
  });

  it('does leave out what a plain document cannot hold', () => {
    assert.notEqual(parserFor('Plain text, nothing more.\n'), parser);
    assert.equal(parserFor('| a |\n| - |\n![^1] ops@example.org www.example.com https://example.com\n'), parser);
  });

  it('builds the same tree on random mixes of those characters', () => {
    const text = fc.tuple(fc.boolean(), fc.array(fc.constantFrom(...PIECES), { maxLength: 50 })).map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.join(''));
    fc.assert(
      fc.property(text, (t) => assert.deepEqual(parseMarkdown(t), reference(t))),
      { numRuns: 600, seed: 20260314 },
    );
  });

  it('builds the same tree on random tables and lines near them', () => {
    const text = fc.array(fc.constantFrom(...TABLE_PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => assert.deepEqual(parseMarkdown(t), reference(t))),
      { numRuns: 600, seed: 20260315 },
    );
  });
});
