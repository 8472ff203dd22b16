// End-to-end UI smoke test: packages the extension, installs the .vsix into a
// fresh code-server (VS Code's own workbench from the npm registry) and drives
// the workbench in Debian's headless chromium the way a user would: Quick Open,
// keyboard shortcuts, the command palette and the activity bar. Each step checks
// what is on screen and leaves a screenshot in test-results/e2e/.
//
//   npm run test:e2e                 package, provision, run
//   npm run test:e2e -- --no-package reuse postmortem-assistant.vsix as it is
import { spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { repoRoot, resultsDir } from './common.mjs';
import { descendants, kill, serverEnv, startCodeServer, stopServer, withTimeout } from './processes.mjs';
import { chromiumPath, codeServerEntry, ensureAptPackages, node24, provision } from './provision.mjs';

const vsixPath = join(repoRoot, 'postmortem-assistant.vsix');
const outDir = join(resultsDir, 'e2e');
const logFile = join(outDir, 'e2e.log');
const examplesDir = join(repoRoot, 'examples/postmortems');
const problemFixture = join(repoRoot, 'test/e2e/fixtures/2026-04-20-search-latency-spike.md');

const EXAMPLE_FILE = '2026-03-14-checkout-api-outage.md';
const EXAMPLE_TITLE = 'Checkout API outage after a configuration change';
const EXAMPLE_ACTION_ITEM = 'Add an error-rate gate to the checkout canary step';
const PROBLEM_FILE = basename(problemFixture);
// The view container's icon: its label is the container title from package.nls.json.
const ACTIVITY_ICON = '.part.activitybar .action-item a.action-label[aria-label="Postmortem"]';
// How long one UI state may take to appear. The first step also covers the
// extension host starting and the extension activating.
const UI_TIMEOUT_MS = Number(process.env.POSTMORTEM_E2E_TIMEOUT_MS ?? 30_000);
const SERVER_START_TIMEOUT_MS = 60_000;

const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let log;
let server;
let browser;
let tmp;
let stopping; // set by Ctrl+C / SIGTERM: no further step starts
let cleaning; // the one cleanup, shared by the normal end and a signal
const write = (text) => log && !log.writableEnded && log.write(text);

// ---------------------------------------------------------------- processes

// ---------------------------------------------------------------- setup

function packageExtension() {
  const r = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`npm run package failed (exit ${r.status ?? r.signal})`);
  if (!existsSync(vsixPath)) throw new Error(`npm run package did not write ${vsixPath}`);
}

/** A workspace as a team would have it: the examples plus one postmortem with problems. */
function makeWorkspace() {
  const folder = join(tmp, 'incidents');
  const postmortems = join(folder, 'postmortems');
  mkdirSync(postmortems, { recursive: true });
  for (const f of readdirSync(examplesDir).filter((n) => n.endsWith('.md'))) {
    copyFileSync(join(examplesDir, f), join(postmortems, f));
  }
  copyFileSync(problemFixture, join(postmortems, PROBLEM_FILE));
  return folder;
}

/**
 * A first-run profile with the start-up extras turned off that would only sit
 * in front of what the test looks at. Everything else stays at its default.
 */
function makeUserData() {
  const userData = join(tmp, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.ignoreRecommendations': true,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'telemetry.telemetryLevel': 'off',
  }, null, 2));
  return userData;
}

/** `code-server --install-extension`, as a user installs a downloaded .vsix. */
function installExtension(userData, extensionsDir) {
  const r = spawnSync(node24, [codeServerEntry, '--user-data-dir', userData, '--extensions-dir', extensionsDir,
    '--install-extension', vsixPath], { env: serverEnv(), encoding: 'utf8', timeout: 120_000 });
  write(`$ code-server --install-extension ${vsixPath}\n${r.stdout}${r.stderr}\n`);
  if (r.status !== 0) throw new Error(`--install-extension failed (exit ${r.status ?? r.signal}): ${r.stderr.trim()}`);
  const installed = readdirSync(extensionsDir).find((d) => d.startsWith('postmortem-tools.postmortem-assistant-'));
  if (!installed) throw new Error(`--install-extension reported success but ${extensionsDir} holds no postmortem-assistant`);
  return installed;
}

