// The board in real Chromium, fed strings that try to become markup or script.
// Run with the CSP (as in VS Code) and without it: the DOM building alone must
// already keep every string inert.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { HOSTILE, HOSTILE_URI, hostileState } from './fixtures.js';
import { clearPosted, pageErrors, posted, pwned, sendState, startHarness, type Harness } from './harness.js';

const OWN_SVG_TAGS = new Set(['svg', 'g', 'title', 'line', 'circle', 'rect', 'path', 'text']);

/** Everything about the page that markup injection would change. */
function census(page: Page) {
  return page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    return {
      img: document.querySelectorAll('img, image').length,
      script: document.querySelectorAll('script').length,
      frames: document.querySelectorAll('iframe, object, embed, frame').length,
      handlers: all.flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
      svgTags: Array.from(document.querySelectorAll('svg, svg *')).map((e) => e.tagName),
      svgOutsideStrips: Array.from(document.querySelectorAll('svg')).filter((s) => !s.classList.contains('timeline-strip')).length,
      hrefs: Array.from(document.querySelectorAll('[href], [src], [srcdoc], [xlink\\:href]'))
        .filter((e) => !['LINK', 'SCRIPT'].includes(e.tagName))
        .map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('srcdoc') ?? ''),
      styleAttrs: document.querySelectorAll('[style]').length,
      text: document.body.textContent ?? '',
    };
  });
}

for (const csp of [true, false]) {
  describe(`board with hostile strings (${csp ? 'with the CSP' : 'without the CSP'})`, () => {
    let harness: Harness;
    let page: Page;
    before(async () => {
      harness = await startHarness();
      page = await harness.open({ csp });
      await sendState(page, hostileState());
    });
    after(() => harness?.close());

    it('renders every string as text, creating no element from data', async () => {
      assert.equal(await pwned(page), undefined);
      const c = await census(page);
      assert.equal(c.img, 0, 'no <img>');
      assert.equal(c.script, 2, 'only the page’s own two scripts');
      assert.equal(c.frames, 0, 'no frames');
      assert.deepEqual(c.handlers, [], 'no inline handlers');
      assert.equal(c.svgOutsideStrips, 0, 'no <svg> besides the timeline strip');
      assert.deepEqual([...new Set(c.svgTags.filter((t) => !OWN_SVG_TAGS.has(t)))], [], 'only the strip’s own SVG elements');
      assert.equal(c.styleAttrs, 0, 'no inline style attributes');
      for (const h of c.hrefs) assert.match(h, /^https?:\/\//, `only http(s) links: ${h}`);
      for (const s of [HOSTILE.img, HOSTILE.script, HOSTILE.svg, HOSTILE.owner, HOSTILE.title, HOSTILE.label, HOSTILE.entity, HOSTILE.jsTicket, HOSTILE.vscodeTicket]) {
        assert.ok(c.text.includes(s), `shown literally: ${s}`);
      }
    });

    it('keeps unsafe ticket URLs as plain text, never as links', async () => {
      const anchors = await page.$$eval('a', (as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
      assert.deepEqual(anchors.map((a) => new URL(a.href!).protocol), ['https:'], 'only the https ticket is a link');
      assert.ok(anchors[0].text?.includes(HOSTILE.label));
      const plain = await page.$$eval('span.ticket', (ss) => ss.map((s) => s.textContent));
      assert.ok(plain.some((t) => t?.includes(HOSTILE.jsTicket)));
      assert.ok(plain.some((t) => t?.includes(HOSTILE.vscodeTicket)));
      assert.ok(plain.some((t) => t?.includes(HOSTILE.svg)), 'the data: ticket shows its label');
    });

    it('stays inert when every card, entry, link and title is hovered and clicked', async () => {
      page.context().on('page', (p) => void p.close());
      await clearPosted(page);
      const targets = ['.card .card-text', '.card .owner', '.card .ticket', '.entry', '.group-title', '.board-title', '.tag'];
      let clicked = 0;
      for (const selector of targets) {
        for (const handle of await page.$$(selector)) {
          await handle.hover();
          await handle.click();
          clicked++;
        }
      }
      for (const entry of await page.$$('.entry')) {
        await entry.focus();
        await page.keyboard.press('Enter');
      }
      assert.ok(clicked >= 15, `clicked ${clicked}`);
      assert.equal(await pwned(page), undefined);
      // Cards and entries reveal their line; a related incident's title asks to open it: nothing else, and the URI as it came.
      for (const m of await posted(page)) {
        assert.ok(m.type === 'reveal' || m.type === 'open', m.type);
        assert.equal((m as { uri: string }).uri, HOSTILE_URI, 'the URI goes back as it came');
      }
      assert.equal(await page.evaluate(() => document.querySelectorAll('img, iframe').length), 0);
    });

    it('clicking a card posts exactly a reveal of its line, with the URI as received', async () => {
      await clearPosted(page);
      await page.click('[data-key="g0:card:11"] .card-text');
      assert.deepEqual(await posted(page), [{ type: 'reveal', uri: HOSTILE_URI, line: 11 }]);
    });

    it('toggling posts the group’s version and shows the card pending', async () => {
      await clearPosted(page);
      await page.check('[data-key="g0:done:10"]');
      assert.deepEqual(await posted(page), [{ type: 'toggle', uri: HOSTILE_URI, line: 10, version: 42, done: true }]);
      assert.equal(await page.getAttribute('[data-key="g0:card:10"]', 'aria-busy'), 'true');
      assert.equal(await page.isDisabled('[data-key="g0:done:10"]'), true);
      assert.equal(await pwned(page), undefined);
    });

    it('reports no CSP violation and no error of its own', async () => {
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
      assert.deepEqual(pageErrors(page), []);
    });
  });
}
