import type { Construct, State, TokenizeContext, Tokenizer } from 'micromark-util-types';
import type { Processor } from 'unified';
import { mapConstructs } from './micromark-constructs.js';
import { parsedSource, sourceIndex } from './parsed-source.js';

/**
 * micromark-extension-gfm-table tries a table at the start of every block and
 * of every line that might interrupt a paragraph, and reads the whole line as
 * a head row (tokens for each cell) before its next line, the delimiter row,
 * turns it down. A delimiter row holds a "|" or a ":" (it fails without
 * either: a thematic break or a setext underline), so where the next source
 * line holds neither, the head row is turned down at once, as it would be at
 * the end. Body rows (after a head or a row) are left to the construct.
 */
const NEXT_LINE_MAY_DELIMIT = /[^\r\n]*(?:\r\n?|\n)[^\r\n|:]*[|:]/y;

/** The construct's own test for a body row: the last event, past line endings and prefixes, ends a head or a row. */
function afterTableRow(context: TokenizeContext): boolean {
  const events = context.events;
  let index = events.length - 1;
  while (index > -1 && (events[index]![1].type === 'lineEnding' || events[index]![1].type === 'linePrefix')) index--;
  const type: string | null = index > -1 ? events[index]![1].type : null;
  return type === 'tableHead' || type === 'tableRow';
}

function gate(construct: Construct): Construct {
  const tokenize = construct.tokenize;
  const gated: Tokenizer = function (this: TokenizeContext, effects, ok, nok) {
    const start = tokenize.call(this, effects, ok, nok);
    const context = this;
    const first: State = (code) => {
      const source = parsedSource();
      if (source === undefined || afterTableRow(context)) return start(code);
      NEXT_LINE_MAY_DELIMIT.lastIndex = sourceIndex(context);
      return NEXT_LINE_MAY_DELIMIT.test(source) ? start(code) : nok(code);
    };
    return first;
  };
  return { ...construct, tokenize: gated };
}

/** A plugin, used after remark-gfm and remarkParsedSource, that turns down at once a table whose next line cannot delimit it. */
export function remarkTableStarts(this: Processor): undefined {
  mapConstructs(this, (c) => (c.name === 'table' ? gate(c) : c));
}