async function startServer(userData, extensionsDir, folder) {
  const started = startCodeServer({
    args: ['--user-data-dir', userData, '--extensions-dir', extensionsDir, '--config', join(tmp, 'config.yaml'), folder],
    env: serverEnv(),
    write,
    timeoutMs: SERVER_START_TIMEOUT_MS,
  });
  server = started.server;
  return started.port;
}

async function openBrowser(playwright) {
  browser = await playwright.chromium.launch({
    executablePath: chromiumPath,
    args: BROWSER_ARGS,
    // Our own handlers shut down code-server as well; Playwright's would exit the process first.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(UI_TIMEOUT_MS);
  page.on('console', (m) => write(`[browser ${m.type()}] ${m.text().replace(/\n/g, '\n    ')}\n`));
  page.on('pageerror', (e) => write(`[browser pageerror] ${e.stack ?? e}\n`));
  return page;
}

// ---------------------------------------------------------------- UI helpers

/** Closes whatever quick input or menu is open, so the next shortcut reaches the workbench. */
async function closeQuickInput(page) {
  const widget = page.locator('.quick-input-widget');
  if (await widget.isVisible()) {
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' });
  }
}

/** Clears notification toasts (extension tips, warnings…) that would cover the panels. */
async function clearNotifications(page) {
  const toasts = page.locator('.notifications-toasts .notification-toast');
  for (let i = await toasts.count(); i > 0; i--) {
    const clear = toasts.first().locator('.action-label.codicon-notifications-clear, .action-label[aria-label^="Clear Notification"]').first();
    write(`[e2e] dismissing notification: ${(await toasts.first().innerText().catch(() => '')).replace(/\s+/g, ' ')}\n`);
    if (await clear.count()) await clear.click().catch(() => {});
    else await page.keyboard.press('Escape');
  }
}

/** Opens the quick input with a shortcut (after closing any open one) and returns its text box. */
async function openQuickInput(page, shortcut) {
  await closeQuickInput(page);
  await page.keyboard.press(shortcut);
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  return input;
}

/** Opens a file through Quick Open (Ctrl+P), as a user would, and waits for its editor. */
async function quickOpen(page, fileName) {
  const input = await openQuickInput(page, 'Control+P');
  await input.fill(fileName);
  // Enter opens the focused pick; wait until the search has put our file there.
  try {
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName }).waitFor();
  } catch (err) {
    const shown = await rowTexts(page.locator('.quick-input-list .monaco-list-row'));
    throw new Error(`Quick Open does not offer "${fileName}" first; it shows: ${shown.join(' | ') || '(nothing)'}`, { cause: err });
  }
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label^="${fileName}"]`).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/** Runs a command from the command palette (F1), pressing Enter on the exact entry. */
async function runCommand(page, label) {
  const input = await openQuickInput(page, 'F1');
  await input.pressSequentially(label);
  const focused = page.locator('.quick-input-list .monaco-list-row.focused .label-name');
  try {
    await focused.filter({ hasText: label }).waitFor();
  } catch (err) {
    const shown = await rowTexts(page.locator('.quick-input-list .monaco-list-row .label-name'));
    throw new Error(`the command palette does not offer "${label}"; it shows: ${shown.join(' | ') || '(nothing)'}`, { cause: err });
  }
  const text = (await focused.innerText()).trim();
  if (text !== label) throw new Error(`the command palette's first entry is "${text}", not "${label}"`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/**
 * Waits until some frame of the page (webviews nest two iframes deep) makes `probe`
 * return a value; `describe` says what was seen instead when it times out.
 */
async function waitForFrame(page, probe, describe) {
  const deadline = Date.now() + UI_TIMEOUT_MS;
  for (;;) {
    for (const frame of page.frames()) {
      const value = await probe(frame).catch(() => undefined);
      if (value !== undefined) return { frame, value };
    }
    if (Date.now() > deadline) throw new Error(`after ${UI_TIMEOUT_MS / 1000} s, ${describe()}`);
    // Frames appear and fill without an event we can await across origins: poll.
    await page.waitForTimeout(250);
  }
}

