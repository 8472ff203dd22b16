import { describe, it } from 'node:test';
import { shortRun } from '../fuzz/short-run.js';

describe('fuzz: config files', () => {
  it('load any text into a usable configuration that lints 5,000 characters without hanging', (t) => shortRun(t, 'config'));
});
