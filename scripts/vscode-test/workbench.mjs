// Driving VS Code's workbench in a page the way a user would: Quick Open, the
// command palette, trees and webviews. Each helper waits on what is on screen.

// How long one UI state may take to appear. The first step of a run also
// covers the extension host starting and the extension activating.
export const UI_TIMEOUT_MS = Number(process.env.POSTMORTEM_E2E_TIMEOUT_MS ?? 30_000);

/** Closes whatever quick input or menu is open, so the next shortcut reaches the workbench. */
export async function closeQuickInput(page) {
  const widget = page.locator('.quick-input-widget');
  if (await widget.isVisible()) {
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' });
  }
}

/** Clears notification toasts (extension tips, warnings…) that would cover the panels. */
export async function clearNotifications(page, write = () => {}) {
  const toasts = page.locator('.notifications-toasts .notification-toast');
  for (let i = await toasts.count(); i > 0; i--) {
    const clear = toasts.first().locator('.action-label.codicon-notifications-clear, .action-label[aria-label^="Clear Notification"]').first();
    write(`[ui] dismissing notification: ${(await toasts.first().innerText().catch(() => '')).replace(/\s+/g, ' ')}\n`);
    if (await clear.count()) await clear.click().catch(() => {});
    else await page.keyboard.press('Escape');
  }
}

/** Opens the quick input with a shortcut (after closing any open one) and returns its text box. */
export async function openQuickInput(page, shortcut) {
  await closeQuickInput(page);
  await page.keyboard.press(shortcut);
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  return input;
}

export const rowTexts = async (rows) => (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

/** Opens a file through Quick Open (Ctrl+P), as a user would, and waits for its editor. */
export async function quickOpen(page, fileName) {
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

/** Picks `label` in the open quick input: types it, waits until it is the focused entry, presses Enter. */
export async function pick(page, input, label, what) {
  await input.pressSequentially(label);
  const focused = page.locator('.quick-input-list .monaco-list-row.focused .label-name');
  try {
    try {
      await focused.filter({ hasText: label }).waitFor({ timeout: 5000 });
    } catch {
      // A quick pick that replaces the previous one can reset its value while keys arrive; type once more.
      await input.fill(label);
      await focused.filter({ hasText: label }).waitFor();
    }
  } catch (err) {
    const shown = await rowTexts(page.locator('.quick-input-list .monaco-list-row .label-name'));
    throw new Error(`${what} does not offer "${label}"; it shows: ${shown.join(' | ') || '(nothing)'}`, { cause: err });
  }
  const text = (await focused.innerText()).trim();
  if (text !== label) throw new Error(`${what}'s first entry is "${text}", not "${label}"`);
  await page.keyboard.press('Enter');
}

/** Runs a command from the command palette (F1), pressing Enter on the exact entry. */
export async function runCommand(page, label) {
  const input = await openQuickInput(page, 'F1');
  await pick(page, input, label, 'the command palette');
  await input.waitFor({ state: 'hidden' });
}

/**
 * Waits until some frame of the page (webviews nest two iframes deep) makes `probe`
 * return a value; `describe` says what was seen instead when it times out.
 */
export async function waitForFrame(page, probe, describe) {
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

/** The expectations no row meets; an array of strings must all be in one row. */
function missing(rows, expected) {
  return expected.filter((e) => !rows.some((r) => [e].flat().every((part) => r.includes(part))));
}

/** Waits until, for each expectation, some row of `rows` contains it (see `missing`). */
export async function waitForRows(rows, expected, what, timeoutMs = UI_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
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

/** Waits until `read()` returns a text for which `test` holds; returns it. */
export async function waitForText(page, read, test, what) {
  const deadline = Date.now() + UI_TIMEOUT_MS;
  for (;;) {
    const text = (await read().catch(() => '')).replace(/\s+/g, ' ').trim();
    if (test(text)) return text;
    if (Date.now() > deadline) throw new Error(`${what}; it shows:\n${text.slice(-1500) || '(nothing)'}`);
    await page.waitForTimeout(200);
  }
}

/** Shows an output channel in the panel (Output: Show Output Channels…) and returns its visible text's reader. */
export async function showOutputChannel(page, channel) {
  const input = await openQuickInput(page, 'F1');
  await input.pressSequentially('Output: Show Output Channels');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Show Output Channels' }).waitFor();
  await page.keyboard.press('Enter');
  // The same quick input now lists the channels.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: channel }).first().waitFor();
  await pick(page, input, channel, 'the list of output channels');
  await input.waitFor({ state: 'hidden' });
  const view = page.locator('.part.panel .monaco-editor .view-lines').first();
  await view.waitFor();
  return () => view.innerText();
}
