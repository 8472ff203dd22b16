/**
 * Random Markdown postmortems, well-formed and not: English and Korean
 * sections, timelines, tables, task lists, front matter, fences, suppression
 * comments, deep nesting, very long lines, odd characters and mixed line endings.
 * Blocks are built with LF and converted at the end.
 */
import fc from 'fast-check';
import { EMOJI, eol, inline, KOREAN, ODD, SECTION_NAMES, TIMES } from './vocabulary.js';

const lines = (...parts: string[]) => parts.join('\n');

const heading = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.constantFrom(...SECTION_NAMES), inline, fc.constantFrom('', ' #', ' ##', '', ''), fc.boolean())
  .map(([depth, name, extra, closing, setext]) =>
    setext && depth <= 2 ? lines(name + extra, depth === 1 ? '===' : '---') : '#'.repeat(depth) + ' ' + name + extra + closing,
  );

const marker = fc.constantFrom('-', '*', '+', '1.', '2)', '10.', '-', '-');
const checkbox = fc.constantFrom('', '', '[ ] ', '[x] ', '[X] ', '[] ', '[-] ');
const stamp = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TIMES) }, { weight: 1, arbitrary: fc.stringMatching(/^\d{1,3}:\d{1,3}(:\d{1,2})?$/) });
const stampSep = fc.constantFrom(' — ', ' - ', ': ', ' ', '\t', '', ' | ', '<br>');

const timelineItem = fc
  .tuple(fc.constantFrom('', '', '  ', '   ', '\t', '    '), marker, fc.constantFrom(' ', ' ', '\t', '  '), checkbox, fc.constantFrom('', '', ...EMOJI, ...KOREAN), stamp, stampSep, inline)
  .map(([indent, m, gap, box, prefix, time, sep, text]) => indent + m + gap + box + prefix + time + sep + text);

const taskItem = fc
  .tuple(fc.constantFrom('', '  ', '\t'), marker, checkbox, inline, fc.constantFrom('', ' (owner: @ana, due: 2026-12-01)', ' (담당: @민지, 기한: 2026-12-01)', ' — short term', ' [JIRA-1](https://x.io/1)'))
  .map(([indent, m, box, text, fields]) => indent + m + ' ' + box + text + fields);

const list = fc.array(fc.oneof(timelineItem, taskItem), { minLength: 1, maxLength: 8 }).map((items) => items.join('\n'));

const cell = fc.oneof(inline, fc.constantFrom(...TIMES), fc.constantFrom('', ' ', '\\|', '`a|b`'));
const HEADERS = ['Time', '시간', 'Date', '날짜', 'Event', '내용', 'Owner', '담당', 'Status', '상태', 'Due', '기한', 'Action', '조치', 'Day'];
const table = fc
  .tuple(
    fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 5 }),
    fc.constantFrom('|', '', '|'),
    fc.boolean(),
    fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }),
  )
  .map(([head, edge, validDelimiter, rows]) => {
    const row = (cells: string[]) => edge + cells.join('|') + edge;
    const delimiter = validDelimiter ? row(head.map((_, i) => [':--', '---', ':-:', '--:'][i % 4]!)) : row(head.map(() => '-'));
    return [row(head), delimiter, ...rows.map(row)].join('\n');
  });

const frontMatter = fc.oneof(
  fc.constantFrom(
    lines('---', 'type: postmortem', 'date: 2026-03-14', 'timezone: KST', '---'),
    lines('---', 'type: postmortem', 'title: "결제 장애"', 'severity: SEV2', 'tags: [a, b]', '---'),
    lines('---', 'type: [postmortem', '---'),
    lines('---', 'type: postmortem'),
    lines('---', ': :', '\t- x', '  bad: [indent', '---'),
    lines('---', 'a: &x 1', 'b: *x', 'c: *missing', '---'),
    lines('---', '---'),
    lines('+++', 'type = "postmortem"', '+++'),
    lines('+++', 'type = ', '+++'),
    lines('---', 'date: 2026-02-30', 'type: postmortem', '...'),
  ),
  inline.map((t) => lines('---', 'type: postmortem', 'note: ' + t, '---')),
);

