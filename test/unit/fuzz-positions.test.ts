import { describe, it } from 'node:test';
import { shortRun } from '../fuzz/short-run.js';

describe('fuzz: positions after Korean text, emoji and tabs', () => {
  it('put time spans on the time text and item spans on their markers', (t) => shortRun(t, 'positions'));
});
