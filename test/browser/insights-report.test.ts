// The self-contained insights report in real Chromium: charts drawn from the
// embedded data, the numbers in tables, and titles that try to become markup
// or end the data's <script> element stay text.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { computeInsights, type InsightSource } from '../../src/core/insights/compute.js';
import { insightsHtml } from '../../src/core/insights/html.js';
import { nameLike } from '../../src/core/insights/name-like.js';
import { buildModel } from '../../src/core/model/build.js';
import { parseMarkdown } from '../../src/core/parse.js';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
// Backslashes keep the brackets as text in the Markdown title, so the model's title holds the markup itself.
const HOSTILE_TITLE = 'Queue \\</script>\\<script>window.pwned=1\\</script>\\<img src=x onerror="window.pwned=2"> outage';

function source(path: string, title: string, date: string, severity: string, recoverMinutes: number): InsightSource {
  const text = `---\ntype: postmortem\ndate: ${date}\nseverity: ${severity}\n---\n# ${title}\n\n## Timeline\n\nAll times in UTC.\n\n- 10:00 Deploy started\n- 10:05 Alert fired\n- ${String(10 + Math.floor(recoverMinutes / 60)).padStart(2, '0')}:${String(recoverMinutes % 60).padStart(2, '0')} Service recovered\n\n## Action items\n\n- [ ] Add a canary (owner: @a, due: 2026-01-01)\n- [x] Add a test (owner: @b)\n`;
  return { path, text, model: buildModel(parseMarkdown(text), text, { path: 'postmortems/' + path }).model };
}

