// Word boundaries in the core around Korean text: `\b` treats Hangul as a
// non-word character, so a boundary after a Korean word never matches and a
// `\w` class never takes a Hangul letter. Each place Korean can occur gets a case.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lintText } from '../../src/core/lint/lint.js';
import { FIXTURES } from '../support/corpus.js';

const KO = readFileSync(join(FIXTURES, 'rules/five-whys/ko-five.md'), 'utf8');
const lint = (text: string) => lintText(text, { force: true, today: '2026-11-25', path: 'postmortems/x.md' }).messages;

describe('Korean and word boundaries', () => {
  it('five-whys: a chain ending at a Korean @mention ends at a person', () => {
    const text = KO.replace('배포 파이프라인이 배포 전에 호스트를 검증하지 않습니다.', '@김철수가 검증 단계를 건너뛰었습니다.');
    assert.ok(lint(text).some((m) => m.ruleId === 'five-whys' && /ends at a person|사람에서 끝났습니다/.test(m.message)));
    assert.ok(!lint(KO).some((m) => m.ruleId === 'five-whys'));
  });

  it('five-whys: an English role followed by a Korean particle still ends at a person', () => {
    const text = KO.replace('배포 파이프라인이 배포 전에 호스트를 검증하지 않습니다.', 'the operator가 검증을 건너뛰었습니다.');
    assert.ok(lint(text).some((m) => m.ruleId === 'five-whys'));
  });

  it('suppression: a Korean word where a rule id belongs is reported, not silently ignored', () => {
    const text = KO.replace('## 요약', '<!-- postmortem-disable 블레임 -->\n\n## 요약');
    const unknown = lint(text).filter((m) => m.ruleId === '블레임');
    assert.equal(unknown.length, 1);
    assert.match(unknown[0].message, /^Unknown rule `블레임`/);
  });

  it('action-item-vague: an English phrase followed by a Korean ending is still found', () => {
    const text = KO.replace('설정 템플릿을 서비스와 함께 버전 관리', '배포 시 be careful하기');
    assert.ok(lint(text).some((m) => m.ruleId === 'action-item-vague'));
  });
});
