// The term files are data: every entry must be well-formed and every pattern must compile.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compilePhrase } from '../../src/core/blame/phrase-match.js';
import { TERM_FILES, termFileProblems } from '../../src/core/blame/term-data.js';
import { builtinTerms } from '../../src/core/blame/term-set.js';
import { REQUIRED_LISTS } from '../../src/core/blame/word-classes.js';

describe('blame term files', () => {
  it('are one English and one Korean file', () => {
    assert.deepEqual(TERM_FILES.map((f) => f.language).sort(), ['en', 'ko']);
  });

  for (const file of TERM_FILES) {
    it(`terms.${file.language}.json is well-formed`, () => {
      assert.deepEqual(termFileProblems(file, `terms.${file.language}.json`), []);
    });

    it(`terms.${file.language}.json: every pattern and exception compiles`, () => {
      const { classes } = builtinTerms();
      const bad: string[] = [];
      for (const entry of file.terms) {
        for (const p of [...entry.patterns, ...(entry.except ?? [])]) {
          try {
            compilePhrase(p, classes);
          } catch (e) {
            bad.push(`${entry.id}: ${p}: ${(e as Error).message}`);
          }
        }
      }
      assert.deepEqual(bad, []);
    });

    it(`terms.${file.language}.json: suggestions are non-empty and in the file's language`, () => {
      const hangul = /[\uAC00-\uD7A3]/;
      for (const entry of file.terms) {
        assert.ok(entry.suggestions.length > 0, entry.id);
        for (const s of entry.suggestions) {
          assert.ok(s.trim().length > 0, entry.id);
          assert.equal(hangul.test(s), file.language === 'ko', `${entry.id}: "${s}"`);
        }
      }
    });
  }

  it('ids are unique across both files, and Korean ids start with ko-', () => {
    const ids = TERM_FILES.flatMap((f) => f.terms.map((t) => t.id));
    assert.equal(new Set(ids).size, ids.length, ids.filter((id, i) => ids.indexOf(id) !== i).join(', '));
    for (const f of TERM_FILES) for (const t of f.terms) assert.equal(t.id.startsWith('ko-'), f.language === 'ko', t.id);
  });

  it('every category has text in both languages, with a place for the flagged text', () => {
    for (const f of TERM_FILES) for (const c of ['user-term', 'counterfactual'] as const) assert.ok(f.categories[c].message.includes('{actual}'), `${f.language} ${c}`);
  });

  it('the word lists the built-in classes need exist, and class names do not collide', () => {
    const names = TERM_FILES.flatMap((f) => Object.keys(f.classes));
    assert.equal(new Set(names).size, names.length);
    for (const list of REQUIRED_LISTS) assert.ok(names.includes(list), list);
  });

  it('the checker reports bad entries clearly', () => {
    const broken = {
      language: 'en',
      classes: {},
      categories: TERM_FILES[0]!.categories,
      terms: [
        { id: 'Bad Id', category: 'person-as-cause', patterns: ['x'], suggestions: ['y'], note: 'z' },
        { id: 'no-suggestions', category: 'human-error', patterns: ['x'], suggestions: [], note: 'z' },
        { id: 'odd', category: 'nope', patterns: [], suggestions: ['y'], note: '', extra: 1 },
      ],
    };
    const problems = termFileProblems(broken, 'broken.json').join('\n');
    assert.match(problems, /terms\[0\] \(Bad Id\): id must be kebab-case/);
    assert.match(problems, /no-suggestions\): suggestions must be a non-empty list/);
    assert.match(problems, /odd\): unknown category nope/);
    assert.match(problems, /odd\): patterns must be a non-empty list/);
    assert.match(problems, /odd\): note must be a non-empty string/);
    assert.match(problems, /odd\): unknown field "extra"/);
  });
});
