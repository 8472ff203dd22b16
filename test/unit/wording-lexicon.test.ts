// The wording vocabulary is data (src/core/lang/*/wording.json): each list is
// checked for empty, padded, upper-case and duplicate entries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EN, KO, lexiconProblems } from '../../src/core/wording/lexicon.js';

describe('wording vocabulary', () => {
  it('the English and Korean files are well-formed', () => {
    assert.deepEqual(lexiconProblems(EN), []);
    assert.deepEqual(lexiconProblems(KO), []);
    assert.equal(EN.language, 'en');
    assert.equal(KO.language, 'ko');
  });

  it('the checker names each bad entry', () => {
    assert.deepEqual(lexiconProblems({ a: { b: ['ok', ' padded', 'ok', 'Upper'] } }), [
      'a.b[1] is empty or padded: " padded"',
      'a.b lists "ok" twice',
      'a.b[3] has upper case: "Upper"',
    ]);
    assert.deepEqual(lexiconProblems({ a: 3 }), ['a is neither a list nor a group of lists']);
  });

  it('Korean lists are Korean where they name Korean words', () => {
    for (const list of [KO.persons.roles, KO.persons.titles, KO.failures.stems, KO.failures.mistakeNouns]) {
      assert.ok(list.filter((w) => /[\uAC00-\uD7A3]/.test(w)).length >= list.length * 0.9);
    }
  });
});
