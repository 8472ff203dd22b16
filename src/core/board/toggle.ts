import type { ActionItem, Language } from '../model/types.js';

/** A replacement in the document: UTF-16 offsets, end exclusive. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** The word written when an item is ticked or unticked. */
export const STATUS_WORDS: Record<Language, { done: string; open: string }> = { en: { done: 'Done', open: 'Open' }, ko: { done: '완료', open: '진행 중' } };

/**
 * Status words a cell may start with, longest first so "In progress" wins over "In".
 * Only this word is replaced; what follows it ("…, blocked on vendor, see OPS-42") is kept.
 */
const KNOWN_STATUS = [
  'not started', 'in progress', 'in-progress', 'in review', 'to do', 'to-do', 'todo', 'wip', 'open', 'pending', 'planned', 'blocked', 'ongoing', 'started',
  'completed', 'complete', 'done', 'closed', 'fixed', 'resolved', 'finished', 'merged', 'shipped',
  '진행 중', '진행중', '미완료', '미해결', '대기', '예정', '보류', '완료', '종료', '해결',
].sort((a, b) => b.length - a.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A status word at the start of the cell's text, ending where a letter or digit does not follow (Hangul included). */
const LEADING_STATUS = new RegExp(`^(?:${KNOWN_STATUS.map(escape).join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
const CHECKBOX = /^\[[ xX]\]/;

/** The cell's text without the pipes and padding around it; an escaped pipe (`\|`) at the end is text. */
function cellContent(cell: string): { from: number; to: number } {
  let from = 0;
  let to = cell.length;
  if (cell[from] === '|') from++;
  while (from < to && /\s/.test(cell[from])) from++;
  if (to > from && cell[to - 1] === '|') {
    let backslashes = 0;
    for (let i = to - 2; i >= from && cell[i] === '\\'; i--) backslashes++;
    if (backslashes % 2 === 0) to--;
  }
  while (to > from && /\s/.test(cell[to - 1])) to--;
  return { from, to };
}

/**
 * The edit that ticks or unticks one action item: its task-list box, or the
 * status word of its table row's Status cell, replacing only that word (or
 * adding one when the cell has none) and keeping everything else the user
 * wrote in the cell. A reason instead when there is nothing to toggle.
 */
export function toggleStatusEdit(text: string, item: ActionItem, language: Language, done: boolean): OffsetEdit | string {
  if (!item.doneMarker) return 'This action item has no checkbox or status to change.';
  const start = item.doneMarker.start.offset;
  const end = item.doneMarker.end.offset;
  if (item.kind === 'list') return { start, end, newText: done ? '[x]' : '[ ]' };
  const cell = text.slice(start, end);
  const { from, to } = cellContent(cell);
  const content = cell.slice(from, to);
  const word = done ? STATUS_WORDS[language].done : STATUS_WORDS[language].open;
  const box = CHECKBOX.exec(content);
  if (box) return { start: start + from, end: start + from + box[0].length, newText: done ? '[x]' : '[ ]' };
  const leading = LEADING_STATUS.exec(content);
  if (leading) {
    // A cell that held only the word keeps its width, so aligned tables stay aligned.
    const padded = leading[0].length === content.length && word.length < content.length ? word.padEnd(content.length) : word;
    return { start: start + from, end: start + from + leading[0].length, newText: padded };
  }
  if (content === '') {
    // Only padding between the pipes: it becomes one space either side of the word.
    const open = cell[0] === '|' ? 1 : 0;
    const close = cell.length > open && cell[cell.length - 1] === '|' ? cell.length - 1 : cell.length;
    return { start: start + open, end: start + close, newText: ` ${word} ` };
  }
  return { start: start + from, end: start + from, newText: `${word}, ` };
}
