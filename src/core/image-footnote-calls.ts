import type { Processor } from 'unified';
import { mapConstructs } from './micromark-constructs.js';

/**
 * micromark-extension-gfm-footnote tries, at every "]" in text, to close a
 * footnote call written as an image ("![^id]"), and walks back through the
 * paragraph's events to find its "![" each time: a paragraph of many "]"
 * takes time quadratic in their number (seconds for a few thousand). That
 * attempt can only succeed where the label after a "![" starts with "^" once
 * white space is dropped (as identifiers are normalised), with maybe block
 * quote markers between lines. A document without that is parsed with the
 * same extensions less this one construct, which yields the very same tree.
 */
export const MAY_HOLD_IMAGE_FOOTNOTE_CALL = /!\[[\t\n\r >]*\^/;

const CONSTRUCT = 'gfmPotentialFootnoteCall';

/** A plugin, used after remark-gfm, that leaves out the image-footnote-call construct. */
export function remarkWithoutImageFootnoteCalls(this: Processor): undefined {
  mapConstructs(this, (c) => (c.name === CONSTRUCT ? undefined : c));
}
