/**
 * The long fuzz run: `npm run fuzz` (at least 100,000 cases over all properties).
 *
 *   npm run fuzz -- [--cases N] [--seed S] [--workers K] [--only a,b] [--max-minutes M]
 *   npm run fuzz -- --replay <property> --seed S --path P
 *   npm run fuzz -- --no-complexity      (skip the complexity phase)
 *
 * Cases are split into jobs with their own seeds and spread over worker
 * processes. Each kind of failure is reported once, shrunk, with the seed and
 * path that replay it; later cases failing the same way are counted, so the
 * run goes on looking for new kinds. Prints progress, the slowest case of each
 * property (the time bound is a hang detector), and exits 1 on any failure.
 * Then the complexity suite runs at full size (test/complexity/run.ts) and
 * prints its table of time ratios.
 */
import fc from 'fast-check';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { serve, type Failure, type Job, type JobResult } from './long-run-worker.js';
import { PROPERTIES, propertyNamed } from './properties/index.js';
import { HANG_MS, Tally } from './tally.js';

/** Cases per job: small enough for steady progress lines, large enough to keep workers busy. */
const JOB_SIZE: Record<string, number> = { 'lint-random-markdown': 500, 'lint-corpus-mutations': 150, positions: 2500, config: 1000, cli: 250 };

interface Totals {
  target: number;
  cases: number;
  executions: number;
  slowestMs: number;
  slowestSample: string;
  repeats: Map<string, number>;
  examples: Map<string, string[]>;
}

const { values: opts } = parseArgs({
  options: {
    cases: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    only: { type: 'string' },
    'max-minutes': { type: 'string' },
    replay: { type: 'string' },
    path: { type: 'string' },
    worker: { type: 'boolean' },
    'no-complexity': { type: 'boolean' },
  },
});

const elapsed = (start: number) => {
  const s = Math.round((Date.now() - start) / 1000);
  return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
};

function replay(): void {
  const tally = new Tally();
  const details = fc.check(propertyNamed(opts.replay!).make(tally), { seed: Number(opts.seed), path: opts.path, includeErrorInReport: true });
  console.log(details.failed ? fc.defaultReportMessage(details) : `no failure at seed ${opts.seed}, path ${opts.path}`);
  process.exitCode = details.failed ? 1 : 0;
}