const rowTexts = async (rows) => (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

/** The expectations no row meets; an array of strings must all be in one row. */
function missing(rows, expected) {
  return expected.filter((e) => !rows.some((r) => [e].flat().every((part) => r.includes(part))));
}

/** Waits until, for each expectation, some row of `rows` contains it (see `missing`). */
async function waitForRows(rows, expected, what) {
  const deadline = Date.now() + UI_TIMEOUT_MS;
  for (;;) {
    const texts = await rowTexts(rows);
    const absent = missing(texts, expected);
    if (absent.length === 0) return texts;
    if (Date.now() > deadline) {
      const wanted = absent.map((e) => [e].flat().map((p) => `"${p}"`).join(' + ')).join(', ');
      throw new Error(`${what} has no row with ${wanted}; its rows are:\n${texts.join('\n') || '(none)'}`);
    }
    // The tree re-renders rows as data arrives; nothing to await but the next frame.
    await rows.page().waitForTimeout(200);
  }
}

// ---------------------------------------------------------------- steps

const steps = [
  {
    name: 'workbench loads with the extension installed',
    screenshot: 'workbench.png',
    required: true, // the other steps cannot run without it
    async run(page, url) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
      // The activity-bar entry comes from the installed extension's manifest.
      try {
        await page.locator(ACTIVITY_ICON).waitFor({ timeout: 60_000 });
      } catch (err) {
        const labels = await page.locator('.part.activitybar .action-item a.action-label').evaluateAll(
          (els) => els.map((e) => e.getAttribute('aria-label')));
        throw new Error(`the activity bar has no "Postmortem" entry; it has: ${labels.join(' | ') || '(nothing)'}`, { cause: err });
      }
      await clearNotifications(page);
    },
  },
  {
    name: 'Problems panel lists the linter diagnostics of a postmortem with problems',
    screenshot: 'problems.png',
    async run(page) {
      await quickOpen(page, PROBLEM_FILE);
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      const texts = await waitForRows(rows, [
        PROBLEM_FILE,
        ['Missing section: impact', 'required-sections'],
        ['gives no time zone', 'timeline-timezone'],
        ['has no owner', 'action-item-owner'],
      ], 'the Problems panel');
      write(`[e2e] Problems rows:\n${texts.join('\n')}\n`);
      await clearNotifications(page);
    },
  },
  {
    name: 'Incident Outline shows the header and timeline of the English example',
    screenshot: 'outline.png',
    async run(page) {
      await quickOpen(page, EXAMPLE_FILE);
      // A click on the icon of the container already shown would close the side bar.
      const isOpen = await page.locator(`.part.activitybar .action-item.checked a.action-label[aria-label="Postmortem"]`).count();
      if (!isOpen) await page.locator(ACTIVITY_ICON).click();
      const pane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Incident Outline' }) });
      await pane.locator('.monaco-list').waitFor();
      const texts = await waitForRows(pane.locator('.monaco-list-row'), [
        [EXAMPLE_TITLE, 'SEV2', '2026-03-14'], // the header: title, severity, date
        'Timeline',
        '12:01 Deploy of checkout-config v42',
        '12:09 Alert fired',
        '12:52 Rolled back',
      ], 'the Incident Outline');
      write(`[e2e] Incident Outline rows:\n${texts.join('\n')}\n`);
      await clearNotifications(page);
    },
  },
  {
    name: 'Show Action Items opens the board with the example\'s action items',
    screenshot: 'board.png',
    async run(page) {
      // The command needs a Markdown editor in front; the outline step left the example there.
      // Focus it with the keyboard (View: Focus First Editor Group): a click would leave the
      // pointer over the editor toolbar, whose tooltips then cover the board in the screenshot.
      await page.keyboard.press('Control+1');
      await page.locator(`.tabs-container .tab.active[aria-label^="${EXAMPLE_FILE}"]`).waitFor();
      await page.locator('.editor-instance .monaco-editor.focused').waitFor();
      // Give the board the editor area's full height: hide the Problems panel (View: Toggle Panel).
      if (await page.locator('.part.panel').isVisible()) {
        await page.keyboard.press('Control+J');
        await page.locator('.part.panel').waitFor({ state: 'hidden' });
      }
      await runCommand(page, 'Postmortem: Show Action Items');
      await page.locator(`.tabs-container .tab.active[aria-label^="Action Items: ${EXAMPLE_TITLE}"]`).waitFor();
      let seen; // the board's text when it does not (yet) show the item
      const { value } = await waitForFrame(page, async (frame) => {
        const text = await frame.evaluate(() => document.querySelector('main#board')?.innerText);
        if (typeof text !== 'string') return undefined;
        seen = text;
        return text.includes(EXAMPLE_ACTION_ITEM) ? text : undefined;
      }, () => (seen === undefined
        ? `no frame of the page holds the board's main#board (${page.frames().length} frames)`
        : `the board does not show "${EXAMPLE_ACTION_ITEM}"; it shows:\n${seen.trim().slice(0, 1500) || '(nothing)'}`));
      write(`[e2e] board text:\n${value}\n`);
      await clearNotifications(page);
    },
  },
];

