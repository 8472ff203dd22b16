/// <reference lib="dom" />
// Action-item cards in term columns. A card jumps to its line; its checkbox
// asks the extension to toggle the item and shows it pending until the next state.
import { safeLink, type BoardGroup, type BoardItem, type BoardString } from '../board/protocol.js';
import { el, icon, link, onActivate } from './dom.js';
import { COLUMNS, columnsOf, shortUrl } from './model.js';

export interface CardActions {
  reveal(uri: string, line: number): void;
  toggle(group: BoardGroup, item: BoardItem, done: boolean): void;
  /** The done state asked for and not yet confirmed by a new state, if any. */
  requested(group: BoardGroup, item: BoardItem): boolean | undefined;
  /** Opens the new-issue page for the item. */
  issue(group: BoardGroup, item: BoardItem): void;
}

type Strings = Record<BoardString, string>;

function ticket(item: BoardItem, strings: Strings): HTMLElement | null {
  if (item.ticket) {
    // Unsafe URLs never reach here from the extension; if one did, `link` shows it as text.
    const label = item.ticketLabel ?? (safeLink(item.ticket) ? shortUrl(item.ticket) : item.ticket);
    return link(item.ticket, label, { class: 'meta ticket', 'aria-label': `${strings.ticket}: ${label}` }, icon('link-external'), ' ');
  }
  return item.ticketLabel ? el('span', { class: 'meta ticket', title: strings.ticket }, icon('issues'), ' ', item.ticketLabel) : null;
}

function issueButton(group: BoardGroup, item: BoardItem, strings: Strings, actions: CardActions): HTMLElement {
  const button = el('button', { type: 'button', class: 'meta new-issue', 'aria-label': `${strings.newIssue}: ${item.text}` }, icon('issues'), ' ', strings.newIssue);
  // The card's own click (open the line) leaves inner buttons alone: see onActivate.
  button.addEventListener('click', () => actions.issue(group, item));
  return button;
}

function card(group: BoardGroup, item: BoardItem, key: string, strings: Strings, actions: CardActions): HTMLLIElement {
  const id = `${key}-${item.line}`;
  const requested = actions.requested(group, item);
  const pending = requested !== undefined;
  const box = el('input', {
    type: 'checkbox',
    id: `${id}-done`,
    class: 'done-box',
    'aria-describedby': `${id}-text`,
    'data-key': `${key}:done:${item.line}`,
    disabled: !item.canToggle,
    // Not `disabled` while pending: that would drop keyboard focus from the box.
    'aria-disabled': pending ? 'true' : null,
  });
  box.checked = requested ?? item.done;
  box.addEventListener('click', (e) => {
    if (pending) e.preventDefault();
  });
  box.addEventListener('change', () => actions.toggle(group, item, box.checked));

  const li = el(
    'li',
    {
      class: ['card', item.done && 'is-done', item.overdue && !item.done && 'is-overdue', pending && 'is-pending'].filter(Boolean).join(' '),
      tabindex: 0,
      'aria-labelledby': `${id}-text`,
      'aria-busy': pending ? 'true' : null,
      'data-key': `${key}:card:${item.line}`,
    },
    el(
      'div',
      { class: 'card-head' },
      el('label', { class: 'done-toggle', for: `${id}-done`, title: strings.markDone }, box, el('span', { class: 'visually-hidden' }, strings.markDone)),
      el('p', { class: 'card-text', id: `${id}-text` }, item.text),
      pending && icon('loading', 'codicon-modifier-spin pending-icon'),
    ),
    el(
      'div',
      { class: 'card-meta' },
      el('span', { class: item.owner ? 'meta owner' : 'meta owner is-missing', title: strings.owner }, icon('person'), ' ', item.owner ?? strings.noOwner),
      item.due && el('span', { class: 'meta due', title: strings.due }, icon('calendar'), ' ', item.due),
      item.overdue && !item.done && el('span', { class: 'badge badge-overdue' }, icon('warning'), ' ', strings.overdue),
      ticket(item, strings),
      el('span', { class: 'meta item-id', title: strings.itemId }, item.id),
      issueButton(group, item, strings, actions),
    ),
  );
  onActivate(li, () => actions.reveal(group.uri, item.line));
  return li;
}

/** The four term columns for one group's (already filtered) items. */
export function renderColumns(group: BoardGroup, items: readonly BoardItem[], key: string, strings: Strings, actions: CardActions): HTMLElement {
  const byColumn = columnsOf(items);
  return el(
    'div',
    { class: 'columns' },
    ...COLUMNS.map((c) => {
      const cards = byColumn[c];
      const head = `${key}-${c}-head`;
      return el(
        'section',
        { class: `column column-${c}${cards.length ? '' : ' is-empty'}`, 'aria-labelledby': head },
        el('h3', { class: 'column-head', id: head }, el('span', {}, strings[c]), el('span', { class: 'badge column-count' }, String(cards.length))),
        cards.length
          ? el('ul', { class: 'cards', role: 'list' }, ...cards.map((i) => card(group, i, key, strings, actions)))
          : el('p', { class: 'column-empty' }, '—'),
      );
    }),
  );
}
