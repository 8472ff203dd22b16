/**
 * Runs one property for the unit suite: a modest number of cases, a random
 * seed (fast-check prints it, with the path, on failure), and a time limit so
 * shrinking a slow counterexample cannot stall the suite.
 *
 *   FUZZ_SEED=<n> FUZZ_PATH=<path>   replay a reported failure
 *   FUZZ_SCALE=<x>                   run x times as many cases
 */
import type { TestContext } from 'node:test';
import fc from 'fast-check';
import { propertyNamed } from './properties/index.js';
import { Tally } from './tally.js';

export function shortRun(t: TestContext, name: string): void {
  const property = propertyNamed(name);
  const tally = new Tally();
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  try {
    fc.assert(property.make(tally), {
      numRuns: Math.max(1, Math.round(property.shortRuns * Number(process.env.FUZZ_SCALE ?? 1))),
      ...(seed !== undefined ? { seed } : {}),
      ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
      includeErrorInReport: true,
      interruptAfterTimeLimit: 20_000,
      markInterruptAsFailure: false,
    });
  } finally {
    t.diagnostic(tally.summary(name));
  }
}
