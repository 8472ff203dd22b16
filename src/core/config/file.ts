import { isMap, isScalar, LineCounter, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';
import { parseYamlLinear } from '../yaml.js';
import type { AnyRule as Rule } from '../rules/define.js';
import { PRESET_NAMES } from './presets.js';
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

/** YAML text read in linear time (see yaml.ts), with its keys' places. */
function parseYaml(text: string): { raw: unknown; positions: Positions } {
  const { value, doc, lineCounter } = parseYamlLinear(text);
  return { raw: value, positions: { doc, lineCounter } };
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

function parseText(text: string, path: string): { raw: unknown; problem?: ConfigProblem; positions?: Positions; isJson: boolean } {
  const isJson = path.endsWith('.json') || (!/\.ya?ml$/.test(path) && text.trimStart().startsWith('{'));
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { raw: {}, isJson };
  const format = isJson ? 'JSON' : 'YAML';
  const tooDeep = { raw: undefined, isJson, problem: { source: path, message: `the ${format} nests more than ${MAX_CONFIG_DEPTH} levels deep; this configuration file is ignored` } };
  try {
    const { raw, positions } = isJson ? { raw: JSON.parse(body) as unknown, positions: undefined } : parseYaml(body);
    return nestedDeeperThan(raw, MAX_CONFIG_DEPTH) ? tooDeep : { raw, positions, isJson };
  } catch (error) {
    // The YAML parser recurses once per level: thousands of levels exhaust the stack.
    if (error instanceof RangeError || /call stack/i.test(String((error as Error).message))) return tooDeep;
    const message = String((error as Error).message).split('\n')[0];
    const pos = /line (\d+)/i.exec(message) ?? /position (\d+)/.exec(message);
    let line: number | undefined;
    if (pos && /line/i.test(pos[0])) line = Number(pos[1]);
    else if (pos) line = body.slice(0, Number(pos[1])).split('\n').length;
    return { raw: undefined, isJson, problem: { source: path, message: `cannot read ${isJson ? 'JSON' : 'YAML'}: ${message}`, line } };
  }
}

/** A parsed document with its nodes' places, to find the line of a key. */
interface Positions {
  doc: Document;
  lineCounter: LineCounter;
  /** Each map's pairs by key, built on first use: a config with many problems asks about many keys of one map. */
  keysOf?: WeakMap<object, Map<string, Pair>>;
}

/** The first pair of `map` whose scalar key reads `name`. */
function pairNamed(keysOf: WeakMap<object, Map<string, Pair>> | undefined, map: YAMLMap, name: string): Pair | undefined {
  let byKey = keysOf?.get(map);
  if (!byKey) {
    byKey = new Map();
    for (const p of map.items) if (isScalar(p.key) && !byKey.has(String(p.key.value))) byKey.set(String(p.key.value), p);
    keysOf?.set(map, byKey);
  }
  return byKey.get(name);
}

/**
 * The line (1-based) of a dotted key (`rules.five-whys`) in a parsed
 * document: the deepest of its keys found. Segments are joined again when a
 * key itself holds a dot.
 */
function lineInDocument({ doc, lineCounter, keysOf }: Positions, key: string): number | undefined {
  const segments = key.split('.');
  let node: unknown = doc.contents;
  let line: number | undefined;
  for (let i = 0; i < segments.length; ) {
    if (!isMap(node)) return line;
    const map = node;
    let next = -1;
    for (let j = segments.length; j > i && next < 0; j--) {
      const name = segments.slice(i, j).join('.');
      const pair = pairNamed(keysOf, map, name);
      if (!pair) continue;
      const at = (pair.key as { range?: [number, number, number] }).range?.[0];
      if (at !== undefined) line = lineCounter.linePos(at).line;
      node = pair.value;
      next = j;
    }
    if (next < 0) return line;
    i = next;
  }
  return line;
}

/** Gives each problem about a key the line of that key in the file's text. */
function addLines(problems: ConfigProblem[], text: string, parsed: { positions?: Positions; isJson: boolean }) {
  const open = problems.filter((p) => p.line === undefined && p.key);
  if (!open.length) return;
  let positions = parsed.positions;
  if (!positions && parsed.isJson) {
    // JSON is YAML: its parser keeps the places JSON.parse does not.
    try {
      const lineCounter = new LineCounter();
      const doc = parseDocument(text.replace(/^\uFEFF/, ''), { uniqueKeys: false, lineCounter });
      if (!doc.errors.length) positions = { doc, lineCounter };
    } catch {
      // Found by text instead, below.
    }
  }
  let lines: Map<string, number> | undefined;
  if (positions) positions = { ...positions, keysOf: new WeakMap() };
  for (const p of open) {
    p.line = positions ? lineInDocument(positions, p.key!) : undefined;
    // A key the document does not hold where expected: its first mention in the text.
    p.line ??= lineOfKey((lines ??= keyLines(text)), p.key);
  }
}

/** What a host reads for a file that `extends` names: its text, undefined when there is none, or why it cannot be read. */
export type ExtendsRead = string | undefined | { error: string };

/** A chain of `extends` longer than this is refused: a team config and its overrides take two or three. */
export const MAX_EXTENDS_DEPTH = 16;

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path) || /^[a-z][\w+.-]*:\/\//i.test(path);
}

