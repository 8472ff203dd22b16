import type { Root } from 'mdast';
import type { Construct } from 'micromark-util-types';
import type { Processor } from 'unified';
import { MAY_HOLD_IMAGE_FOOTNOTE_CALL } from './image-footnote-calls.js';
import { mapConstructs } from './micromark-constructs.js';

/**
 * GFM constructs some documents cannot hold, each with a test every document
 * that holds one passes. micromark tries the constructs at their characters
 * (a table: at the start of every line; an e-mail literal: at every word),
 * and one that fails leaves nothing behind, so a document that fails a test
 * parses to the very same tree without those constructs. Each test follows
 * what the construct itself consumes, in micromark-extension-gfm-* 2.1.
 * (Strikethrough, tried only at "~", costs nothing in a document without
 * one; the task-list check fails at once at a "[" that does not start a list
 * item's text; both are left as they are.)
 */
export const OPTIONAL_CONSTRUCTS: ReadonlyArray<{ names: readonly string[]; mayOccur: RegExp }> = [
  // A table's delimiter row holds a "|", or else a ":" right beside a "-" (":--", "--:").
  { names: ['table'], mayOccur: /\||:-|-:/ },
  // Autolink literals (see autolink-literal-starts.ts); the e-mail one is tried at every letter and digit,
  // and needs e-mail characters, "@", and a domain with a dot.
  { names: ['emailAutolink'], mayOccur: /[\w+.-]@[\w.-]*\./ },
  { names: ['wwwAutolink'], mayOccur: /www\./i },
  { names: ['protocolAutolink'], mayOccur: /:\/\// },
  // Footnote definitions and calls start "[^"; image calls, "![" then "^" (normalised).
  { names: ['gfmFootnoteDefinition', 'gfmFootnoteCall'], mayOccur: /\^/ },
  { names: ['gfmPotentialFootnoteCall'], mayOccur: MAY_HOLD_IMAGE_FOOTNOTE_CALL },
];

/** The processor `full` less the named constructs. */
export function leaveOut(full: Processor<Root>, names: readonly string[]): Processor<Root> {
  const drop = new Set(names);
  function remarkLeaveOut(this: Processor): undefined {
    mapConstructs(this, (c: Construct) => (c.name && drop.has(c.name) ? undefined : c));
  }
  return full().use(remarkLeaveOut).freeze();
}

/**
 * Returns a function that gives, for a document, `full` less the optional
 * constructs it cannot hold. Each combination is built once, when first needed.
 */
export function narrowingParsers(full: Processor<Root>): (text: string) => Processor<Root> {
  const built = new Map<number, Processor<Root>>();
  return (text) => {
    let mask = 0;
    for (let i = 0; i < OPTIONAL_CONSTRUCTS.length; i++) if (!OPTIONAL_CONSTRUCTS[i]!.mayOccur.test(text)) mask |= 1 << i;
    let processor = built.get(mask);
    if (!processor) {
      processor = mask === 0 ? full : leaveOut(full, OPTIONAL_CONSTRUCTS.filter((_, i) => mask & (1 << i)).flatMap((o) => o.names));
      built.set(mask, processor);
    }
    return processor;
  };
}
