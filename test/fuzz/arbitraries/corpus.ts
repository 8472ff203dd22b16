/**
 * Real postmortems from test/fixtures/corpus, mutated: line ranges deleted,
 * duplicated or swapped, characters inserted or removed, line endings
 * converted, a BOM prepended, the text cut short.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withLineEndings, type LineEndings } from './markdown.js';
import { EMOJI, eol, KOREAN, ODD, TIMES } from './vocabulary.js';

const DIR = join(__dirname, '..', '..', 'fixtures', 'corpus');

export const CORPUS: Array<{ name: string; text: string }> = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(DIR, name), 'utf8') }));

export type Mutation =
  | { kind: 'delete-lines'; at: number; count: number }
  | { kind: 'duplicate-lines'; at: number; count: number; to: number }
  | { kind: 'swap-lines'; a: number; b: number; count: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete-chars'; at: number; count: number }
  | { kind: 'endings'; mode: LineEndings; mix: string[] }
  | { kind: 'bom' }
  | { kind: 'cut'; at: number };

const index = fc.nat({ max: 1_000_000 });
const count = fc.integer({ min: 1, max: 40 });
const snippet = fc.oneof(
  fc.constantFrom(...ODD, ...EMOJI, ...KOREAN, ...TIMES, '\n', '\r', '\r\n', '\n## Timeline\n', '\n## 재발 방지 대책\n- [ ] ', '```\n', '---\n', '<!-- postmortem-disable -->', '| a | b |\n|---|---|\n'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-lines' as const), at: index, count }),
  fc.record({ kind: fc.constant('duplicate-lines' as const), at: index, count, to: index }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: index, b: index, count }),
  fc.record({ kind: fc.constant('insert' as const), at: index, text: snippet }),
  fc.record({ kind: fc.constant('delete-chars' as const), at: index, count }),
  fc.record({ kind: fc.constant('endings' as const), mode: fc.constantFrom<LineEndings>('crlf', 'cr', 'mixed'), mix: fc.array(eol, { minLength: 1, maxLength: 4 }) }),
  fc.constant({ kind: 'bom' as const }),
  fc.record({ kind: fc.constant('cut' as const), at: index }),
);

function splitKeepingBreaks(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

export function mutate(text: string, m: Mutation): string {
  const ls = splitKeepingBreaks(text);
  const n = Math.max(ls.length, 1);
  switch (m.kind) {
    case 'delete-lines': {
      const at = m.at % n;
      return [...ls.slice(0, at), ...ls.slice(at + m.count)].join('');
    }
    case 'duplicate-lines': {
      const at = m.at % n;
      const to = m.to % n;
      return [...ls.slice(0, to), ...ls.slice(at, at + m.count), ...ls.slice(to)].join('');
    }
    case 'swap-lines': {
      const out = [...ls];
      const a = m.a % n;
      const b = m.b % n;
      for (let i = 0; i < m.count && a + i < out.length && b + i < out.length; i++) [out[a + i], out[b + i]] = [out[b + i]!, out[a + i]!];
      return out.join('');
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'delete-chars': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.count);
    }
    case 'endings':
      return withLineEndings(text.replace(/\r\n?/g, '\n'), m.mode, m.mix);
    case 'bom':
      return '\uFEFF' + text;
    case 'cut':
      return text.slice(0, m.at % (text.length + 1));
  }
}

export interface CorpusCase {
  name: string;
  mutations: Mutation[];
  text: string;
}

export const mutatedCorpus: fc.Arbitrary<CorpusCase> = fc
  .tuple(fc.nat({ max: CORPUS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([i, mutations]) => ({ name: CORPUS[i]!.name, mutations, text: mutations.reduce(mutate, CORPUS[i]!.text) }));
