// Runs the board webview in real headless Chromium: the built media/board.js
// and media/board.css in a page like the one the extension serves (same CSP),
// with a stub VS Code API. Offline: only this process's server is reachable.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BoardState, FromWebview, ToWebview } from '../../src/board/protocol.js';

export const ROOT = resolve(__dirname, '..', '..');
const MEDIA = join(ROOT, 'media');
const HERE = __dirname;
const CHROMIUM = '/usr/bin/chromium';

const newest = (dir: string): number =>
  Math.max(0, ...readdirSync(dir).map((n) => (statSync(join(dir, n)).isDirectory() ? newest(join(dir, n)) : statSync(join(dir, n)).mtimeMs)));

/** Builds media/board.js when it is missing or older than its sources; test files may run at once, so one at a time. */
export async function ensureBuilt(): Promise<void> {
  const out = join(MEDIA, 'board.js');
  const fresh = () =>
    existsSync(out) && existsSync(join(MEDIA, 'codicons', 'codicon.ttf')) && statSync(out).mtimeMs >= Math.max(newest(join(ROOT, 'src', 'webview')), statSync(join(ROOT, 'src', 'board', 'protocol.ts')).mtimeMs);
  if (fresh()) return;
  const lock = join(ROOT, '.cache', 'board-build.lock');
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  for (const start = Date.now(); ; ) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - start > 60_000) throw new Error(`stale lock ${lock}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (!fresh()) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmdirSync(lock);
  }
}

export type Theme = 'light' | 'dark' | 'hc';
export interface PageOptions {
  /** Without the CSP, only the DOM building itself stands between data and script. */
  csp?: boolean;
  theme?: Theme;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.map': 'application/json' };

/** The page the extension serves (see the comment atop src/webview/board.ts), plus the theme and the API stub. */
function pageHtml(origin: string, nonce: string, { csp = true, theme = 'light' }: PageOptions): string {
  const policy = `default-src 'none'; style-src ${origin}; font-src ${origin}; img-src ${origin} data:; script-src 'nonce-${nonce}'`;
  const bodyClass = { light: 'vscode-light', dark: 'vscode-dark', hc: 'vscode-high-contrast' }[theme];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
${csp ? `<meta http-equiv="Content-Security-Policy" content="${policy}">` : ''}
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${origin}/test/theme-${theme}.css">
<link rel="stylesheet" href="${origin}/media/codicons/codicon.css">
<link rel="stylesheet" href="${origin}/media/board.css">
<title>Action Items</title>
</head>
<body class="${bodyClass}">
<main id="board" aria-live="polite"></main>
<script nonce="${nonce}" src="${origin}/test/stub.js"></script>
<script nonce="${nonce}" src="${origin}/media/board.js"></script>
</body>
</html>`;
}

function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file: string | undefined;
    if (url.pathname === '/') {
      const opts: PageOptions = { csp: url.searchParams.get('csp') !== '0', theme: (url.searchParams.get('theme') as Theme | null) ?? 'light' };
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pageHtml(`http://${req.headers.host}`, url.searchParams.get('nonce') ?? '', opts));
      return;
    }
    if (url.pathname.startsWith('/media/')) file = resolve(MEDIA, '.' + decodeURIComponent(url.pathname.slice('/media'.length)));
    else if (url.pathname.startsWith('/test/')) file = resolve(HERE, '.' + decodeURIComponent(url.pathname.slice('/test'.length)));
    const base = file?.startsWith(MEDIA + sep) ? MEDIA : HERE;
    if (!file || !file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

export interface Harness {
  open(options?: PageOptions & { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  await ensureBuilt();
  const { server, origin } = await serve();
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    async open({ width = 1100, height = 800, ...options } = {}) {
      const context = await browser.newContext({ viewport: { width, height } });
      // Nothing leaves the machine: links the board opens land on an aborted request.
      await context.route('**/*', (route) => (route.request().url().startsWith(origin + '/') ? route.continue() : route.abort()));
      const page = await context.newPage();
      page.setDefaultTimeout(5_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      (page as Page & { errors: string[] }).errors = errors;
      const nonce = randomBytes(16).toString('hex');
      const query = new URLSearchParams({ nonce, csp: options.csp === false ? '0' : '1', theme: options.theme ?? 'light' });
      await page.goto(`${origin}/?${query}`);
      await page.waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length > 0);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Errors the page reported (uncaught exceptions, console errors). */
export const pageErrors = (page: Page): string[] => (page as Page & { errors: string[] }).errors;

/** Sends a message as the extension would, and waits until the board has drawn it. */
export async function send(page: Page, message: ToWebview): Promise<void> {
  await page.evaluate((m) => window.dispatchEvent(new MessageEvent('message', { data: m })), message);
  // Two frames: one for the render, one for the timeline's resize-driven drawing.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export const sendState = (page: Page, state: BoardState) => send(page, { type: 'state', state });

export const posted = (page: Page): Promise<FromWebview[]> => page.evaluate(() => (window as unknown as { __posted: FromWebview[] }).__posted);

export async function clearPosted(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __posted: unknown[] }).__posted.length = 0));
}

export const pwned = (page: Page): Promise<unknown> => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