// ---------------------------------------------------------------- main

function cleanup() {
  cleaning ??= stopAll();
  return cleaning;
}

async function stopAll() {
  // Collected first: once the server dies, its orphans are reparented out of reach.
  const pids = descendants(process.pid);
  await withTimeout(browser?.close() ?? Promise.resolve(), 10_000, '').catch(() => {});
  await stopServer(server);
  for (const pid of pids) kill(pid, 'SIGKILL');
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  if (log) await new Promise((resolve) => log.end(resolve));
}

async function main() {
  const started = Date.now();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  log = createWriteStream(logFile);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    // A second signal must not cut the cleanup short.
    process.on(sig, () => stopping || ((stopping = sig), cleanup().finally(() => {
      console.error(`Interrupted by ${sig}; code-server and chromium are stopped.`);
      process.exit(130);
    })));
  }

  const results = [];
  try {
    let page;
    let url;
    try {
      if (!process.argv.includes('--no-package')) packageExtension();
      else if (!existsSync(vsixPath)) throw new Error(`--no-package, but there is no ${vsixPath}`);
      const playwright = await provision();
      try {
        // A Hangul font for the Korean example's name; without one, screenshots show boxes.
        ensureAptPackages(['fonts-nanum']);
      } catch (err) {
        console.warn(`Screenshots may show Korean text as boxes: ${err.message}`);
      }
      tmp = mkdtempSync(join(tmpdir(), 'postmortem-e2e-'));
      const folder = makeWorkspace();
      const userData = makeUserData();
      const extensionsDir = join(tmp, 'extensions');
      mkdirSync(extensionsDir);
      console.log(`Installed ${installExtension(userData, extensionsDir)} from ${basename(vsixPath)}`);
      console.log('Starting code-server…');
      const port = await startServer(userData, extensionsDir, folder);
      url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
      page = await openBrowser(playwright);
      console.log(`Driving the workbench at ${url}`);
    } catch (err) {
      console.error(`Setup failed: ${err.message}`);
      for (const step of steps) results.push({ step, error: new Error('not run: setup failed') });
      return results;
    }
    for (const step of steps) {
      if (stopping) break;
      const t0 = Date.now();
      let error;
      try {
        await step.run(page, url);
      } catch (err) {
        error = err;
      }
      if (stopping) break; // the failure is the interruption's doing
      await page.mouse.move(1, 1).catch(() => {}); // off any control, so no tooltip covers the view
      await page.screenshot({ path: join(outDir, step.screenshot) }).catch((e) => write(`[e2e] screenshot failed: ${e}\n`));
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      console.log(`${error ? 'FAIL' : 'PASS'} ${step.name} (${secs} s, ${step.screenshot})`);
      // Playwright's call logs carry terminal colours; the log file and CI output do not want them.
      if (error) console.error(`    ${String(error.message).replace(/\x1b\[[0-9;]*m/g, '').split('\n').join('\n    ')}`);
      results.push({ step, error });
      if (error && step.required) {
        for (const rest of steps.slice(steps.indexOf(step) + 1)) {
          console.log(`FAIL ${rest.name} (not run: "${step.name}" failed)`);
          results.push({ step: rest, error: new Error(`not run: "${step.name}" failed`) });
        }
        break;
      }
    }
    return results;
  } finally {
    await cleanup();
    const passed = results.filter((r) => !r.error).length;
    const failed = results.length - passed;
    console.log(`End-to-end: ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots and log in ${outDir}`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
  }
}

await main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