/** `dir` joined with a relative path, `.` and `..` resolved. */
function resolvePath(dir: string, relative: string): string {
  const parts = dir.replace(/\\/g, '/').split('/');
  for (const segment of relative.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length > 1 || (parts.length === 1 && parts[0] !== '')) parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/') || '/';
}

/** The paths of a cycle, without the folder they all share. */
function cycleText(paths: string[]): string {
  const dirs = paths.map((p) => dirname(p).split('/'));
  let shared = 0;
  while (dirs.every((d) => d.length > shared && d[shared] === dirs[0]![shared])) shared++;
  return paths.map((p) => p.split('/').slice(shared).join('/')).join(' → ');
}

type Loaded = { config: ResolvedConfig; problems: ConfigProblem[] };

/**
 * Loads a config file and, first, the files its `extends` names, yielding
 * each path to read: one walk for hosts that read synchronously (the CLI)
 * and for those that read asynchronously (the language server).
 */
function* loadChain(text: string, path: string, rules: Rule[], base: ResolvedConfig | undefined, chain: string[]): Generator<string, Loaded, ExtendsRead> {
  const parsed = parseText(text, path);
  if (parsed.problem) {
    const { config } = resolveConfig({ raw: undefined, source: path, rules, base });
    return { config, problems: [parsed.problem] };
  }
  let raw = parsed.raw;
  let start = base;
  const inherited: ConfigProblem[] = [];
  const own: ConfigProblem[] = [];
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const { extends: target, ...rest } = raw as Record<string, unknown>;
    if (typeof target === 'string' && !(PRESET_NAMES as string[]).includes(target)) {
      // A path: its file's settings come first, this file's override them. `rules` merge per rule.
      raw = rest;
      const here = [...chain, path];
      const targetPath = resolvePath(dirname(path), target);
      const problem = (message: string) => own.push({ source: path, key: 'extends', message });
      if (!target.trim() || isAbsolute(target)) problem(`\`extends\` must name a preset (known: ${PRESET_NAMES.join(', ')}) or the relative path of another configuration file (got ${JSON.stringify(target).slice(0, 80)})`);
      else if (here.includes(targetPath)) problem(`\`extends\` forms a cycle: ${cycleText([...here.slice(here.indexOf(targetPath)), targetPath])}`);
      else if (here.length > MAX_EXTENDS_DEPTH) problem(`\`extends\` goes more than ${MAX_EXTENDS_DEPTH} files deep; ${target} is not read`);
      else {
        const read = yield targetPath;
        if (typeof read === 'string') {
          const parent = yield* loadChain(read, targetPath, rules, base, here);
          start = parent.config;
          inherited.push(...parent.problems);
        } else {
          const why = read === undefined ? 'no such file' : read.error;
          problem(`\`extends\`: cannot read ${target} (${why}); it is neither a preset (known: ${PRESET_NAMES.join(', ')}) nor a configuration file that can be read`);
        }
      }
    }
  }
  const result = resolveConfig({ raw, source: path, rules, base: start });
  own.push(...result.problems);
  addLines(own, text, parsed);
  return { config: result.config, problems: [...inherited, ...own] };
}

/**
 * Parses and validates a config file's text. A broken file yields problems that
 * name the file and the key, and a configuration with defaults for what was broken.
 * `readFile` reads the files `extends` names; without it a path cannot be followed.
 */
export function loadConfigText(text: string, path: string, rules: Rule[], base?: ResolvedConfig, readFile?: (path: string) => ExtendsRead): Loaded {
  const walk = loadChain(text, path, rules, base, []);
  for (let step = walk.next(); ; ) {
    if (step.done) return step.value;
    step = walk.next(readFile ? readFile(step.value) : { error: 'files cannot be read here' });
  }
}

/** loadConfigText for a host whose reads are asynchronous. */
export async function loadConfigTextAsync(text: string, path: string, rules: Rule[], base: ResolvedConfig | undefined, readFile: (path: string) => Promise<ExtendsRead>): Promise<Loaded> {
  const walk = loadChain(text, path, rules, base, []);
  for (let step = walk.next(); ; ) {
    if (step.done) return step.value;
    let read: ExtendsRead;
    try {
      read = await readFile(step.value);
    } catch (error) {
      read = { error: (error as Error).message };
    }
    step = walk.next(read);
  }
}
