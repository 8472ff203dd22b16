// The UI steps that the Node build (e2e.mjs) and the web build (web.mjs) share:
// what a user sees of the extension, whichever extension host runs it.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { repoRoot } from './common.mjs';
import { clearNotifications, openQuickInput, pick, quickOpen, runCommand, waitForFrame, waitForRows, waitForText } from './workbench.mjs';

const examplesDir = join(repoRoot, 'examples/postmortems');
const problemFixture = join(repoRoot, 'test/e2e/fixtures/2026-04-20-search-latency-spike.md');

export const EXAMPLE_FILE = '2026-03-14-checkout-api-outage.md';
const EXAMPLE_TITLE = 'Checkout API outage after a configuration change';
const EXAMPLE_ACTION_ITEM = 'Add an error-rate gate to the checkout canary step';
export const PROBLEM_FILE = basename(problemFixture);
const PROBLEM_TITLE = 'Search latency spike after an index rebuild';
export const KOREAN_FILE = '2026-05-02-주문-서버-메모리-장애.md';
const KOREAN_TITLE = '주문 서버 메모리 부족으로 인한 주문 실패';
/** The Problems rows of PROBLEM_FILE with the default configuration. */
export const PROBLEM_ROWS = [
  PROBLEM_FILE,
  ['Missing section: impact', 'required-sections'],
  ['gives no time zone', 'timeline-timezone'],
  ['has no owner', 'action-item-owner'],
];
// The view container's icon: its label is the container title from package.nls.json.
const ACTIVITY_ICON = '.part.activitybar .action-item a.action-label[aria-label="Postmortem"]';

/** A workspace as a team would have it: the examples plus one postmortem with problems, under postmortems/. */
export function makePostmortemsFolder(folder) {
  const postmortems = join(folder, 'postmortems');
  mkdirSync(postmortems, { recursive: true });
  for (const f of readdirSync(examplesDir).filter((n) => n.endsWith('.md'))) {
    copyFileSync(join(examplesDir, f), join(postmortems, f));
  }
  copyFileSync(problemFixture, join(postmortems, PROBLEM_FILE));
  return postmortems;
}

export const workbenchLoads = {
  name: 'workbench loads with the extension installed',
  screenshot: 'workbench.png',
  required: true, // the other steps cannot run without it
  async run(page, { url, write }) {
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
    await clearNotifications(page, write);
  },
};

/**
 * The Problems panel lists `rows` (see waitForRows) for PROBLEM_FILE once it is open.
 * `timeoutMs` covers the extension activating and its server starting.
 */
export const problemsListed = ({ rows = PROBLEM_ROWS, name = 'Problems panel lists the linter diagnostics of a postmortem with problems', timeoutMs } = {}) => ({
  name,
  screenshot: 'problems.png',
  async run(page, { write }) {
    await quickOpen(page, PROBLEM_FILE);
    await page.keyboard.press('Control+Shift+M');
    const texts = await waitForRows(page.locator('.markers-panel .monaco-list-row'), rows, 'the Problems panel', timeoutMs);
    write(`[ui] Problems rows:\n${texts.join('\n')}\n`);
    await clearNotifications(page, write);
  },
});

export const incidentOutline = {
  name: 'Incident Outline shows the header and timeline of the English example',
  screenshot: 'outline.png',
  async run(page, { write }) {
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
    write(`[ui] Incident Outline rows:\n${texts.join('\n')}\n`);
    await clearNotifications(page, write);
  },
};

export const postmortemsListed = {
  name: 'the Postmortems view lists the workspace\'s postmortems, never-opened ones too',
  screenshot: 'postmortems.png',
  async run(page, { write }) {
    // The Postmortem container is open since the outline step; the view sits under the outline.
    const pane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^Postmortems/ }) });
    await pane.locator('.monaco-list').waitFor();
    // The Korean example is never opened: the language server read and modelled it for the index.
    const texts = await waitForRows(pane.locator('.monaco-list-row'), [KOREAN_TITLE, EXAMPLE_TITLE, PROBLEM_TITLE], 'the Postmortems view');
    write(`[ui] Postmortems rows:\n${texts.join('\n')}\n`);
  },
};

export const boardShown = {
  name: 'Show Action Items opens the board with the example\'s action items',
  screenshot: 'board.png',
  async run(page, { write }) {
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
    write(`[ui] board text:\n${value}\n`);
    await clearNotifications(page, write);
  },
};

export const ruleDocShown = {
  name: 'Show Rule Documentation opens the rule doc shipped in the .vsix in the Markdown preview, offline',
  screenshot: 'rule-doc.png',
  async run(page, { write }) {
    const palette = await openQuickInput(page, 'F1');
    await pick(page, palette, 'Postmortem: Show Rule Documentation', 'the command palette');
    // The same quick input comes back as the rule picker.
    const rules = page.locator('.quick-input-widget input.input');
    // Type only once the picker lists the rules: keys sent earlier reach the palette as it closes.
    await page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: /^five-whys$/ }).waitFor();
    await pick(page, rules, 'blame-language', 'the rule picker');
    const { value } = await waitForFrame(page, async (frame) => {
      const text = await frame.evaluate(() => document.body?.innerText ?? '');
      return text.includes('Flags sentences that make a person the cause of a failure') ? text : undefined;
    }, () => 'no frame shows the blame-language doc in a Markdown preview');
    write(`[ui] rule doc preview:\n${value.slice(0, 400)}\n`);
  },
};

export const newPostmortemSnippets = {
  name: 'New Postmortem selects the summary prompt and offers the snippets from its notification',
  screenshot: 'new-postmortem.png',
  async run(page, { write }) {
    await clearNotifications(page, write);
    const palette = await openQuickInput(page, 'F1');
    await pick(page, palette, 'Postmortem: New Postmortem', 'the command palette');
    // The same quick input comes back for each question; wait for each list before typing.
    const input = page.locator('.quick-input-widget input.input');
    await page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: /^한국어$/ }).waitFor();
    await pick(page, input, 'English', 'the language picker');
    await page.locator('.quick-input-widget .quick-input-message, .quick-input-widget', { hasText: /Incident title/ }).first().waitFor();
    // The list before it may still be closing: set the title and press Enter only once the box holds it.
    await waitForText(page, async () => {
      if ((await input.inputValue()) !== 'Queue backlog') await input.fill('Queue backlog');
      return input.inputValue();
    }, (t) => t === 'Queue backlog', 'the incident title in the input box');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: /^SEV1$/ }).waitFor();
    await pick(page, input, 'SEV3', 'the severity picker');
    await page.locator('.tabs-container .tab.active[aria-label*="queue-backlog.md"]').waitFor();
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Postmortem created' });
    await toast.waitFor();
    await toast.locator('.monaco-button', { hasText: 'Insert Snippet…' }).click();
    await page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: /^Timeline entry$/ }).waitFor();
    // Snippet rows carry a detail line with the same words, so the focused row is found by its prefixes.
    await input.pressSequentially('Timeline entry');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'timeline-entry, tl' }).waitFor();
    await page.keyboard.press('Enter');
    // The snippet replaced the selected summary prompt, its placeholder selected for typing.
    const text = await waitForText(page, () => page.locator('.editor-instance .view-lines').first().innerText(), (t) => /— what happened/.test(t) && !/What happened, who was affected/.test(t), 'the new postmortem with the snippet in its summary');
    write(`[ui] new postmortem:\n${text.slice(0, 600)}\n`);
  },
};
