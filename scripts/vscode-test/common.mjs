// Paths and helpers shared by the integration-test launchers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = join(repoRoot, '.cache');
export const resultsDir = join(repoRoot, 'test-results');
// The extension under test is the repository itself (package.json is the manifest).
export const extensionPath = repoRoot;
export const testsIndex = join(repoRoot, 'out/test/integration/index.js');
export const workspacePath = join(repoRoot, 'test/integration/workspace');
// Read by test/integration/index.ts through POSTMORTEM_TEST_RESULTS.
export const resultsFile = join(resultsDir, 'integration-results.json');

/** Runs `npm run build` so every launcher tests the current sources. */
export function build() {
  const r = spawnSync('npm', ['run', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
    shell: process.platform === 'win32', // npm is npm.cmd there
  });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status ?? r.signal})`);
  if (!existsSync(testsIndex)) throw new Error(`build did not produce ${testsIndex}`);
}

/** Removes a stale results file so an old run can never be mistaken for this one. */
export function resetResults() {
  mkdirSync(resultsDir, { recursive: true });
  rmSync(resultsFile, { force: true });
}

export function readResults() {
  return existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
}

/** Prints the summary and returns the process exit code it implies. */
export function report(results) {
  if (!results) {
    console.error(`No results file at ${resultsFile}: the test runner did not finish.`);
    return 1;
  }
  console.log(`VS Code ${results.vscodeVersion}`);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  for (const f of results.failures) console.error(`  FAIL ${f.title}\n    ${f.message.replace(/\n/g, '\n    ')}`);
  if (results.passed + results.failed === 0) {
    console.error('No test ran.');
    return 1;
  }
  return results.failed === 0 ? 0 : 1;
}
