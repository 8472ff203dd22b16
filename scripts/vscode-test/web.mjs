// The web build in a browser: packages the extension with its `browser` entry
// and no `main`, installs it into code-server, whose browser-side extension host
// (a Web Worker, as on vscode.dev and github.dev) then runs it, and checks
// through the UI that the language server answers from a Web Worker of the
// page: diagnostics (with a config file read through the editor), the Incident
// Outline, the Postmortems view (files the server reads through the editor), the
// board and Lint All Postmortems. Screenshots and the log go to test-results/web/.
//
//   npm run test:web                  package, provision, run
//   npm run test:web -- --no-package  reuse the web .vsix as it is
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, resultsDir } from './common.mjs';
import { runUiSuite } from './ui-suite.mjs';
import { boardShown, incidentOutline, KOREAN_FILE, makePostmortemsFolder, postmortemsListed, PROBLEM_ROWS, problemsListed, workbenchLoads } from './ui-steps.mjs';
import { packageWebExtension } from './web-package.mjs';
import { runCommand, showOutputChannel, UI_TIMEOUT_MS, waitForRows, waitForText } from './workbench.mjs';

const vsixPath = join(resultsDir, 'postmortem-assistant-web.vsix');
const SERVER_NAME = 'postmortem-language-server';
const EXTENSION_ID = 'postmortem-tools.postmortem-assistant';
const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;

/** The examples, plus a config file that only a server that can read it through the editor applies. */
function makeWorkspace(folder) {
  makePostmortemsFolder(folder);
  writeFileSync(join(folder, '.postmortemrc.json'), JSON.stringify({ requiredSections: ['summary', 'impact', 'timeline', 'detection'] }));
}

/** The remote (Node) extension host's log: it records every extension that host activates. */
function remoteExtensionHostLog(userData) {
  const logs = join(userData, 'logs');
  if (!existsSync(logs)) return '';
  return readdirSync(logs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('remoteexthost.log'))
    .map((f) => readFileSync(join(logs, f), 'utf8'))
    .join('\n');
}

const serverInWorker = {
  name: 'the language server runs in a Web Worker of the page, and no Node extension host ran the extension',
  screenshot: 'worker.png',
  async run(page, { userData }) {
    // The client names the server's Worker; the web extension host prefixes its own name.
    const deadline = Date.now() + UI_TIMEOUT_MS;
    let names = [];
    while (!names.some((n) => n.endsWith(SERVER_NAME))) {
      if (Date.now() > deadline) throw new Error(`no Worker of the page is the language server; the Workers are: ${names.join(' | ') || '(none)'}`);
      names = await Promise.all(page.workers().map((w) => w.evaluate(() => self.name).catch(() => '?')));
      await page.waitForTimeout(200);
    }
    // Only the browser build of the server says this, once it is initialized.
    const read = await showOutputChannel(page, 'Postmortem');
    const line = `${SERVER_NAME} ${version} running in a Web Worker`;
    await waitForText(page, read, (t) => t.includes(line), `the Postmortem output does not say "${line}"`);
    // The Node extension host logs its activations; it must have activated others (so the log is read) but not ours.
    await waitForText(page, async () => remoteExtensionHostLog(userData), (t) => t.includes('_doActivateExtension'),
      'the remote extension host logged no activation');
    if (remoteExtensionHostLog(userData).includes(`_doActivateExtension ${EXTENSION_ID}`)) {
      throw new Error('the Node (remote) extension host activated the extension');
    }
  },
};

const lintAll = {
  name: 'Lint All Postmortems puts the problems of a file never opened in the Problems panel',
  screenshot: 'lint-all.png',
  async run(page, { write }) {
    await runCommand(page, 'Postmortem: Lint All Postmortems in Workspace');
    await page.keyboard.press('Control+Shift+M');
    // The Korean example misses the section the config file requires; only a workspace lint reports it.
    // Filtered to that message, so the row is on screen however many problems the panel holds.
    await page.locator('.part.panel').getByPlaceholder(/^Filter/).fill('탐지');
    const texts = await waitForRows(page.locator('.markers-panel .monaco-list-row'), [
      KOREAN_FILE,
      ['필수 섹션이 없습니다: 탐지', 'required-sections'],
    ], 'the Problems panel');
    write(`[ui] Problems rows after Lint All:\n${texts.join('\n')}\n`);
  },
};

await runUiSuite({
  title: 'Web extension',
  outDir: join(resultsDir, 'web'),
  vsixPath,
  packageVsix: () => packageWebExtension(vsixPath),
  makeWorkspace,
  steps: [
    workbenchLoads,
    problemsListed({
      rows: [...PROBLEM_ROWS, ['Missing section: detection', 'required-sections']],
      name: 'Problems panel lists the diagnostics, with the workspace config file read through the editor',
      // The first diagnostics wait for the extension to load in the Worker host, and for the
      // server's script to be read and started in a Worker of its own.
      timeoutMs: 2 * UI_TIMEOUT_MS,
    }),
    serverInWorker,
    incidentOutline,
    postmortemsListed,
    boardShown,
    lintAll,
  ],
}).catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
