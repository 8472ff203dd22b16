import type { Construct, Event, State, Token, TokenizeContext, Tokenizer } from 'micromark-util-types';
import type { Processor } from 'unified';
import { mapConstructs } from './micromark-constructs.js';

/**
 * micromark-extension-gfm-autolink-literal asks, at the start of every word,
 * whether an unbalanced "[" or "![" comes before it in the paragraph, walking
 * back through the paragraph's events. A walk that finds nothing marks where
 * it started, so the next one stops there; a walk that finds an open bracket
 * marks nothing, so after a "[" that is never closed every word walks back to
 * it: time quadratic in the paragraph's length (seconds for 30,000 characters).
 *
 * Each autolink construct is wrapped: the open bracket a walk found is
 * remembered for the paragraph (the tokenizer context), and while that very
 * token is still unbalanced at the same place, the construct fails at once,
 * as the original would after its walk (it fails whenever the walk finds an
 * open bracket). Otherwise the original runs unchanged.
 */
const NAMES = new Set(['emailAutolink', 'wwwAutolink', 'protocolAutolink']);

interface Found {
  token: Token;
  index: number;
}

const found = new WeakMap<TokenizeContext, Found>();

/** The same test as the extension's walk, remembering an open bracket it finds. */
function openBracketBefore(context: TokenizeContext): boolean {
  const events: Event[] = context.events;
  const known = found.get(context);
  if (known && events[known.index]?.[1] === known.token && !known.token._balanced) return true;
  for (let index = events.length - 1; index >= 0; index--) {
    const token = events[index]![1] as Token & { _gfmAutolinkLiteralWalkedInto?: boolean };
    if ((token.type === 'labelLink' || token.type === 'labelImage') && !token._balanced) {
      found.set(context, { token, index });
      return true;
    }
    if (token._gfmAutolinkLiteralWalkedInto) return false;
  }
  return false;
}

function wrap(construct: Construct): Construct {
  const tokenize = construct.tokenize;
  const fast: Tokenizer = function (this: TokenizeContext, effects, ok, nok) {
    const start = tokenize.call(this, effects, ok, nok);
    const context = this;
    // Each construct fails, too, when the character before does not suit it: test that first, it is cheap.
    const guarded: State = (code) => (construct.previous && !construct.previous.call(context, context.previous)) || openBracketBefore(context) ? nok(code) : start(code);
    return guarded;
  };
  return { ...construct, tokenize: fast };
}

/** A plugin, used after remark-gfm, that wraps the autolink literal constructs. */
export function remarkLinearAutolinkLiterals(this: Processor): undefined {
  mapConstructs(this, (c) => (c.name && NAMES.has(c.name) ? wrap(c) : c));
}