function report(f: Failure, outDir: string, n: number): string {
  const file = join(outDir, `failure-${n}-${f.property}.txt`);
  writeFileSync(file, `${f.message}\n\nCounterexample:\n${f.counterexample}\n`);
  const example = f.counterexample.length > 1500 ? f.counterexample.slice(0, 1500) + ` … (${f.counterexample.length} characters; full text in the file below)` : f.counterexample;
  return [
    `FAILURE ${n} in ${f.property}: ${f.signature}`,
    f.message.split('\n').slice(0, 6).map((l) => '  ' + l).join('\n'),
    `  shrunk ${f.shrinks} times to: ${example}`,
    `  replay: npm run fuzz -- --replay ${f.property} --seed ${f.seed} --path "${f.path}"`,
    `  saved:  ${file}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const start = Date.now();
  const base = opts.seed !== undefined ? Number(opts.seed) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const chosen = opts.only ? opts.only.split(',').map(propertyNamed) : PROPERTIES;
  const wanted = chosen.reduce((n, p) => n + p.longRuns, 0);
  const scale = opts.cases ? Number(opts.cases) / wanted : 1;
  const workers = Math.max(1, Number(opts.workers ?? availableParallelism()));
  const deadline = opts['max-minutes'] ? start + Number(opts['max-minutes']) * 60_000 : Infinity;
  const outDir = join(tmpdir(), `postmortem-fuzz-${base >>> 0}`);
  mkdirSync(outDir, { recursive: true });

  const totals = new Map<string, Totals>(chosen.map((p) => [p.name, { target: Math.ceil(p.longRuns * scale), cases: 0, executions: 0, slowestMs: 0, slowestSample: '', repeats: new Map(), examples: new Map() }]));
  const target = [...totals.values()].reduce((n, t) => n + t.target, 0);
  console.log(`fuzz long run: ${target.toLocaleString('en')} cases over ${chosen.map((p) => p.name).join(', ')}`);
  console.log(`seed ${base}, ${workers} workers, hang bound ${HANG_MS} ms per case, reports in ${outDir}`);

  const known = new Set<string>();
  const failures: Failure[] = [];
  let jobNo = 0;
  let warnings = 0;
  const pending = new Map<string, number>(chosen.map((p) => [p.name, totals.get(p.name)!.target]));
  let turn = 0;
  /** Jobs go round the properties in turn, so each makes progress from the start. */
  const nextJob = (): Job | null => {
    if (Date.now() > deadline) return null;
    const names = [...pending.keys()];
    for (let i = 0; i < names.length; i++) {
      const property = names[(turn + i) % names.length]!;
      const left = pending.get(property)!;
      if (left <= 0) continue;
      turn = (turn + i + 1) % names.length;
      const numRuns = Math.min(left, JOB_SIZE[property] ?? 500);
      pending.set(property, left - numRuns);
      return { property, seed: (base + ++jobNo * 7919) | 0, numRuns, known: [...known] };
    }
    return null;
  };

  const onResult = (r: JobResult) => {
    const t = totals.get(r.job.property)!;
    t.cases += r.cases;
    t.executions += r.executions;
    warnings += r.warnings;
    if (r.slowestMs > t.slowestMs) [t.slowestMs, t.slowestSample] = [r.slowestMs, r.slowestSample];
    for (const [k, n] of r.repeats) t.repeats.set(k, (t.repeats.get(k) ?? 0) + n);
    for (const [k, e] of r.examples) t.examples.set(k, [...(t.examples.get(k) ?? []), ...e].slice(0, 3));
    // A chunk stops at its failure: the cases it did not run go back in the queue.
    if (r.cases < r.job.numRuns) pending.set(r.job.property, pending.get(r.job.property)! + r.job.numRuns - r.cases);
    if (r.failure) {
      if (known.has(r.failure.signature)) t.repeats.set(r.failure.signature, (t.repeats.get(r.failure.signature) ?? 0) + 1);
      else {
        known.add(r.failure.signature);
        failures.push(r.failure);
        console.log(report(r.failure, outDir, failures.length));
      }
    }
    const done = [...totals.values()].reduce((n, x) => n + x.cases, 0);
    console.log(`[${elapsed(start)}] ${r.job.property} ${t.cases.toLocaleString('en')}/${t.target.toLocaleString('en')} · total ${done.toLocaleString('en')}/${target.toLocaleString('en')} · failure kinds ${failures.length} · slowest ${t.slowestMs.toFixed(0)} ms`);
  };

  await Promise.all(
    Array.from({ length: workers }, () => {
      const child: ChildProcess = fork(__filename, ['--worker']);
      return new Promise<void>((resolve, reject) => {
        const feed = () => {
          const job = nextJob();
          if (job) child.send(job);
          else {
            child.disconnect();
            resolve();
          }
        };
        child.on('message', (r: JobResult) => {
          onResult(r);
          feed();
        });
        child.on('exit', (code) => (code ? reject(new Error(`a worker exited with code ${code}`)) : resolve()));
        feed();
      });
    }),
  );

  const cases = [...totals.values()].reduce((n, x) => n + x.cases, 0);
  console.log(`\nfuzz long run done in ${elapsed(start)}: ${cases.toLocaleString('en')} cases, seed ${base}, ${warnings} library warnings`);
  for (const [name, t] of totals) {
    console.log(`  ${name}: ${t.cases.toLocaleString('en')} cases (${t.executions.toLocaleString('en')} executions with shrinking), slowest ${t.slowestMs.toFixed(1)} ms on ${t.slowestSample}`);
    for (const [k, n] of t.repeats) {
      console.log(`    + ${n} more cases failing as "${k}", e.g.`);
      for (const e of t.examples.get(k) ?? []) console.log(`        ${e}`);
    }
  }
  console.log(failures.length ? `${failures.length} kind(s) of failure; details above and in ${outDir}` : 'no failures');
  process.exitCode = failures.length ? 1 : 0;
}

/** The complexity phase, in a process of its own so the fuzz workers' heap does not weigh on its timings. */
function complexity(): Promise<void> {
  return new Promise((resolve) => {
    console.log('\nComplexity suite at full size (time at n and 2n):');
    const child = fork(join(dirname(process.argv[1]!), '../complexity/run.ts'), [], { execArgv: process.execArgv });
    child.on('exit', (code) => {
      if (code !== 0) process.exitCode = 1;
      resolve();
    });
  });
}

if (opts.worker) serve();
else if (opts.replay) replay();
else void main().then(() => (opts['no-complexity'] || opts.only ? undefined : complexity()));
