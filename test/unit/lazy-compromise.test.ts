import assert from 'node:assert/strict';
import { it } from 'node:test';
import nlp from '../../src/bundle/lazy-compromise.js';

const loaded = () => Object.keys(require.cache).some((k) => /[\\/]compromise[\\/]/.test(k));

it('the stand-in for compromise in the Node bundles loads the library on its first call, and then tags as it does', () => {
  // Each test file runs in its own process: nothing has loaded the library yet.
  assert.equal(loaded(), false, 'importing the stand-in loads nothing');
  const tags = nlp('Tom forgot the key.').json()[0].terms[0].tags as string[];
  assert.ok(tags.includes('Person'), tags.join());
  assert.equal(loaded(), true);
  assert.equal(nlp('restarted').verbs().toInfinitive().text(), 'restart');
});
