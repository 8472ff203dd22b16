// Suite entry for the VS Code extension host: the `run()` contract shared by
// @vscode/test-electron and code-server's extensionTestsPath.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

interface Results {
  passed: number;
  failed: number;
  failures: { title: string; message: string }[];
  vscodeVersion: string;
}

// The launchers read this file: the extension host's exit code does not reach
// them when it runs inside code-server.
const resultsFile =
  process.env.POSTMORTEM_TEST_RESULTS ?? path.resolve(__dirname, '../integration-results.json');

function findTests(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

function writeResults(results: Results): void {
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  // Write then rename, so a polling launcher never reads half a file.
  fs.writeFileSync(`${resultsFile}.tmp`, JSON.stringify(results, null, 2));
  fs.renameSync(`${resultsFile}.tmp`, resultsFile);
}

export async function run(): Promise<void> {
  const results: Results = { passed: 0, failed: 0, failures: [], vscodeVersion: vscode.version };
  // POSTMORTEM_TEST_GREP runs only the matching tests (while working on one).
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, ...(process.env.POSTMORTEM_TEST_GREP ? { grep: process.env.POSTMORTEM_TEST_GREP } : {}) });
  for (const file of findTests(__dirname)) mocha.addFile(file);

  try {
    await new Promise<void>((resolve) => {
      mocha
        .run(() => resolve())
        .on('pass', () => results.passed++)
        .on('fail', (test, err: unknown) => {
          results.failed++;
          results.failures.push({ title: test.fullTitle(), message: err instanceof Error ? err.message : String(err) });
        });
    });
  } catch (err) {
    // A test file that throws while loading: report it instead of hanging the launcher.
    results.failed++;
    results.failures.push({ title: 'loading test files', message: String((err as Error)?.stack ?? err) });
  }

  writeResults(results);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed`);
  if (results.passed === 0) throw new Error('no integration test ran');
}
