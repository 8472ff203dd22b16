// Findings point at the exact flagged text: lines and UTF-16 columns, with
// Korean text, emoji (surrogate pairs), CRLF line endings and markup around.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findWording, type WordingFinding } from '../../src/core/blame/find-wording.js';
import { parseMarkdown } from '../../src/core/parse.js';

function find(text: string, kind: 'blame' | 'counterfactual' = 'blame'): WordingFinding[] {
  return findWording({ tree: parseMarkdown(text), text }, kind);
}

/** The span must cover exactly the flagged text, by offsets and by line/column. */
function assertSpan(text: string, f: WordingFinding, line: number, column: number, flagged: string): void {
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
    assertSpan(text, en!, 4, 6, 'Kim wrote bad code');
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
    assert.equal(f!.span.end.column, 28);
    assert.equal(f!.actual, 'Kim wrote bad code');
    assert.deepEqual(f!.fixes, []); // markup inside the span: no blind replacement
  });

  it('points into table cells', () => {
    const text = '| Time | Event |\n| --- | --- |\n| 12:01 | 🚨 The intern broke prod |\n';
    const [f] = find(text);
    assertSpan(text, f!, 3, 14, 'The intern broke prod');
  });
});

describe('blame wording: fixes', () => {
  it('removes a judging adverb together with one space', () => {
    const text = 'Kim carelessly deleted the volume.';
    const [f] = find(text);
    assert.equal(f!.fixes.length, 1);
    const [fix] = f!.fixes;
    assert.equal(fix!.title, 'Remove "carelessly"');
    const edit = fix!.edits[0]!;
    assert.equal(text.slice(0, edit.start.offset) + edit.newText + text.slice(edit.end.offset), 'Kim deleted the volume.');
  });

  it('replaces "failed to" with "did not", keeping capitals', () => {
    const text = 'The on-call engineer failed to escalate. Failed to? We failed to check.';
    const found = find(text, 'counterfactual');
    assert.deepEqual(found.map((f) => f.actual), ['failed to', 'failed to']);
    let out = text;
    for (const f of [...found].reverse()) {
      const e = f.fixes[0]!.edits[0]!;
      out = out.slice(0, e.start.offset) + e.newText + out.slice(e.end.offset);
    }
    assert.equal(out, 'The on-call engineer did not escalate. Failed to? We did not check.');
    assert.deepEqual(found[0]!.expected?.[0], 'did not');
  });

  it('offers only the sentence rewrite where no word-level replacement makes sense', () => {
    const [f] = find('Kim wrote bad code.');
    assert.deepEqual(f!.fixes.map((x) => [x.title, x.edits[0].newText]), [
      ['Rewrite the sentence as "Why did the test process not catch this bug?"', 'Why did the test process not catch this bug?'],
    ]);
    assert.deepEqual(f!.expected, ['Why did the test process not catch this bug?', 'Which review or test step would have caught this change before production?']);
  });
});
