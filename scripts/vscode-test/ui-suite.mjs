// One run of UI steps against a packaged extension: installs the .vsix into a
// fresh code-server (VS Code's own workbench from the npm registry), opens the
// workspace in Debian's headless chromium, runs each step, leaves a screenshot
// per step and a log in `outDir`, and prints "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { descendants, kill, serverEnv, startCodeServer, stopServer, withTimeout } from './processes.mjs';
import { chromiumPath, codeServerEntry, ensureAptPackages, node24, provision } from './provision.mjs';
import { UI_TIMEOUT_MS } from './workbench.mjs';

const SERVER_START_TIMEOUT_MS = 60_000;
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * A first-run profile with the start-up extras turned off that would only sit
 * in front of what the test looks at. Everything else stays at its default.
 */
function makeUserData(tmp) {
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
function installExtension(vsixPath, userData, extensionsDir, write) {
  const r = spawnSync(node24, [codeServerEntry, '--user-data-dir', userData, '--extensions-dir', extensionsDir,
    '--install-extension', vsixPath], { env: serverEnv(), encoding: 'utf8', timeout: 120_000 });
  write(`$ code-server --install-extension ${vsixPath}\n${r.stdout}${r.stderr}\n`);
  if (r.status !== 0) throw new Error(`--install-extension failed (exit ${r.status ?? r.signal}): ${r.stderr.trim()}`);
  const installed = readdirSync(extensionsDir).find((d) => d.startsWith('postmortem-tools.postmortem-assistant-'));
  if (!installed) throw new Error(`--install-extension reported success but ${extensionsDir} holds no postmortem-assistant`);
  return installed;
}

async function openPage(browser, write) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(UI_TIMEOUT_MS);
  page.on('console', (m) => write(`[browser ${m.type()}] ${m.text().replace(/\n/g, '\n    ')}\n`));
  page.on('pageerror', (e) => write(`[browser pageerror] ${e.stack ?? e}\n`));
  return page;
}

/**
 * Runs `steps` ({ name, screenshot, required?, run(page, session) }) and sets
 * the exit code. `packageVsix()` writes `vsixPath` (skipped with --no-package);
 * `makeWorkspace(folder)` fills the folder the workbench opens. A step gets
 * the session: { url, folder, userData, write }.
 */
export async function runUiSuite({ title, outDir, vsixPath, packageVsix, makeWorkspace, steps }) {
  const started = Date.now();
  const logFile = join(outDir, `${basename(outDir)}.log`);
  let log;
  let server;
  let browser;
  let tmp;
  let stopping; // set by Ctrl+C / SIGTERM: no further step starts
  let cleaning; // the one cleanup, shared by the normal end and a signal
  // Output can still arrive from a dying server after the log is closed.
  const write = (text) => log && !log.writableEnded && log.write(text);

  const stopAll = async () => {
    // Collected first: once the server dies, its orphans are reparented out of reach.
    const pids = descendants(process.pid);
    await withTimeout(browser?.close() ?? Promise.resolve(), 10_000, '').catch(() => {});
    await stopServer(server);
    for (const pid of pids) kill(pid, 'SIGKILL');
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    if (log) await new Promise((resolve) => log.end(resolve));
  };
  const cleanup = () => (cleaning ??= stopAll());

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
    let session;
    try {
      if (!process.argv.includes('--no-package')) packageVsix();
      else if (!existsSync(vsixPath)) throw new Error(`--no-package, but there is no ${vsixPath}`);
      const playwright = await provision();
      try {
        // A Hangul font for the Korean example's name; without one, screenshots show boxes.
        ensureAptPackages(['fonts-nanum']);
      } catch (err) {
        console.warn(`Screenshots may show Korean text as boxes: ${err.message}`);
      }
      tmp = mkdtempSync(join(tmpdir(), 'postmortem-ui-'));
      const folder = join(tmp, 'incidents');
      mkdirSync(folder);
      makeWorkspace(folder);
      const userData = makeUserData(tmp);
      const extensionsDir = join(tmp, 'extensions');
      mkdirSync(extensionsDir);
      console.log(`Installed ${installExtension(vsixPath, userData, extensionsDir, write)} from ${basename(vsixPath)}`);
      console.log('Starting code-server…');
      const codeServer = startCodeServer({
        args: ['--user-data-dir', userData, '--extensions-dir', extensionsDir, '--config', join(tmp, 'config.yaml'), folder],
        env: serverEnv(),
        write,
        timeoutMs: SERVER_START_TIMEOUT_MS,
      });
      server = codeServer.server;
      const url = `http://127.0.0.1:${await codeServer.port}/?folder=${encodeURIComponent(folder)}`;
      browser = await playwright.chromium.launch({
        executablePath: chromiumPath,
        args: BROWSER_ARGS,
        // Our own handlers shut down code-server as well; Playwright's would exit the process first.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      page = await openPage(browser, write);
      session = { url, folder, userData, write };
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
        await step.run(page, session);
      } catch (err) {
        error = err;
      }
      if (stopping) break; // the failure is the interruption's doing
      await page.mouse.move(1, 1).catch(() => {}); // off any control, so no tooltip covers the view
      await page.screenshot({ path: join(outDir, step.screenshot) }).catch((e) => write(`[ui] screenshot failed: ${e}\n`));
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
    console.log(`${title}: ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots and log in ${outDir}`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
  }
}
