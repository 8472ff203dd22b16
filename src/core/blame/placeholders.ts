/** Stands in for content that is not prose: inline code, HTML, images, bare URLs, quoted passages. */
export const OPAQUE = '\uFFFC';
/** Stands in for a hard line break, which ends a clause. */
export const BREAK = '\u2029';

/** Text for a reader: masked content shows as an ellipsis, never as the mask character. */
export const shownMasked = (s: string): string => s.replace(/\uFFFC+/g, '…');
