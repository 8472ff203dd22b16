import type { TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';

/**
 * The document a processor is parsing, while it is, for constructs that look
 * ahead in the source to skip attempts that cannot succeed. micromark hands
 * its tokenizers one character at a time; its points' offsets index the
 * document, less a byte order mark, which it drops.
 */
let source: string | undefined;
let shift = 0;

/** The document being parsed, or undefined outside a processor's parse (then nothing may be skipped). */
export function parsedSource(): string | undefined {
  return source;
}

/** The index in `parsedSource()` of the character a tokenizer is at. */
export function sourceIndex(context: TokenizeContext): number {
  return context.now().offset + shift;
}

/** A plugin, used right after remark-parse, that makes the document known while it is parsed. */
export function remarkParsedSource(this: Processor): undefined {
  const parse = this.parser;
  if (!parse) return;
  this.parser = (document, file) => {
    const outer = [source, shift] as const;
    source = document;
    shift = document.charCodeAt(0) === 0xfeff ? 1 : 0;
    try {
      return parse(document, file);
    } finally {
      [source, shift] = outer;
    }
  };
}
