import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { AnyRule as Rule } from '../rules/define.js';
import { resolveConfig } from './resolve.js';
import type { ConfigProblem, ResolvedConfig } from './types.js';

import { CONFIG_FILE_NAMES } from './names.js';

export { CONFIG_FILE_NAMES };

/** Config files larger than this are not read (settings take a few kilobytes). */
export const MAX_CONFIG_BYTES = 1_000_000;

/** Reads a file's text, or undefined when it does not exist. Supplied by the host (Node fs, VS Code workspace fs). */
export type ReadFile = (path: string) => string | undefined;

function dirname(path: string): string {
  const i = path.replace(/\\/g, '/').lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : path.slice(0, i);
}

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : dir + '/' + name;
}

/** Finds the nearest config file above a document, stopping at `root` when given. */
export function findConfigFile(documentPath: string, readFile: ReadFile, root?: string): { path: string; text: string } | undefined {
  let dir = dirname(documentPath.replace(/\\/g, '/'));
  const stop = root?.replace(/\\/g, '/').replace(/\/$/, '');
  // Every folder up to the root (or `root`) is searched, however deep the
  // document: a path has finitely many parents, and each step shortens it.
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(dir, name);
      const text = readFile(path);
      if (text !== undefined) return { path, text };
    }
    const parent = dirname(dir);
    if (parent === dir || (stop !== undefined && dir === stop) || dir === '.' ) return undefined;
    dir = parent;
  }
}

const JSON_STRING = /"(?:[^"\\\r\n]|\\.)*"/g;
const YAML_KEY = /^\s*(-?)\s*([^\s:][^:]*?)\s*:/;

/**
 * For each name, the first line (1-based) that holds it as a quoted JSON
 * string or starts with it as a YAML key ("name:" or "- name:"), built in one
 * pass over the text: a line per problem is then a lookup, not a scan.
 */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const note = (name: string, line: number) => {
    if (!lines.has(name)) lines.set(name, line);
  };
  text.split(/\r?\n/).forEach((l, i) => {
    for (const quoted of l.match(JSON_STRING) ?? []) {
      try {
        note(JSON.parse(quoted) as string, i + 1);
      } catch {
        // Not a valid JSON string: no key to find there.
      }
    }
    const yaml = YAML_KEY.exec(l);
    if (yaml) {
      note(yaml[2]!, i + 1);
      if (yaml[1]) note('-' + yaml[2]!, i + 1);
    }
  });
  return lines;
}

/** Line of a key in JSON or YAML text, found by its last path segment. */
function lineOfKey(lines: Map<string, number>, key: string | undefined): number | undefined {
  if (!key) return undefined;
  return lines.get(key.split('.').pop()!);
}

/** The offset of the first key that repeats an earlier key of its map, or -1. */
function firstRepeatedKey(doc: Document): number {
  let first = -1;
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) {
          const at = pair.key.range?.[0] ?? -1;
          if (at >= 0 && (first < 0 || at < first)) first = at;
        } else seen.add(pair.key.value);
      }
    },
  });
  return first;
}

/**
 * YAML.parse, with the same errors, but repeated keys found with one set per
 * map: the library compares each key with every earlier one of its map, which
 * takes minutes for a file of many thousand keys.
 */
function parseYaml(text: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, lineCounter });
  const repeated = firstRepeatedKey(doc);
  const error = doc.errors[0];
  if (repeated >= 0 && (!error || repeated < error.pos[0])) {
    const { line, col } = lineCounter.linePos(repeated);
    throw new Error(`Map keys must be unique at line ${line}, column ${col}:`);
  }
  if (error) throw error;
  return doc.toJS({ maxAliasCount: 50 });
}

/** Deeper configurations are refused: no setting nests more than a few levels. */
export const MAX_CONFIG_DEPTH = 64;

/** Whether a parsed value nests arrays or objects more than `limit` levels deep; iterative, so any depth is safe. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

function parseText(text: string, path: string): { raw: unknown; problem?: ConfigProblem } {
  const isJson = path.endsWith('.json') || (!/\.ya?ml$/.test(path) && text.trimStart().startsWith('{'));
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { raw: {} };
  const format = isJson ? 'JSON' : 'YAML';
  const tooDeep = { raw: undefined, problem: { source: path, message: `the ${format} nests more than ${MAX_CONFIG_DEPTH} levels deep; this configuration file is ignored` } };
  try {
    const raw: unknown = isJson ? JSON.parse(body) : parseYaml(body);
    return nestedDeeperThan(raw, MAX_CONFIG_DEPTH) ? tooDeep : { raw };
  } catch (error) {
    // The YAML parser recurses once per level: thousands of levels exhaust the stack.
    if (error instanceof RangeError || /call stack/i.test(String((error as Error).message))) return tooDeep;
    const message = String((error as Error).message).split('\n')[0];
    const pos = /line (\d+)/i.exec(message) ?? /position (\d+)/.exec(message);
    let line: number | undefined;
    if (pos && /line/i.test(pos[0])) line = Number(pos[1]);
    else if (pos) line = body.slice(0, Number(pos[1])).split('\n').length;
    return { raw: undefined, problem: { source: path, message: `cannot read ${isJson ? 'JSON' : 'YAML'}: ${message}`, line } };
  }
}

/**
 * Parses and validates a config file's text. A broken file yields problems that
 * name the file and the key, and a configuration with defaults for what was broken.
 */
export function loadConfigText(text: string, path: string, rules: Rule[], base?: ResolvedConfig): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const { raw, problem } = parseText(text, path);
  if (problem) {
    const { config } = resolveConfig({ raw: undefined, source: path, rules, base });
    return { config, problems: [problem] };
  }
  const result = resolveConfig({ raw, source: path, rules, base });
  if (result.problems.some((p) => p.line === undefined && p.key)) {
    const lines = keyLines(text);
    for (const p of result.problems) p.line ??= lineOfKey(lines, p.key);
  }
  return result;
}
