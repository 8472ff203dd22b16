/// <reference lib="dom" />
// The board's "Related incidents" section: earlier postmortems like this one,
// each with the words both lean on. A title opens the postmortem through the
// extension (which only opens one it listed); nothing here is a link.
import type { BoardRelated, BoardString } from '../board/protocol.js';
import { el, icon } from './dom.js';

export function renderRelated(related: readonly BoardRelated[], strings: Record<BoardString, string>, open: (uri: string) => void): HTMLElement {
  const list = related.map((r, i) => {
    const title = el('button', { type: 'button', class: 'group-title related-title', 'data-key': `related:${i}`, title: r.uri }, r.title);
    title.addEventListener('click', () => open(r.uri));
    return el(
      'li',
      { class: 'related-item' },
      title,
      r.date && el('span', { class: 'tag date' }, r.date),
      r.sharedTerms.length ? el('span', { class: 'related-terms' }, strings.sharedTerms, ': ', r.sharedTerms.join(', ')) : null,
    );
  });
  return el(
    'section',
    { class: 'related', 'aria-label': strings.related },
    el('h2', { class: 'related-heading' }, icon('references'), ' ', strings.related),
    list.length ? el('ul', { class: 'related-list' }, ...list) : el('p', { class: 'empty' }, strings.noRelated),
  );
}
