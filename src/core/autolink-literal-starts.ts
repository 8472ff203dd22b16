import type { Code, Construct, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';
import { mapConstructs } from './micromark-constructs.js';
import { parsedSource, sourceIndex } from './parsed-source.js';

/**
 * micromark-extension-gfm-autolink-literal registers its constructs at every
 * letter and digit, and micromark attempts them at the start of every word
 * (wherever their `previous` allows): each attempt saves and restores the
 * tokenizer, breaks the text's data and walks back for brackets, though
 * hardly any word starts a literal. The constructs consume the source
 * character by character, and each needs, from its first character on:
 * "www." in any case, "http://" or "https://" in any case, or a run of e-mail
 * characters, "@", and a domain with a dot. A word's characters are the source's own (tabs
 * and line endings, which micromark turns into other codes, end all three).
 *
 * Each construct's `previous` is made to ask that too, so micromark no longer
 * attempts it where it cannot match; where it can, it runs as before. A
 * failed attempt leaves nothing in the tree (its data is merged back), so the
 * tree is the same.
 */
const STARTS = new Map<string, RegExp>([
  ['emailAutolink', /[\w+.-]+@[\w.-]*\./y],
  ['wwwAutolink', /www\./iy],
  ['protocolAutolink', /https?:\/\//iy],
]);

function gate(construct: Construct, start: RegExp): Construct {
  const previous = construct.previous;
  if (!previous) return construct;
  return {
    ...construct,
    previous(this: TokenizeContext, code: Code): boolean {
      if (!previous.call(this, code)) return false;
      const source = parsedSource();
      if (source === undefined) return true;
      start.lastIndex = sourceIndex(this);
      return start.test(source);
    },
  };
}

/** A plugin, used after remark-gfm and remarkParsedSource, that attempts autolink literals only where they may start. */
export function remarkAutolinkLiteralStarts(this: Processor): undefined {
  mapConstructs(this, (c) => {
    const start = c.name ? STARTS.get(c.name) : undefined;
    return start ? gate(c, start) : c;
  });
}
