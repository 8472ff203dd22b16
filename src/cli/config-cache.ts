import { dirname, resolve } from 'node:path';
import { findConfigFile, loadConfigText, MAX_CONFIG_BYTES, type ExtendsRead } from '../core/config/file.js';
import { defaultConfig } from '../core/config/resolve.js';
import type { ConfigProblem, ResolvedConfig } from '../core/config/types.js';
import { RULES } from '../core/rules/index.js';
import { toPosix } from './paths.js';
import { readRegularFile } from './read.js';


type ConfigRead = { text: string } | { missing: true } | { error: string };

/** Reads a config file: a regular file (or a symlink to one) of at most MAX_CONFIG_BYTES, as UTF-8. */
function readConfigFile(path: string): ConfigRead {
  const read = readRegularFile(path, MAX_CONFIG_BYTES, { refuseLarger: true });
  if (read.kind === 'missing') return { missing: true };
  if (read.kind === 'error') return { error: read.message.replace(/^cannot read the file: /, '') };
  if (read.truncated) return { error: `it is larger than ${MAX_CONFIG_BYTES.toLocaleString('en')} bytes` };
  return { text: new TextDecoder('utf-8').decode(read.bytes) };
}

/** Reads a file that a config's `extends` names. */
function readExtended(path: string): ExtendsRead {
  const read = readConfigFile(path);
  return 'text' in read ? read.text : 'error' in read ? { error: read.error } : undefined;
}

export interface AppliedConfig {
  config: ResolvedConfig;
  /** Absolute path of the config file, when one applies. */
  path?: string;
}

/** A config file named with --config that cannot be read; fatal (exit code 2). */
export class ConfigReadError extends Error {}

/** Reads a config candidate; missing files (and folders with a config's name) are simply not there. */
function readConfigCandidate(path: string, onUnreadable: (path: string, reason: string) => void): string | undefined {
  const read = readConfigFile(path);
  if ('text' in read) return read.text;
  if ('error' in read && !/it is a folder/.test(read.error)) onUnreadable(path, read.error);
  return undefined;
}

/**
 * Finds and loads the configuration for each file: the nearest config file
 * above it, or the one given with --config. Each config file is read and
 * validated once, so its problems are reported once however many files use it.
 */
export class ConfigCache {
  private readonly byFolder = new Map<string, string | null>();
  private readonly byFile = new Map<string, AppliedConfig>();
  private readonly unreadable = new Set<string>();
  private readonly defaults = defaultConfig(RULES);
  private readonly fixed?: AppliedConfig;
  /** Problems already reported: a file that several configs extend has its problems told once. */
  private readonly reported = new Set<string>();
  private readonly report: (problem: ConfigProblem) => void;

  constructor(
    report: (problem: ConfigProblem) => void,
    fixedPath?: string,
    cwd = process.cwd(),
  ) {
    this.report = (problem) => {
      const key = JSON.stringify([problem.source, problem.line, problem.message]);
      if (this.reported.has(key)) return;
      this.reported.add(key);
      report(problem);
    };
    if (fixedPath !== undefined) {
      const abs = resolve(cwd, fixedPath);
      const read = readConfigFile(abs);
      if ('missing' in read) throw new ConfigReadError(`cannot read config file ${fixedPath}: no such file`);
      if ('error' in read) throw new ConfigReadError(`cannot read config file ${fixedPath}: ${read.error.replace(/^not read: /, '')}`);
      this.fixed = this.load(abs, read.text);
    }
  }

  private load(path: string, text: string): AppliedConfig {
    const cached = this.byFile.get(path);
    if (cached) return cached;
    let loaded: ReturnType<typeof loadConfigText>;
    try {
      loaded = loadConfigText(text, toPosix(path), RULES, undefined, readExtended);
    } catch (error) {
      // A value no check foresaw must cost this file its settings, not the run its results.
      loaded = { config: this.defaults, problems: [{ source: toPosix(path), message: `cannot use this config file (${(error as Error).message}); the defaults apply` }] };
    }
    const { config, problems } = loaded;
    for (const p of problems) this.report(p);
    const applied = { config, path };
    this.byFile.set(path, applied);
    return applied;
  }

  /** The configuration for the document at `absPath`. */
  forDocument(absPath: string): AppliedConfig {
    if (this.fixed) return this.fixed;
    const folder = dirname(absPath);
    let configPath = this.byFolder.get(folder);
    if (configPath === undefined) {
      let text: string | undefined;
      const found = findConfigFile(toPosix(absPath), (p) => {
        // Cached files need not be read again; only their path matters here.
        if (this.byFile.has(resolve(p))) return '';
        return readConfigCandidate(p, (path, reason) => {
          if (this.unreadable.has(path)) return;
          this.unreadable.add(path);
          this.report({ source: path, message: `cannot read this config file (${reason}); it is ignored` });
        });
      });
      if (found) {
        configPath = resolve(found.path);
        text = found.text;
      } else configPath = null;
      this.byFolder.set(folder, configPath);
      if (configPath !== null && !this.byFile.has(configPath)) this.load(configPath, text ?? '');
    }
    return configPath === null ? { config: this.defaults } : this.byFile.get(configPath)!;
  }
}
