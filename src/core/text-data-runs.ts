import type { Chunk, Construct, Event, ParseContext, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';

/**
 * micromark 4.0.3 tokenizes inline text as a series of `data` tokens, broken
 * wherever some construct could start (with GFM's autolink literals: at the
 * start of every word; always: at "&", "!", "*" and the like that turn out to
 * be plain text). Its final resolver merges each run of adjacent `data`
 * tokens with one `splice` of the paragraph's whole event list, which shifts
 * every later event: a paragraph of many short lines, each one such run, takes
 * time quadratic in its length (minutes for 75,000 lines).
 *
 * Each text tokenizer is given a `write` that, once the end of the text has
 * been tokenized and just before that resolver runs, merges those runs in one
 * pass over the list, in place, exactly as the resolver would; it then finds
 * nothing left to merge.
 *
 * The tokenizers are created by the parser object micromark builds for each
 * parse. A document construct tried for any character reaches that object on
 * the first line, swaps its text tokenizer factory, and takes itself out of
 * that parse's constructs so later lines do not try it again.
 */

const done = new WeakSet<ParseContext>();

/** Merges every run of adjacent, closed `data` tokens into its first token, in place. */
export function mergeDataRuns(events: Event[]): void {
  let end = events.length;
  const last = events[end - 1];
  // A token still open has no end yet: leave it (and its run) to micromark's resolver.
  if (last && last[0] === 'enter' && last[1].type === 'data') end--;
  let out = 0;
  let index = 0;
  while (index < end) {
    if (events[index]![1].type !== 'data') {
      events[out++] = events[index++]!;
      continue;
    }
    let stop = index + 1;
    while (stop < end && events[stop]![1].type === 'data') stop++;
    if (stop - index > 2) events[index]![1].end = events[stop - 1]![1].end;
    events[out++] = events[index]!;
    if (stop - index > 1) events[out++] = events[index + 1]!;
    index = stop;
  }
  if (out === end) return;
  for (let rest = end; rest < events.length; rest++) events[out++] = events[rest]!;
  events.length = out;
}

/**
 * On the write that ends the text, `events` becomes an accessor until the
 * write returns. The first read once the end of the text has been consumed
 * (no attempt can be pending then) is micromark's own, to resolve the list:
 * the runs are merged just before it.
 */
function mergeBeforeResolving(context: TokenizeContext): void {
  const write = context.write;
  context.write = function (slice: Chunk[]) {
    if (slice[slice.length - 1] !== null) return write.call(this, slice);
    let events = context.events;
    let merged = false;
    Object.defineProperty(context, 'events', {
      configurable: true,
      enumerable: true,
      get() {
        // The end (null) was consumed: the previous character is null after the first chunk.
        if (!merged && context.previous === null && context.now()._index > 0) {
          merged = true;
          mergeDataRuns(events);
        }
        return events;
      },
      set(value: Event[]) {
        events = value;
      },
    });
    try {
      return write.call(this, slice);
    } finally {
      Object.defineProperty(context, 'events', { configurable: true, enumerable: true, writable: true, value: events });
    }
  };
}

function patch(parser: ParseContext): void {
  const create = parser.text;
  parser.text = (from) => {
    const context = create(from);
    mergeBeforeResolving(context);
    return context;
  };
}

const hook: Construct = {
  name: 'postmortemLinearTextData',
  tokenize(_effects, _ok, nok): State {
    const parser = this.parser;
    if (!done.has(parser)) {
      done.add(parser);
      patch(parser);
      const any = (parser.constructs.document as Record<string, Construct[] | undefined>).null;
      const at = any?.indexOf(hook) ?? -1;
      if (at >= 0) any!.splice(at, 1);
    }
    return nok;
  },
};

/** A plugin that makes the merge of inline `data` tokens linear (see above). */
export function remarkLinearTextData(this: Processor): undefined {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { document: { null: [hook] } }];
}
