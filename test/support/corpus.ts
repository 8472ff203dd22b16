import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseMarkdown } from '../../src/core/parse.js';
import { buildModel } from '../../src/core/model/build.js';
import type { PostmortemModel, SectionKind } from '../../src/core/model/types.js';

export interface Expected {
  isPostmortem: boolean;
  sections: Partial<Record<SectionKind, boolean>>;
  timeline: Array<{ line: number; time: string | null; date?: string | null }>;
  whys: Array<{ line: number }>;
  actionItems: Array<{ line: number; done: boolean; owner: string | null; due: string | null }>;
  /** In newer annotations: the document's language, and the kinds each heading holds. */
  language?: 'en' | 'ko';
  headings?: Array<{ line: number; text: string; kinds: SectionKind[] }>;
}

export interface CorpusCase {
  name: string;
  path: string;
  text: string;
  expected: Expected;
  model: PostmortemModel;
}

export const FIXTURES = join(__dirname, '..', 'fixtures');

export function loadCorpus(dir = 'corpus'): CorpusCase[] {
  const root = isAbsolute(dir) ? dir : join(FIXTURES, dir);
  return readdirSync(root)
    .filter((f) => f.endsWith('.md') && existsSync(join(root, f.replace(/\.md$/, '.expected.json'))))
    .map((f) => {
      const path = join(root, f);
      const text = readFileSync(path, 'utf8');
      const expected = JSON.parse(readFileSync(path.replace(/\.md$/, '.expected.json'), 'utf8')) as Expected;
      // No path: detection must work from the content alone.
      const model = buildModel(parseMarkdown(text), text, {}).model;
      return { name: f, path, text, expected, model };
    });
}

export interface Score {
  expected: number;
  found: number;
  matched: number;
}

/** Matches found lines against expected lines (each used once). */
export function score(expected: number[], found: number[]): Score & { missing: number[]; extra: number[] } {
  const pool = [...found];
  const missing: number[] = [];
  let matched = 0;
  for (const line of expected) {
    const i = pool.indexOf(line);
    if (i >= 0) {
      pool.splice(i, 1);
      matched++;
    } else missing.push(line);
  }
  return { expected: expected.length, found: found.length, matched, missing, extra: pool };
}

export function ratio(matched: number, total: number): number {
  return total === 0 ? 1 : matched / total;
}

/** The kinds a reader sees at each heading: an unnamed sub-heading holds the kinds of the section around it. */
export function headingKinds(c: CorpusCase): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const stack: Array<{ depth: number; kinds: string[] }> = [];
  for (const x of c.model.sections) {
    while (stack.length && stack[stack.length - 1].depth >= x.depth) stack.pop();
    const own = [x.kind, ...(x.alsoKinds ?? [])];
    const kinds = x.aside ? ['other'] : x.kind === 'other' && stack.length && x.depth > 1 ? stack[stack.length - 1].kinds : own;
    out.set(x.line, kinds);
    stack.push({ depth: x.depth, kinds: x.depth === 1 && x.kind === 'other' ? ['other'] : kinds });
  }
  return out;
}