const fence = fc
  .tuple(fc.constantFrom('```', '~~~', '````', '```js', '~~~ yaml'), fc.array(fc.oneof(inline, timelineItem), { maxLength: 4 }), fc.boolean())
  .map(([open, body, closed]) => lines(open, ...body, ...(closed ? [open.replace(/[^`~]/g, '')] : [])));

const RULE_IDS = ['blame-language', 'five-whys', 'timeline-order', 'required-sections', 'action-item-owner', 'no-such-rule', ''];
const comment = fc
  .tuple(fc.constantFrom('disable', 'enable', 'disable-line', 'disable-next-line', 'disablee', 'disable-'), fc.array(fc.constantFrom(...RULE_IDS), { maxLength: 3 }), fc.constantFrom('-->', '-->', '', '->'), inline)
  .map(([verb, ids, close, before]) => `${before}<!-- postmortem-${verb} ${ids.join(' ')} ${close}`);

const whys = fc
  .array(fc.tuple(fc.constantFrom('1. ', '- ', '', '2. '), fc.constantFrom('Why did it fail? ', '왜 실패했나요? ', 'Why? ', '왜? ', 'Because ', '-> 왜? -> '), inline), { maxLength: 6 })
  .map((rows) => rows.map(([m, q, a]) => m + q + a).join('\n'));

const paragraph = fc.array(inline, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n'));

/** Mostly ordinary units; control and space-like characters now and then. */
const longUnit = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom('a', 'aaaa ', '가', '🚨', '12:09 ', '|', '*', '[', '<', '\t', 'forgot ', '실수 ', '- ', '> ') },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
);
const longLine = fc.tuple(longUnit, fc.integer({ min: 200, max: 6000 })).map(([unit, n]) => unit.repeat(n));

const deep = fc.oneof(
  fc.integer({ min: 1, max: 400 }).map((n) => '>'.repeat(n) + ' 12:09 deep'),
  fc.integer({ min: 1, max: 60 }).map((n) => Array.from({ length: n }, (_, i) => '  '.repeat(i) + '- 12:0' + (i % 10) + ' 중첩').join('\n')),
  fc.integer({ min: 1, max: 60 }).map((n) => Array.from({ length: n }, (_, i) => '\t'.repeat(i) + '- [ ] item ' + i).join('\n')),
  fc.integer({ min: 1, max: 300 }).map((n) => '- '.repeat(n) + '12:09'),
  fc.integer({ min: 1, max: 300 }).map((n) => '['.repeat(n) + 'a' + ']('.repeat(n)),
  fc.integer({ min: 1, max: 300 }).map((n) => '*a'.repeat(n) + '_'.repeat(n)),
  fc.integer({ min: 1, max: 200 }).map((n) => '<div>'.repeat(n) + '\n12:09'),
);

const blockquote = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.oneof(list, paragraph, heading)).map(([n, body]) => body.split('\n').map((l) => '> '.repeat(n) + l).join('\n'));

const block = fc.oneof(
  { weight: 6, arbitrary: heading },
  { weight: 6, arbitrary: list },
  { weight: 2, arbitrary: table },
  { weight: 2, arbitrary: fence },
  { weight: 2, arbitrary: comment },
  { weight: 2, arbitrary: whys },
  { weight: 4, arbitrary: paragraph },
  { weight: 1, arbitrary: longLine },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: blockquote },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '', '<!--', '-->', '```', '|', '- ', '#', '\t', ' ') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

export type LineEndings = 'lf' | 'crlf' | 'cr' | 'mixed';

/** Rewrites LF line breaks: all to one kind, or cycling through the given breaks. */
export function withLineEndings(text: string, mode: LineEndings, mix: string[] = ['\n']): string {
  if (mode === 'lf') return text;
  if (mode === 'crlf') return text.replace(/\n/g, '\r\n');
  if (mode === 'cr') return text.replace(/\n/g, '\r');
  let i = 0;
  return text.replace(/\n/g, () => mix[i++ % mix.length]!);
}

/** A whole document. */
export const markdown: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    front: fc.option(frontMatter, { freq: 3 }),
    blocks: fc.array(block, { maxLength: 24 }),
    gaps: fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n'), { minLength: 1, maxLength: 4 }),
    endings: fc.constantFrom<LineEndings>('lf', 'lf', 'crlf', 'cr', 'mixed'),
    mix: fc.array(eol, { minLength: 1, maxLength: 5 }),
    trailing: fc.constantFrom('', '\n', '\n\n'),
  })
  .map(({ bom, front, blocks, gaps, endings, mix, trailing }) => {
    const body = [...(front !== null ? [front] : []), ...blocks].map((b, i) => (i ? gaps[i % gaps.length] : '') + b).join('') + trailing;
    return (bom ? '\uFEFF' : '') + withLineEndings(body, endings, mix);
  });
