/** The fuzzed properties, with how many cases each gets in the short (CI) run and the long run. */
import type fc from 'fast-check';
import type { Tally } from '../tally.js';
import { cliProperty } from './cli.js';
import { configProperty } from './config.js';
import { corpusMutationProperty, randomMarkdownProperty } from './lint.js';
import { positionsProperty } from './positions.js';

export interface FuzzProperty {
  name: string;
  what: string;
  make(tally: Tally): fc.IRawProperty<unknown, false>;
  shortRuns: number;
  longRuns: number;
}

export const PROPERTIES: FuzzProperty[] = [
  { name: 'lint-random-markdown', what: 'lintText/modelOf on random Markdown', make: randomMarkdownProperty, shortRuns: 60, longRuns: 40_000 },
  { name: 'lint-corpus-mutations', what: 'lintText/modelOf on mutated real postmortems', make: corpusMutationProperty, shortRuns: 20, longRuns: 8_000 },
  { name: 'positions', what: 'spans after Korean text, emoji and tabs', make: positionsProperty, shortRuns: 300, longRuns: 40_000 },
  { name: 'config', what: 'loadConfigText on random config text, then a 5,000-character lint', make: configProperty, shortRuns: 150, longRuns: 10_000 },
  { name: 'cli', what: 'run() on folders of random files', make: cliProperty, shortRuns: 50, longRuns: 2_000 },
];

export function propertyNamed(name: string): FuzzProperty {
  const p = PROPERTIES.find((x) => x.name === name);
  if (!p) throw new Error(`no property "${name}" (known: ${PROPERTIES.map((x) => x.name).join(', ')})`);
  return p;
}
