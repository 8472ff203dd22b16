import { parse as parseYaml } from 'yaml';
import type { AnyRule as Rule } from '../rules/define.js';
import { resolveConfig } from './resolve.js';
import type { ConfigProblem, ResolvedConfig } from './types.js';

/** Names looked for in each folder, nearest folder first, in this order. */
export const CONFIG_FILE_NAMES = ['.postmortemrc.json', '.postmortemrc.yaml', '.postmortemrc.yml', '.postmortemrc'];

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

/** Line of a key in JSON or YAML text, found by its last path segment. */
function lineOfKey(text: string, key: string | undefined): number | undefined {
  if (!key) return undefined;
  const last = key.split('.').pop()!;
  const lines = text.split(/\r?\n/);
  const quoted = JSON.stringify(last);
  const i = lines.findIndex((l) => l.includes(quoted) || new RegExp('^\\s*-?\\s*' + last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s*:').test(l));
  return i >= 0 ? i + 1 : undefined;
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
    const raw: unknown = isJson ? JSON.parse(body) : parseYaml(body, { maxAliasCount: 50 });
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
  for (const p of result.problems) p.line ??= lineOfKey(text, p.key);
  return result;
}
