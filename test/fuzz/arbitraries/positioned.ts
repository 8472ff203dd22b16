/**
 * Documents whose timeline entries and action items share their line with
 * Korean text, emoji (surrogate pairs) and tabs, with the offset of every
 * time, list item, checkbox and status cell recorded while the text is built.
 */
import fc from 'fast-check';
import { eol } from './vocabulary.js';

export type MarkKind = 'time' | 'item' | 'box' | 'status';

export interface Mark {
  kind: MarkKind;
  /** Offset in the finished document. */
  offset: number;
  line: number;
  /** The text that stands at the offset. */
  text: string;
}

interface Piece {
  text: string;
  mark?: MarkKind;
}
type Line = Piece[];

export interface PositionedDoc {
  text: string;
  marks: Mark[];
}

const KO = ['배포', '시작', '장애', '감지', '에러율', '상승', '롤백', '완료', '결제', '요청', '알림', '확인'];
const EMOJI = ['🚨', '🔥', '👩‍💻', '🇰🇷', '𝔘', '😀', '✅', '🧑🏽‍🚒', '𠀀'];
const TIMES = ['12:09', '9:05', '23:59:30', '오전 9시 5분', '오후 3:15', '3:15 PM', '2026-03-14 12:09', '12:09 KST', '25:99', '2026년 3월 14일 12:09'];

/** Korean words, emoji and tabs; never starts with a digit, so it cannot extend a time. */
const words = fc
  .array(fc.tuple(fc.constantFrom(' ', '\t', ' \t', ''), fc.oneof(fc.constantFrom(...KO), fc.constantFrom(...EMOJI))), { minLength: 1, maxLength: 5 })
  .map((ws) => ws.map(([sep, w]) => sep + w).join('').replace(/^\s+/, ''));
const time = fc.constantFrom(...TIMES);
const after = fc.constantFrom(' — ', ' ', '\t', ': ', ' - ');
const marker = fc.constantFrom('-', '*', '+', '1.');
const gap = fc.constantFrom(' ', '\t', '  ');

const listEntry = fc
  .tuple(marker, gap, time, after, words)
  .map(([m, g, t, a, w]): Line => [{ text: m + g }, { text: t, mark: 'time' }, { text: a + w }]);

/** A parent entry with a tab-indented child entry. */
const nestedEntry = fc.tuple(listEntry, time, words).map(([parent, t, w]): Line[] => [parent, [{ text: '\t- ' }, { text: t, mark: 'time' }, { text: ' ' + w }]]);

/** "- 🚨 최초 감지 2026-03-14 12:09 …": the stamp later in the item. */
const innerEntry = fc
  .tuple(marker, words, fc.constantFrom(' ', '\t'), fc.constantFrom('2026-03-14 12:09', '2026-03-14T12:09', '2026-03-14 9:05 KST'), words)
  .map(([m, w, s, stamp, rest]): Line => [{ text: m + ' ' + w + s }, { text: stamp, mark: 'time' }, { text: ' ' + rest }]);

/** Paragraph lines, the second entry after Korean text and emoji behind a <br>. */
const brEntry = fc
  .tuple(time, words, fc.constantFrom('<br>', '<br/>', '<BR />'), time, words)
  .map(([t1, w1, br, t2, w2]): Line => [{ text: t1, mark: 'time' }, { text: ' ' + w1 + br }, { text: t2, mark: 'time' }, { text: ' ' + w2 }]);

const pad = fc.constantFrom(' ', '\t', '  ', ' \t');

const timelineTable = fc
  .tuple(fc.nat({ max: 2 }), fc.array(fc.tuple(fc.array(words, { minLength: 2, maxLength: 2 }), time, pad, pad), { minLength: 1, maxLength: 5 }))
  .map(([col, rows]): Line[] => {
    const head = ['내용', '비고'];
    head.splice(col, 0, '시간');
    const header: Line = [{ text: '| ' + head.join(' | ') + ' |' }];
    const delimiter: Line = [{ text: '|' + head.map(() => '---').join('|') + '|' }];
    return [
      header,
      delimiter,
      ...rows.map(([others, t, p1, p2]): Line => {
        const cells: Line[] = others.map((o) => [{ text: ' ' + o + ' ' }]);
        cells.splice(col, 0, [{ text: p1 }, { text: t, mark: 'time' }, { text: p2 }]);
        return [{ text: '|' }, ...cells.flatMap((c) => [...c, { text: '|' }])];
      }),
    ];
  });

