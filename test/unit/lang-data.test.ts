// The vocabulary files (src/core/lang/<language>/*.json) are data: every entry
// must be well-formed, every kind known, no word listed twice, every pattern compiles.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGUAGE_DATA, SECTION_KINDS, ZONES, languageDataProblems, statusDone, unicodeWords } from '../../src/core/lang/data.js';

describe('language data files', () => {
  it('are one English and one Korean set', () => {
    assert.deepEqual(LANGUAGE_DATA.map((d) => d.language).sort(), ['en', 'ko']);
  });

  for (const data of LANGUAGE_DATA) {
    it(`${data.language}: well-formed, no duplicates, known kinds, patterns compile`, () => {
      assert.deepEqual(languageDataProblems(data), []);
    });

    it(`${data.language}: every heading pattern group names a known kind`, () => {
      for (const g of [...data.sections.patterns, ...data.sections.exact]) assert.ok(SECTION_KINDS.includes(g.kind as never), g.kind);
    });
  }

  it('reports broken data: duplicates, unknown kinds, bad patterns, overlapping status words', () => {
    const en = LANGUAGE_DATA.find((d) => d.language === 'en')!;
    const broken = {
      ...en,
      sections: { ...en.sections, patterns: [{ kind: 'postscript', words: ['impact', 'impact', '(unclosed'] }] },
      status: { ...en.status, done: ['done', 'open'], notDone: ['open'] },
      months: { language: 'en', months: { jan: 1, feb: 13 } },
    };
    const problems = languageDataProblems(broken).join('\n');
    assert.match(problems, /unknown kind "postscript"/);
    assert.match(problems, /"impact" is listed twice/);
    assert.match(problems, /"\(unclosed" does not compile/);
    assert.match(problems, /"open" is both done and not done/);
    assert.match(problems, /"feb" has month 13/);
  });

  it('every zone abbreviation names an IANA zone the runtime knows', () => {
    for (const [abbr, zone] of Object.entries(ZONES)) {
      assert.doesNotThrow(() => new Intl.DateTimeFormat('en-US', { timeZone: zone.iana }), abbr);
    }
  });
});

describe('status words', () => {
  const cases: Array<[string, boolean | null]> = [
    ['✅', true],
    ['☑', true],
    ['✔', true],
    ['✔️', true],
    ['[x]', true],
    ['Done', true],
    ['Fixed', true],
    ['Closed', true],
    ['Resolved', true],
    ['Complete', true],
    ['Completed', true],
    ['Merged', true],
    ['Shipped', true],
    ['완료', true],
    ['해결', true],
    ['적용 완료', true],
    ['배포 완료', true],
    ['✅ 완료', true],
    ['진행 중', false],
    ['진행 예정', false],
    ['검토 예정', false],
    ['예정', false],
    ['미완료', false],
    ['미해결', null],
    ['TODO', false],
    ['To do', false],
    ['In progress', false],
    ['Open', false],
    ['⏳', false],
    ['🚧', false],
    ['❌', false],
    ['완료 예정', false],
    ['Reopened', null],
    ['Undone', null],
  ];
  for (const [text, done] of cases) it(`"${text}" → ${done}`, () => assert.equal(statusDone(text), done));
});

describe('Unicode-aware word boundaries', () => {
  it('end a match after Hangul, where \\b never matches', () => {
    assert.equal(/(완료)\b/.test('완료'), false);
    assert.equal(unicodeWords(/(완료)\b/).test('완료'), true);
    assert.equal(unicodeWords(/(완료)\b/).test('완료됨'), false);
  });

  it('end an English word where a Korean particle follows, and not inside a Latin word', () => {
    assert.equal(unicodeWords(/\brollback\b/).test('rollback을 진행'), true);
    assert.equal(unicodeWords(/\balerts?\b/i).test('Alert가 발생'), true);
    assert.equal(unicodeWords(/\bdone\b/).test('undone'), false);
    assert.equal(/\bsum\b/.test('résumé'), true);
    assert.equal(unicodeWords(/\bsum\b/).test('résumé'), false);
  });

  it('a status word follows the same rule (en, ko)', () => {
    assert.equal(statusDone('Done입니다'), true);
    assert.equal(statusDone('미해결'), null);
    assert.equal(statusDone('해결됨'), true);
  });
});
