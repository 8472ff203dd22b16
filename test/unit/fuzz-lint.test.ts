import { describe, it } from 'node:test';
import { shortRun } from '../fuzz/short-run.js';

describe('fuzz: lintText and modelOf', () => {
  it('keep every position inside random Markdown, sort messages, apply fixes, repeat themselves', (t) => shortRun(t, 'lint-random-markdown'));
  it('do the same on mutated real postmortems', (t) => shortRun(t, 'lint-corpus-mutations'));
});
