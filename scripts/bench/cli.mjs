// Side by side, as a user runs them: `node dist/cli.js` against markdownlint-cli2 (its
// default rules) on the same files in a temporary folder, (a) 1,000 real postmortems and
// (b) one generated 10,000-line postmortem. Rounds alternate which tool goes first; the
// medians of the wall times are compared.
//   node scripts/bench/cli.mjs [--rounds n] [--files n] [--jobs n] [--keep]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generatePostmortem } from './generate.mjs';
import { median } from './measure.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = 20260314;

/** Real postmortems found on disk: the shared corpus, the unseen sets and the test corpus. */
export function realDocuments(root = ROOT) {
  const folders = [
    join(root, '..', 'shared', 'corpus', 'postmortems'),
    ...['/work/data/unseen-dev', '/work/data/unseen-dev2', '/work/data/unseen-test'],
    join(root, 'test', 'fixtures', 'corpus'),
    join(root, 'test', 'fixtures', 'unseen'),
  ];
  const seen = new Set();
  const docs = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (!name.endsWith('.md') || !statSync(path).isFile()) continue;
      const text = readFileSync(path, 'utf8');
      // The same document is in several sets; count it once.
      if (seen.has(text)) continue;
      seen.add(text);
      docs.push({ name: basename(name, '.md'), text });
    }
  }
  return docs;
}

/** `count` files with distinct names in `dir/postmortems`, cycling through the documents. */
export function writeSet(dir, docs, count) {
  const folder = join(dir, 'postmortems');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const doc = docs[i % docs.length];
    writeFileSync(join(folder, `${String(i).padStart(4, '0')}-${doc.name.slice(0, 80)}.md`), doc.text);
  }
  // markdownlint-cli2 with markdownlint's default rules, as in the in-process benchmark.
  writeFileSync(join(dir, '.markdownlint-cli2.jsonc'), JSON.stringify({ config: { default: true } }));
}

function timeOnce(command, args, cwd) {
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  // Both exit 1 when they find problems; 2 or a signal means the run itself failed.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')} exited with ${r.status ?? r.signal}: ${String(r.stderr).slice(0, 2000)}`);
  return ms;
}

/** Times our CLI against markdownlint-cli2 on the files in `dir`, alternating which goes first. */
export function compareClis(dir, { rounds, jobs, root = ROOT }) {
  const ours = [process.execPath, [join(root, 'dist', 'cli.js'), '--today', '2026-06-01', ...(jobs ? ['--jobs', String(jobs)] : []), 'postmortems']];
  const theirs = [process.execPath, [join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), 'postmortems/**/*.md']];
  if (!existsSync(theirs[1][0])) theirs[1][0] = join(root, 'node_modules', '.bin', 'markdownlint-cli2');
  const samples = { ours: [], markdownlintCli2: [] };
  // One untimed run each warms the file cache.
  timeOnce(ours[0], ours[1], dir);
  timeOnce(theirs[0], theirs[1], dir);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? ['markdownlintCli2', 'ours'] : ['ours', 'markdownlintCli2'];
    for (const id of order) samples[id].push(timeOnce(...(id === 'ours' ? ours : theirs), dir));
  }
  const oursMs = median(samples.ours);
  const theirsMs = median(samples.markdownlintCli2);
  return { rounds, samples, medianMs: { ours: oursMs, markdownlintCli2: theirsMs }, ratio: Math.round((oursMs / theirsMs) * 100) / 100 };
}

/** Both comparisons; the temporary folders are removed afterwards unless `keep`. */
export function benchClis({ rounds = 7, files = 1000, jobs, keep = false, root = ROOT, log = console.error } = {}) {
  const docs = realDocuments(root);
  const many = mkdtempSync(join(tmpdir(), 'pm-bench-many-'));
  const large = mkdtempSync(join(tmpdir(), 'pm-bench-large-'));
  try {
    writeSet(many, docs, files);
    writeSet(large, [{ name: 'large-postmortem', text: generatePostmortem(10_000, SEED) }], 1);
    log(`CLI comparison: ${files} files made of ${docs.length} real postmortems; ${rounds} rounds each`);
    const manyFiles = { files, documents: docs.length, ...compareClis(many, { rounds, jobs, root }) };
    log(`  ${files} files: ours ${manyFiles.medianMs.ours.toFixed(0)} ms, markdownlint-cli2 ${manyFiles.medianMs.markdownlintCli2.toFixed(0)} ms (×${manyFiles.ratio})`);
    const oneLarge = { lines: 10_000, ...compareClis(large, { rounds, jobs, root }) };
    log(`  one 10,000-line file: ours ${oneLarge.medianMs.ours.toFixed(0)} ms, markdownlint-cli2 ${oneLarge.medianMs.markdownlintCli2.toFixed(0)} ms (×${oneLarge.ratio})`);
    return {
      manyFiles,
      oneLarge,
      targets: {
        manyFilesAtMost0_8xMarkdownlintCli2: { value: manyFiles.ratio, met: manyFiles.ratio <= 0.8 },
        oneLargeAtMostMarkdownlintCli2: { value: oneLarge.ratio, met: oneLarge.ratio <= 1 },
      },
      dirs: keep ? { many, large } : undefined,
    };
  } finally {
    if (!keep) {
      rmSync(many, { recursive: true, force: true });
      rmSync(large, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const option = (name) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? process.argv[at + 1] : undefined;
  };
  const result = benchClis({
    rounds: Number(option('--rounds') ?? 7),
    files: Number(option('--files') ?? 1000),
    jobs: option('--jobs'),
    keep: process.argv.includes('--keep'),
  });
  console.log(JSON.stringify(result, (k, v) => (Array.isArray(v) && typeof v[0] === 'number' ? v.map((x) => Math.round(x)) : v), 2));
}
