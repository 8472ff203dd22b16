// Runs the integration suite in a desktop VS Code downloaded by
// @vscode/test-electron (needs access to update.code.visualstudio.com).
// On a headless Linux machine, wrap it in `xvfb-run -a`.
import { runTests } from '@vscode/test-electron';
import {
  build, extensionPath, readResults, report, resetResults, resultsFile, testsIndex, workspacePath,
} from './common.mjs';

async function main() {
  if (!process.argv.includes('--no-build')) build();
  resetResults();
  let hostFailed = false;
  try {
    await runTests({
      version: process.env.POSTMORTEM_VSCODE_VERSION ?? 'stable', // e.g. 1.90.0, the oldest engine we support
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: testsIndex,
      // Built-in extensions (Markdown among them) stay enabled; installed ones would only add noise.
      launchArgs: [workspacePath, '--disable-extensions'],
      extensionTestsEnv: { POSTMORTEM_TEST_RESULTS: resultsFile },
    });
  } catch (err) {
    console.error(`VS Code could not run the tests: ${err.message ?? err}`);
    hostFailed = true;
  }
  const code = report(readResults());
  process.exitCode = code || (hostFailed ? 1 : 0);
}

await main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