describe('insights report in a browser', { skip: !existsSync(CHROMIUM) && `${CHROMIUM} is missing` }, () => {
  let browser: Browser;
  let dir: string;
  before(async () => {
    if (!existsSync(join(ROOT, 'media', 'insights.js'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT });
    dir = mkdtempSync(join(tmpdir(), 'pm-insights-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(language: 'en' | 'ko', options: { editor?: boolean; theme?: 'light' | 'dark' | 'hc' } = {}) {
    const sources = [
      source('a.md', 'Redis cache outage', '2026-01-10', 'SEV1', 60),
      source('b.md', HOSTILE_TITLE, '2026-02-11', 'SEV2', 40),
      source('c.md', '결제 장애: Redis 연결 끊김', '2026-03-12', 'P3', 20),
      source('d.md', 'Cert expiry on the Redis proxy', '2026-04-13', 'SEV2', 15),
    ];
    let html = insightsHtml(computeInsights(sources, '2026-05-01', { isName: nameLike }), language, { script: readFileSync(join(ROOT, 'media', 'insights.js'), 'utf8'), css: readFileSync(join(ROOT, 'media', 'insights.css'), 'utf8') });
    if (options.theme) {
      // As VS Code serves a webview: the theme's variables on the page and its kind as the body's class.
      const vars = readFileSync(join(ROOT, 'test', 'browser', `theme-${options.theme}.css`), 'utf8');
      html = html.replace('</head>', `<style>${vars}</style></head>`).replace('<body>', `<body class="${{ light: 'vscode-light', dark: 'vscode-dark', hc: 'vscode-high-contrast' }[options.theme]}">`);
    }
    const file = join(dir, `report-${language}-${options.theme ?? 'plain'}.html`);
    writeFileSync(file, html);
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const requests: string[] = [];
    context.on('request', (r) => void (r.url().startsWith('file:') || requests.push(r.url())));
    const page = await context.newPage();
    // As in the editor's webview: an API the page posts to.
    // As a string: a compiled function would carry helpers the page does not have.
    if (options.editor) await page.addInitScript({ content: 'window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m) });' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('file://' + file);
    await page.waitForSelector('body[data-rendered="4"]', { timeout: 10_000 });
    // The Redis cache is named in three of the four titles: the systems list shows it, as text.
    return { page, errors, requests, html };
  }

  it('draws the charts and lists the numbers from the embedded data alone', async () => {
    const { page, errors, requests } = await open('en');
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, [], 'nothing loaded from anywhere');
    assert.equal(await page.locator('canvas').count(), 3);
    // A drawn canvas has non-blank pixels.
    const drawn = await page.evaluate(() => Array.from(document.querySelectorAll('canvas')).map((c) => c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.some((v) => v !== 0)));
    assert.deepEqual(drawn, [true, true, true]);
    const text = await page.locator('main').innerText();
    assert.match(text, /4 postmortems, as of 2026-05-01/);
    assert.match(text, /Time to recover\s+30 min/);
    assert.match(text, /improving: 50 min → 18 min/);
    await page.locator('details.numbers summary').first().click();
    const months = await page.locator('details.numbers').first().locator('tbody tr').allInnerTexts();
    assert.equal(months.length, 4);
    assert.match(months[0]!, /^2026-01\t1\t0\t0/);
    assert.deepEqual(await page.locator('section.systems li').allInnerTexts(), ['redis 3 incidents']);
  });

  it('keeps a hostile title as text: no script runs, no element is made from it', async () => {
    const { page, html } = await open('en');
    assert.ok(!html.includes('</script><script>window.pwned'), 'the data cannot close its <script> element');
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.locator('script').count(), 2, 'only the data and the page script');
    assert.match((await page.locator('main').textContent()) ?? '', /Queue <\/script><script>window\.pwned=1/);
  });

  it('in the editor, a postmortem opens from its row, by keyboard', async () => {
    const { page, errors } = await open('en', { editor: true });
    assert.deepEqual(errors, []);
    await page.locator('details.numbers').nth(1).locator('summary').click();
    const button = page.locator('details.numbers').nth(1).locator('button.open', { hasText: 'Redis cache outage' });
    await button.focus();
    await page.keyboard.press('Enter');
    const posted = () => page.evaluate(() => (window as unknown as { __posted: Array<{ type: string; path?: string; line?: number }> }).__posted.filter((m) => m.type === 'open'));
    assert.deepEqual(await posted(), [{ type: 'open', path: 'a.md' }]);
    // The report without an editor has no buttons: names are text.
    const report = await open('en');
    assert.equal(await report.page.locator('button.open').count(), 0);
  });

  it('in the editor, a point of the time chart opens its postmortem', async () => {
    const { page, errors } = await open('en', { editor: true });
    const canvas = page.locator('canvas').nth(1);
    await canvas.scrollIntoViewIfNeeded();
    // Chart.js draws on a canvas: find the leftmost detection point (#E69F00) by its pixels and click its centre as a user would.
    // A resize redraws the chart a frame later, so read the pixels until two frames agree.
    const locate = () =>
      canvas.evaluate(async (c: HTMLCanvasElement) => {
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const { data, width, height } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        const hits: Array<[number, number]> = [];
        // The legend's box has the colour too, at the top.
        for (let y = Math.floor(height * 0.2); y < height; y++) {
          for (let x = 0; x < width; x++) {
            const k = (y * width + x) * 4;
            if (data[k] === 230 && data[k + 1] === 159 && data[k + 2] === 0) hits.push([x, y]);
          }
        }
        if (!hits.length) return null;
        const left = Math.min(...hits.map(([x]) => x));
        // The point's blob: the pixels of that colour within a point's width of the leftmost one.
        const blob = hits.filter(([x]) => x - left < 12);
        const cx = blob.reduce((s, [x]) => s + x, 0) / blob.length;
        const cy = blob.reduce((s, [, y]) => s + y, 0) / blob.length;
        const r = c.getBoundingClientRect();
        return { x: r.left + (cx * r.width) / width, y: r.top + (cy * r.height) / height };
      });
    let spot = await locate();
    for (let tries = 0; tries < 20; tries++) {
      const again = await locate();
      if (spot && again && Math.abs(spot.x - again.x) < 0.5 && Math.abs(spot.y - again.y) < 0.5) break;
      spot = again;
    }
    assert.ok(spot, 'a detection point is drawn');
    const opened = () => page.evaluate(() => (window as unknown as { __posted: Array<{ type: string; path?: string }> }).__posted.filter((m) => m.type === 'open'));
    // Chart.js hands a click to onClick on the next animation frame: wait for it (or for two frames, to see that nothing came).
    const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.mouse.click(spot.x, spot.y);
    await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === 'open'), undefined, { timeout: 5000 }).catch(() => undefined);
    assert.deepEqual(await opened(), [{ type: 'open', path: 'a.md' }]);
    // Clicking beside the points opens nothing.
    await page.mouse.click(spot.x, spot.y - 60);
    await frames();
    await frames();
    assert.equal((await opened()).length, 1);
    assert.deepEqual(errors, []);
  });

  for (const [theme, file, background] of [
    ['light', 'insights.png', 'rgb(255, 255, 255)'],
    ['dark', 'insights-dark.png', 'rgb(31, 31, 31)'],
    ['hc', 'insights-hc.png', 'rgb(0, 0, 0)'],
  ] as const) {
    it(`in the editor's ${theme} theme (${file})`, async () => {
      const { page, errors } = await open('en', { editor: true, theme });
      assert.deepEqual(errors, []);
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), background);
      const foreground = await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--vscode-foreground').trim());
      assert.ok(foreground, 'the theme sets the text colour');
      mkdirSync(join(ROOT, 'test-results'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'test-results', file), fullPage: true });
    });
  }

  it('speaks Korean', async () => {
    const { page } = await open('ko');
    const text = await page.locator('main').innerText();
    assert.match(text, /포스트모템 4건, 2026-05-01 기준/);
    assert.match(text, /복구까지 걸린 시간/);
    assert.match(text, /가장 자주 언급된 시스템\s+[^\n]*\n?\s*redis 장애 3건/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
  });
});
