import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toggleStatusEdit, type OffsetEdit } from '../../src/core/board/toggle.js';
import { modelOf } from '../../src/core/lint/lint.js';

function doc(rows: string[], language: 'en' | 'ko' = 'en'): string {
  const head = language === 'ko' ? ['# 장애 회고: 결제 지연', '', '## 액션 아이템', '', '| 항목 | 담당 | 상태 |', '| --- | --- | --- |'] : ['# Postmortem: checkout outage', '', '## Action items', '', '| Item | Owner | Status |', '| --- | --- | --- |'];
  return [...head, ...rows, ''].join('\n');
}

function apply(text: string, edit: OffsetEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

function toggle(text: string, done: boolean, index = 0): string {
  const model = modelOf(text, { path: 'postmortems/x.md' });
  const item = model.actionItems.filter((a) => a.kind === 'table')[index];
  assert.ok(item, 'no table item');
  const edit = toggleStatusEdit(text, item, model.language, done);
  assert.ok(typeof edit !== 'string', String(edit));
  return apply(text, edit);
}

describe('board toggle of a table Status cell', () => {
  it('changes only the status word and keeps the rest of the cell', () => {
    const text = doc(['| Add a retry budget | @kim | In progress, blocked on vendor, see OPS-42 |']);
    const ticked = toggle(text, true);
    assert.equal(ticked, doc(['| Add a retry budget | @kim | Done, blocked on vendor, see OPS-42 |']));
    const unticked = toggle(ticked, false);
    assert.equal(unticked, doc(['| Add a retry budget | @kim | Open, blocked on vendor, see OPS-42 |']));
  });

  it('reads the result back as done, then as open', () => {
    const ticked = toggle(doc(['| Add a retry budget | @kim | Open, see OPS-42 |']), true);
    assert.equal(modelOf(ticked, { path: 'postmortems/x.md' }).actionItems[0].done, true);
    assert.equal(modelOf(toggle(ticked, false), { path: 'postmortems/x.md' }).actionItems[0].done, false);
  });

  it('adds a word to a cell without one, keeping its text', () => {
    assert.equal(toggle(doc(['| Add alerts | @kim | waiting on OPS-42 |']), true), doc(['| Add alerts | @kim | Done, waiting on OPS-42 |']));
  });

  it('fills an empty cell', () => {
    assert.equal(toggle(doc(['| Add alerts | @kim |  |']), true), doc(['| Add alerts | @kim | Done |']));
  });

  it('keeps an escaped pipe at the end of the cell, and the row its shape', () => {
    const text = doc(['| Add alerts | @kim | Open, see a \\| b \\| |']);
    const ticked = toggle(text, true);
    assert.equal(ticked, doc(['| Add alerts | @kim | Done, see a \\| b \\| |']));
    assert.equal(ticked.split('\n')[6].split(/(?<!\\)\|/).length, text.split('\n')[6].split(/(?<!\\)\|/).length);
  });

  it('keeps the width of an aligned cell that held only the word', () => {
    assert.equal(toggle(doc(['| Add alerts | @kim | In progress |']), true), doc(['| Add alerts | @kim | Done        |']));
  });

  it('toggles a checkbox written in the cell', () => {
    assert.equal(toggle(doc(['| Add alerts | @kim | [ ] see OPS-1 |']), true), doc(['| Add alerts | @kim | [x] see OPS-1 |']));
  });

  it('writes and replaces Korean status words, keeping the rest', () => {
    const text = doc(['| 재시도 예산 추가 | @kim | 진행 중, 벤더 대기 (OPS-42) |'], 'ko');
    const ticked = toggle(text, true);
    assert.equal(ticked, doc(['| 재시도 예산 추가 | @kim | 완료, 벤더 대기 (OPS-42) |'], 'ko'));
    assert.equal(toggle(ticked, false), doc(['| 재시도 예산 추가 | @kim | 진행 중, 벤더 대기 (OPS-42) |'], 'ko'));
  });

  it('does not take the start of a longer Korean word for a status word', () => {
    // "완료율" (completion rate) is not the word "완료".
    assert.equal(toggle(doc(['| 지표 추가 | @kim | 완료율 집계 |'], 'ko'), false), doc(['| 지표 추가 | @kim | 진행 중, 완료율 집계 |'], 'ko'));
  });
});
