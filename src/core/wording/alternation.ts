/** Longest first, so a regular expression built from the list prefers the longer of two overlapping entries. */
export const byLength = (list: readonly string[]): string[] => [...list].sort((a, b) => b.length - a.length);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The list as one regular-expression alternation of literal entries, longest first. */
export const alternation = (list: readonly string[]): string => byLength(list).map(escape).join('|');
