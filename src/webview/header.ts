/// <reference lib="dom" />
// Board header: title, open/done/overdue counts, and the filters.
import type { BoardState, BoardViewState } from '../board/protocol.js';
import { el, icon } from './dom.js';
import { ownersOf, type Filter } from './model.js';

function count(n: number, label: string, kind: string): HTMLElement {
  return el('span', { class: `count count-${kind}${n ? '' : ' is-zero'}` }, el('span', { class: 'badge' }, String(n)), ' ', label);
}

function checkbox(key: string, label: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const box = el('input', { type: 'checkbox', id: `filter-${key}`, 'data-key': `filter:${key}` });
  box.checked = checked;
  box.addEventListener('change', () => onChange(box.checked));
  return el('label', { class: 'filter filter-check', for: `filter-${key}` }, box, ' ', label);
}

export function renderHeader(state: BoardState, view: BoardViewState, onFilter: (f: Partial<Filter>) => void): HTMLElement {
  const s = state.strings;
  const select = el('select', { id: 'filter-owner', 'data-key': 'filter:owner' }, el('option', { value: '' }, s.allOwners));
  for (const owner of ownersOf(state.groups)) {
    const option = el('option', {}, owner);
    option.value = owner;
    select.append(option);
  }
  select.value = view.owner ?? '';
  select.addEventListener('change', () => onFilter({ owner: select.value || null }));

  const single = state.mode === 'document' ? state.groups[0] : undefined;
  return el(
    'header',
    { class: 'board-header' },
    el(
      'div',
      { class: 'title-row' },
      el('h1', { class: 'board-title' }, state.title),
      single?.severity && el('span', { class: 'tag severity' }, single.severity),
      single?.date && el('span', { class: 'tag date' }, icon('calendar'), ' ', single.date),
      el('div', { class: 'counts' }, count(state.counts.open, s.open, 'open'), count(state.counts.done, s.done, 'done'), count(state.counts.overdue, s.overdue, 'overdue')),
    ),
    el(
      'div',
      { class: 'filters' },
      el('label', { class: 'filter filter-owner', for: 'filter-owner' }, icon('person'), ' ', s.owner, ' ', select),
      checkbox('open', s.openOnly, view.openOnly, (v) => onFilter({ openOnly: v })),
      checkbox('overdue', s.overdueOnly, view.overdueOnly, (v) => onFilter({ overdueOnly: v })),
    ),
  );
}
