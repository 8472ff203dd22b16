/**
 * micromark-extension-gfm-footnote tries, at every "]" in text, to close a
 * footnote call written as an image ("![^id]"), and walks back through the
 * paragraph's events to find its "![" each time: a paragraph of many "]"
 * takes time quadratic in their number (seconds for a few thousand). That
 * attempt can only succeed where the label after a "![" starts with "^" once
 * white space is dropped (as identifiers are normalised), with maybe block
 * quote markers between lines. A document without that is parsed with the
 * same extensions less this one construct (see gfm-variants.ts), which yields
 * the very same tree.
 */
export const MAY_HOLD_IMAGE_FOOTNOTE_CALL = /!\[[\t\n\r >]*\^/;