const timeline = fc
  .tuple(
    fc.constantFrom('## 타임라인', '## Timeline', '## 타임라인 🚨', '## Timeline (KST)'),
    fc.oneof(
      fc.array(fc.oneof(listEntry.map((l) => [l]), nestedEntry, innerEntry.map((l) => [l])), { minLength: 1, maxLength: 6 }).map((groups) => groups.flat()),
      fc.array(brEntry, { minLength: 1, maxLength: 4 }),
      timelineTable,
    ),
  )
  .map(([title, body]): Line[] => [[{ text: title }], [], ...body, []]);

const box = fc.constantFrom('[ ] ', '[x] ', '[X] ', '');
const fields = fc.constantFrom('', ' (담당: @민지, 기한: 2026-12-01)', '\t담당: 준 🚀', ' — 🧑🏽‍🚒 @ana');

const actionList = fc
  .tuple(fc.constantFrom('', ' ', '  ', '   '), fc.array(fc.tuple(marker, gap, box, words, fields), { minLength: 1, maxLength: 5 }))
  .map(([indent, items]) =>
    // One indent for all items: a deeper one would nest an item under the one above.
    items.map(([m, g, b, w, f]): Line => [
      { text: indent },
      { text: m, mark: 'item' },
      { text: g },
      ...(b ? [{ text: b.trim(), mark: 'box' as const }, { text: ' ' }] : []),
      { text: w + f },
    ]),
  );

const actionTable = fc
  .array(fc.tuple(words, fc.constantFrom('@민지', '👩‍💻 준', '\t@ana'), fc.constantFrom('완료', '진행 중 🔥', 'Done', '\t미완료')), { minLength: 1, maxLength: 5 })
  .map((rows): Line[] => [
    [{ text: '| 조치 | 담당 | 기한 | 상태 |' }],
    [{ text: '|---|---|---|---|' }],
    ...rows.map(([w, owner, status]): Line => [{ text: '|', mark: 'item' }, { text: ` ${w} | ${owner} | 2026-12-01 | ` }, { text: status, mark: 'status' }, { text: ' |' }]),
  ]);

const actions = fc
  .tuple(fc.constantFrom('## 재발 방지 대책', '## Action items', '## 후속 조치 ✅'), fc.oneof(actionList, actionTable))
  .map(([title, body]): Line[] => [[{ text: title }], [], ...body, []]);

const preamble = fc.tuple(words, words).map(([title, para]): Line[] => [[{ text: '# ' + title }], [], [{ text: para }], []]);

function assemble(bom: boolean, lines: Line[], breaks: string[]): PositionedDoc {
  let text = bom ? '\uFEFF' : '';
  const marks: Mark[] = [];
  lines.forEach((line, i) => {
    // A CR followed by an LF would merge two breaks into one CRLF.
    if (i > 0) text += text.endsWith('\r') ? '\r' : breaks[i % breaks.length];
    for (const piece of line) {
      if (piece.mark) marks.push({ kind: piece.mark, offset: text.length, line: i + 1, text: piece.text });
      text += piece.text;
    }
  });
  return { text, marks };
}

export const positionedDoc: fc.Arbitrary<PositionedDoc> = fc
  .tuple(fc.boolean(), preamble, fc.array(fc.oneof(timeline, actions), { minLength: 1, maxLength: 4 }), fc.array(eol, { minLength: 1, maxLength: 3 }))
  .map(([bom, pre, sections, breaks]) => {
    // Numbered titles keep sections apart: items are grouped by section title.
    const numbered = sections.map((lines, i) => [[{ text: lines[0]![0]!.text + ' ' + (i + 1) }], ...lines.slice(1)]);
    return assemble(bom, [...pre, ...numbered.flat()], breaks);
  });
