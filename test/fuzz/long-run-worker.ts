/**
 * One worker of the long run: takes jobs (a property, a seed, a number of
 * cases, the kinds of failure already reported) and answers with what it saw.
 */
import fc from 'fast-check';
import { propertyNamed } from './properties/index.js';
import { signature, Tally } from './tally.js';

export interface Job {
  property: string;
  seed: number;
  numRuns: number;
  known: string[];
}

export interface Failure {
  property: string;
  signature: string;
  message: string;
  counterexample: string;
  seed: number;
  path: string;
  shrinks: number;
}

export interface JobResult {
  job: Job;
  /** Generated cases run (a failing chunk stops at its failure). */
  cases: number;
  /** Property executions, shrinking included. */
  executions: number;
  slowestMs: number;
  slowestSample: string;
  repeats: Array<[string, number]>;
  examples: Array<[string, string[]]>;
  failure: Failure | null;
  warnings: number;
}

/** Wall-clock limit for one job, shrinking included. */
const SHRINK_LIMIT_MS = 5 * 60_000;

let warnings = 0;
let reported = 0;

export function runJob(job: Job): JobResult {
  const tally = new Tally();
  for (const k of job.known) tally.known.add(k);
  const details = fc.check(propertyNamed(job.property).make(tally), {
    seed: job.seed,
    numRuns: job.numRuns,
    includeErrorInReport: true,
    // Shrinking a hang tries many slow cases; past this limit the smallest failure so far is reported.
    interruptAfterTimeLimit: SHRINK_LIMIT_MS,
    markInterruptAsFailure: false,
  });
  const failure: Failure | null = details.failed
    ? {
        property: job.property,
        signature: signature(details.errorInstance),
        message: String((details.errorInstance as Error)?.stack ?? details.errorInstance).split('\n').slice(0, 12).join('\n'),
        counterexample: fc.stringify(details.counterexample),
        seed: details.seed,
        path: details.counterexamplePath ?? '',
        shrinks: details.numShrinks,
      }
    : null;
  return {
    job,
    cases: details.numRuns,
    executions: tally.cases,
    slowestMs: tally.slowestMs,
    slowestSample: tally.slowestSample,
    repeats: [...tally.repeats],
    examples: [...tally.examples],
    failure,
    warnings: 0,
  };
}

/** Worker process: YAML and other library warnings are counted, not printed. */
export function serve(): void {
  process.on('warning', () => warnings++);
  process.on('message', (job: Job) => {
    const result = runJob(job);
    // Warnings arrive on the next tick, after the job's synchronous work.
    setImmediate(() => {
      result.warnings = warnings - reported;
      reported = warnings;
      process.send!(result);
    });
  });
}
