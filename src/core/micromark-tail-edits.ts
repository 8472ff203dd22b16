import { EditMap } from 'micromark-util-edit-map';

type Consume = (this: EditMap, events: unknown[]) => undefined;

const INSTALLED = Symbol.for('postmortem.micromarkTailEdits');

/**
 * micromark 4.0.3 closes containers (list items, block quotes) by batching
 * edits to the whole document's event list in an EditMap, and
 * EditMap#consume copies the entire list on every call: parsing a long
 * document full of lists is quadratic (a quarter of the parse time at 10,000
 * lines). No edit touches the events before its own index, so applying the
 * same edits to the tail from the smallest index, and putting that tail back,
 * yields the very same list. This wraps consume() to do that.
 *
 * Installed once per EditMap class, and only after a probe confirms that the
 * wrapped and the original consume() build identical lists, so a future
 * micromark that works differently is left alone.
 */
export function installTailEdits(): void {
  const proto = EditMap.prototype as unknown as { consume: Consume; [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const original = proto.consume;
  const tailOnly: Consume = function (events) {
    const map = this.map;
    let min = Infinity;
    for (const change of map) if (change[0] < min) min = change[0];
    if (!(min > 0 && min <= events.length)) return original.call(this, events);
    const tail = events.splice(min);
    for (const change of map) change[0] -= min;
    original.call(this, tail);
    for (const event of tail) events.push(event);
    return undefined;
  };
  if (probe(original) === probe(tailOnly)) {
    proto.consume = tailOnly;
    proto[INSTALLED] = true;
  }
}

/** The list a few edits of each kind (overlapping, merged, at the end) leave behind. */
function probe(consume: Consume): string {
  const events = Array.from({ length: 12 }, (_, i) => i);
  const edits = new EditMap();
  edits.add(7, 2, ['a', 'b'] as never[]);
  edits.addBefore(7, 0, ['c'] as never[]);
  edits.add(3, 1, [] as never[]);
  edits.add(12, 0, ['end'] as never[]);
  edits.add(5, 0, ['d'] as never[]);
  consume.call(edits, events);
  consume.call(edits, events); // an emptied map changes nothing
  return JSON.stringify(events);
}
