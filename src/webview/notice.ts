/// <reference lib="dom" />
// A dismissible message bar for what the extension reports (e.g. a refused toggle).
import { el, icon } from './dom.js';

/** Shows `message` in `host`, replacing an earlier one; Escape or the close button dismisses it. */
export function showNotice(host: HTMLElement, message: string, dismissLabel: string): void {
  const close = el('button', { type: 'button', class: 'icon-button', 'aria-label': dismissLabel, title: dismissLabel }, icon('close'));
  const bar = el('div', { class: 'notice', role: 'alert' }, icon('warning', 'notice-icon'), el('span', { class: 'notice-text' }, message), close);
  const dismiss = () => {
    const refocus = bar.contains(document.activeElement);
    bar.remove();
    if (refocus) document.getElementById('board')?.focus();
  };
  close.addEventListener('click', dismiss);
  bar.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') dismiss();
  });
  host.replaceChildren(bar);
}
