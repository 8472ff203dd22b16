// End-to-end UI smoke test: packages the extension, installs the .vsix into a
// fresh code-server (VS Code's own workbench from the npm registry) and drives
// the workbench in Debian's headless chromium the way a user would: Quick Open,
// keyboard shortcuts, the command palette and the activity bar. Each step checks
// what is on screen and leaves a screenshot in test-results/e2e/.
//
//   npm run test:e2e                 package, provision, run
//   npm run test:e2e -- --no-package reuse postmortem-assistant.vsix as it is
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, resultsDir } from './common.mjs';
import { runUiSuite } from './ui-suite.mjs';
import { boardShown, incidentOutline, makePostmortemsFolder, newPostmortemSnippets, postmortemsListed, problemsListed, ruleDocShown, workbenchLoads } from './ui-steps.mjs';

const vsixPath = join(repoRoot, 'postmortem-assistant.vsix');

function packageExtension() {
  const r = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`npm run package failed (exit ${r.status ?? r.signal})`);
  if (!existsSync(vsixPath)) throw new Error(`npm run package did not write ${vsixPath}`);
}

await runUiSuite({
  title: 'End-to-end',
  outDir: join(resultsDir, 'e2e'),
  vsixPath,
  packageVsix: packageExtension,
  makeWorkspace: makePostmortemsFolder,
  steps: [workbenchLoads, problemsListed(), incidentOutline, postmortemsListed, boardShown, ruleDocShown, newPostmortemSnippets],
}).catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
