/**
 * Stands in for `compromise` in the Node bundles (see scripts/build.mjs): the
 * library builds its lexicon when it loads, about half a second, and the
 * CLI's and the language server's main threads never tag a word (their
 * workers do). Loaded on the first call instead, where the tagger is used.
 */
import type nlpType from 'compromise';

type Nlp = typeof nlpType;
let loaded: Nlp | undefined;

const load = (): Nlp => {
  if (!loaded) {
    // esbuild bundles the real library behind this call and runs it only when called.
    const mod = require('compromise') as Nlp | { default: Nlp };
    loaded = 'default' in mod ? mod.default : mod;
  }
  return loaded;
};

const nlp = ((...args: Parameters<Nlp>) => load()(...args)) as Nlp;
export default nlp;
