import { describe, it } from 'node:test';
import { shortRun } from '../fuzz/short-run.js';

describe('fuzz: postmortem-lint', () => {
  it('exits 0, 1 or 2 on folders of random files, and prints JSON that parses', (t) => shortRun(t, 'cli'));
});
