// Findings point at the exact flagged text (the person and the failure):
// lines and UTF-16 columns, with Korean text, emoji (surrogate pairs), CRLF
// line endings and markup around; fixes add text and never remove any.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMarkdown } from '../../src/core/parse.js';
import { LineIndex } from '../../src/core/text.js';
import { findWordingFindings, type PlacedFinding } from '../../src/core/wording/find.js';

function find(text: string, kind: 'blame' | 'counterfactual' = 'blame'): PlacedFinding[] {
  return findWordingFindings({ tree: parseMarkdown(text), text, lines: new LineIndex(text) }, kind);
}

/** The span must cover exactly the flagged text, by offsets and by line/column. */
function assertSpan(text: string, f: PlacedFinding, line: number, column: number, flagged: string): void {
  assert.equal(f.span.start.line, line);
  assert.equal(f.span.start.column, column);
  assert.equal(text.slice(f.span.start.offset, f.span.end.offset), flagged);
  const lines = text.split(/\r\n|\n|\r/);
  assert.equal(lines[f.span.end.line - 1]!.slice(0, f.span.end.column - 1).endsWith(flagged.split(/\r?\n/).pop()!), true);
}

describe('blame wording: positions', () => {
  it('counts columns in UTF-16 after Korean text', () => {
    const text = '# 회고\n\n요약: 김 대리님이 코드를 잘못 짰네요.\n';
    const [f] = find(text);
    assertSpan(text, f!, 3, 5, '김 대리님이 코드를 잘못 짰네요');
  });

  it('counts an emoji before the match as two columns', () => {
    const text = '🔥🔥 The intern broke prod.\n';
    const [f] = find(text);
    assertSpan(text, f!, 1, 6, 'The intern broke prod');
    assert.equal(f!.span.start.offset, 5);
  });

  it('handles CRLF line endings', () => {
    const text = '# Outage\r\n\r\nAll good.\r\nThen Kim wrote bad code.\r\n\r\n- 담당자의 실수로 삭제\r\n';
    const [en, ko] = find(text);
    assertSpan(text, en!, 4, 6, 'Kim wrote');
    assertSpan(text, ko!, 6, 3, '담당자의 실수로');
  });

  it('handles matches that wrap onto the next line in a list item', () => {
    const text = '- Earlier that day the\n  intern broke prod again\n';
    const [f] = find(text);
    assert.equal(f!.span.start.line, 1);
    assert.equal(f!.span.start.column, 20);
    assert.equal(f!.span.end.line, 2);
    assert.equal(text.slice(f!.span.start.offset, f!.span.end.offset), 'the\n  intern broke prod');
    assert.equal(f!.actual, 'the intern broke prod');
  });

  it('maps through emphasis: the span starts at the word, not the markup', () => {
    const text = 'Then **Kim** wrote bad code.';
    const [f] = find(text);
    assert.equal(f!.span.start.column, 8);
    assert.equal(f!.span.end.column, 19);
    assert.equal(f!.actual, 'Kim wrote');
  });

  it('points into table cells', () => {
    const text = '| Time | Event |\n| --- | --- |\n| 12:01 | 🚨 The intern broke prod |\n';
    const [f] = find(text);
    assertSpan(text, f!, 3, 14, 'The intern broke prod');
  });
});

describe('blame wording: fixes', () => {
  it('adds the question after the sentence, as an insertion that keeps every word', () => {
    const text = 'It broke. Kim carelessly deleted the volume. We restored it.';
    const [f] = find(text);
    assert.equal(f!.fixes.length, 1);
    const edit = f!.fixes[0]!.edits[0]!;
    assert.equal(edit.start.offset, edit.end.offset);
    assert.equal(edit.start.offset, text.indexOf(' We restored'));
    const out = text.slice(0, edit.start.offset) + edit.newText + text.slice(edit.end.offset);
    assert.equal(out.replace(edit.newText, ''), text);
    assert.match(edit.newText, /^ What .+\?$/);
  });

  it('asks about the sentence itself, and says so in expected', () => {
    const [f] = find('Kim wrote bad code.');
    assert.deepEqual(f!.expected, ['What would have made it hard to write bad code by mistake?']);
  });
});
