import type { OffsetEdit } from './toggle.js';

/** One tick the board made: the line it changed, as it was and as the tick left it. */
export interface Tick {
  uri: string;
  /** 1-based line number when the tick was made. */
  line: number;
  before: string;
  after: string;
}

/** How many ticks undo can go back: the board is not an editor, a short memory is enough. */
const LIMIT = 100;

/**
 * Undo and redo for the board's own ticks. Undo puts the line back as it was
 * before the tick, wherever the editor's focus is, and touches nothing the
 * user typed since; the document's own undo stack still holds the tick too.
 */
export class TickHistory {
  private readonly done: Tick[] = [];
  private readonly undone: Tick[] = [];

  record(tick: Tick): void {
    this.done.push(tick);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone.length = 0;
  }

  /** The tick that undo (or redo) would revert next, without taking it. */
  peek(redo: boolean): Tick | undefined {
    const stack = redo ? this.undone : this.done;
    return stack[stack.length - 1];
  }

  /** Moves the next tick to the other stack once its edit was applied. */
  moved(redo: boolean, line: number): void {
    const [from, to] = redo ? [this.undone, this.done] : [this.done, this.undone];
    const tick = from.pop();
    if (tick) to.push({ ...tick, line });
  }

  /** Forgets a tick that can no longer be reverted (its line was edited away). */
  drop(redo: boolean): void {
    (redo ? this.undone : this.done).pop();
  }
}

/**
 * The smallest edit that turns the line reading `from` back into `to`: the
 * line where the tick was made if it still reads so, else the only line in
 * the text that does. Returns the line found with the edit, or undefined when
 * the line was changed or is no longer unique (nothing is then reverted).
 */
export function revertLine(text: string, line: number, from: string, to: string): { line: number; edit: OffsetEdit } | undefined {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineText = (n: number) => {
    const end = n < starts.length ? starts[n] - 1 : text.length;
    const raw = text.slice(starts[n - 1], end);
    return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  };
  let found = line >= 1 && line <= starts.length && lineText(line) === from ? line : undefined;
  if (found === undefined) {
    const matches: number[] = [];
    for (let n = 1; n <= starts.length && matches.length < 2; n++) if (lineText(n) === from) matches.push(n);
    if (matches.length !== 1) return undefined;
    found = matches[0];
  }
  let prefix = 0;
  while (prefix < from.length && prefix < to.length && from[prefix] === to[prefix]) prefix++;
  let suffix = 0;
  while (suffix < from.length - prefix && suffix < to.length - prefix && from[from.length - 1 - suffix] === to[to.length - 1 - suffix]) suffix++;
  const base = starts[found - 1];
  return { line: found, edit: { start: base + prefix, end: base + from.length - suffix, newText: to.slice(prefix, to.length - suffix) } };
}
