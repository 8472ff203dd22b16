// Runs the integration suite in code-server (VS Code's own workbench and
// extension host from the npm registry), driven by Debian's headless chromium.
// Works without internet beyond the npm registry and apt.
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import {
  build, extensionPath, readResults, report, resetResults, resultsDir, resultsFile, testsIndex, workspacePath,
} from './common.mjs';
import { descendants, kill, serverEnv, startCodeServer, stopServer } from './processes.mjs';
import { chromiumPath, provision } from './provision.mjs';

const TIMEOUT_MS = Number(process.env.POSTMORTEM_TEST_TIMEOUT_MS ?? 10 * 60_000);
// A healthy extension host starts within seconds; past this, report it as never started.
const EXT_HOST_TIMEOUT_MS = Math.min(TIMEOUT_MS, 3 * 60_000);
const logFile = join(resultsDir, 'vscode-offline.log');

let log;
let server;
let browser;
let tmp;
let extHostLaunched = false;
// Output can still arrive from a dying server after the log is closed.
const write = (text) => log && !log.writableEnded && log.write(text);

async function startServer() {
  const started = startCodeServer({
    args: [
      '--user-data-dir', join(tmp, 'user-data'),
      '--extensions-dir', join(tmp, 'extensions'),
      '--config', join(tmp, 'config.yaml'),
      '--vscode-option', 'enable-smoke-test-driver', // makes the workbench honour the payload below
      workspacePath,
    ],
    env: serverEnv({ POSTMORTEM_TEST_RESULTS: resultsFile }),
    write,
    timeoutMs: 60_000,
    // The server logs each extension host process it launches.
    onText: (text) => {
      if (/Launched Extension Host Process/.test(text)) extHostLaunched = true;
    },
  });
  server = started.server;
  return started.port;
}

async function openWorkbench(port, playwright) {
  const remote = `vscode-remote://127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', remote + extensionPath],
    ['extensionTestsPath', remote + testsIndex],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspacePath)}`
    + `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  browser = await playwright.chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  let crashed;
  // One record per message: continuation lines are indented so printLogTail can skip whole records.
  page.on('console', (m) => write(`[browser ${m.type()}] ${m.text().replace(/\n/g, '\n    ')}\n`));
  page.on('pageerror', (e) => write(`[browser pageerror] ${e.stack ?? e}\n`));
  page.on('crash', () => (crashed = new Error('the workbench page crashed')));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return () => crashed;
}

async function waitForResults(pageFailure) {
  const start = Date.now();
  let serverExit;
  server.once('exit', (code, sig) => (serverExit = new Error(`code-server exited (${code ?? sig}) before the tests finished`)));
  for (;;) {
    const results = readResults();
    if (results) return results;
    const failure = serverExit ?? pageFailure();
    if (failure) throw failure;
    const elapsed = Date.now() - start;
    if (elapsed > EXT_HOST_TIMEOUT_MS && !extHostLaunched) {
      throw new Error(`the extension host did not start within ${EXT_HOST_TIMEOUT_MS / 1000} s`);
    }
    if (elapsed > TIMEOUT_MS) throw new Error(`the tests did not finish within ${TIMEOUT_MS / 1000} s`);
    await delay(250);
  }
}

async function cleanup() {
  await browser?.close().catch(() => {});
  if (server?.pid) {
    // The group catches most helpers; the explicit list catches any that left it.
    const pids = descendants(server.pid);
    await stopServer(server);
    for (const pid of pids) kill(pid, 'SIGKILL');
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  if (log) await new Promise((resolve) => log.end(resolve));
}

/** Prints the end of the log without the browser's chatty info records. */
function printLogTail() {
  let skip = false;
  const lines = readFileSync(logFile, 'utf8').trimEnd().split('\n').filter((line) => {
    if (!/^\s/.test(line)) skip = /^\[browser (log|info|debug)\]/.test(line);
    return !skip;
  });
  console.error(`--- end of ${logFile} (browser info omitted) ---\n${lines.slice(-40).join('\n')}`);
}

async function main() {
  if (!process.argv.includes('--no-build')) build();
  const playwright = await provision();
  resetResults();
  log = createWriteStream(logFile);
  tmp = mkdtempSync(join(tmpdir(), 'postmortem-vscode-'));
  let stopping = false; // a second Ctrl+C must not cut the cleanup short
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => stopping || ((stopping = true), cleanup().finally(() => process.exit(130))));
  }

  let code;
  try {
    console.log('Starting code-server…');
    const port = await startServer();
    console.log(`Running the suite in the extension host (http://127.0.0.1:${port})…`);
    const pageFailure = await openWorkbench(port, playwright);
    code = report(await waitForResults(pageFailure));
  } catch (err) {
    console.error(`Integration tests could not complete: ${err.message}`);
    code = 1;
  }
  await cleanup();
  if (code !== 0) printLogTail();
  process.exitCode = code;
}

await main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
