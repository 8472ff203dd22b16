import { URI, Utils } from 'vscode-uri';
import { CONFIG_FILE_NAMES, loadConfigTextAsync, MAX_CONFIG_BYTES } from '../core/config/file.js';
import { defaultConfig, resolveConfig } from '../core/config/resolve.js';
import { IGNORE_FILE_NAME, isIgnored, parseIgnoreFile } from '../core/config/ignores.js';
import type { ConfigProblem, ResolvedConfig } from '../core/config/types.js';
import { RULES } from '../core/rules/index.js';
import type { ServerSettings } from '../protocol.js';
import type { ServerHost } from './host.js';

/** The configuration of one document, and the path its `postmortemGlobs` are matched against. */
/** Problems of one config file that applies to a document. */
export interface ConfigFileProblems {
  uri: string;
  problems: ConfigProblem[];
}

export interface DocumentConfig {
  config: ResolvedConfig;
  globPath: string | undefined;
  settings: ServerSettings;
  /** Config files on the document's way up that have problems: the document tells its reader. */
  broken: ConfigFileProblems[];
  /** Named by the workspace folder's `.postmortemignore`: never linted nor indexed. */
  ignored: boolean;
}

/** Settings keys that are config keys under another name. */
const RENAMED: Record<string, string> = { messageLanguage: 'language' };
/** Settings keys about the editor, not the analysis. */
const EDITOR_ONLY = new Set(['enable', 'run', 'folder', 'focusMode']);

/** The configuration keys of a settings object, in the config file's names. */
export function settingsConfig(settings: ServerSettings): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined || value === null || EDITOR_ONLY.has(key)) continue;
    raw[RENAMED[key] ?? key] = value;
  }
  return raw;
}

interface Entry {
  config: ResolvedConfig;
  settings: ServerSettings;
  /** The config file used, if any. */
  file?: URI;
  broken: ConfigFileProblems[];
}

/**
 * Resolves each document's configuration as the extension and the CLI do:
 * the defaults, then the client's settings, then the nearest
 * `.postmortemrc.*` above the document (up to its workspace folder). Problems
 * in a config file are published as diagnostics on that file.
 */
export class ServerConfigs {
  private readonly cache = new Map<string, Promise<Entry>>();
  private readonly problemFiles = new Set<string>();
  /** Each workspace folder's `.postmortemignore` patterns, read once per configuration generation. */
  private readonly ignoreFiles = new Map<string, Promise<string[]>>();
  /** Bumped on every change, so results computed with an older configuration are dropped. */
  generation = 0;

  constructor(
    private readonly host: ServerHost,
    private readonly settingsFor: (uri: string) => Promise<ServerSettings>,
    private readonly publishProblems: (uri: string, problems: ConfigProblem[]) => void,
    private readonly folders: () => URI[],
  ) {}

  invalidate(): void {
    this.cache.clear();
    this.ignoreFiles.clear();
    this.generation++;
    for (const uri of this.problemFiles) this.publishProblems(uri, []);
    this.problemFiles.clear();
  }

  async forDocument(uri: string): Promise<DocumentConfig> {
    const parsed = URI.parse(uri);
    const entry = await this.entryFor(parsed);
    if (parsed.scheme === 'untitled') return { config: entry.config, globPath: undefined, settings: entry.settings, broken: entry.broken, ignored: false };
    const ignored = await this.ignoredByFolder(parsed);
    const base = entry.file ? Utils.dirname(entry.file) : this.folderOf(parsed);
    const prefix = base ? base.path.replace(/\/$/, '') + '/' : undefined;
    const globPath = prefix && parsed.path.startsWith(prefix) ? parsed.path.slice(prefix.length) : parsed.path;
    return { config: entry.config, globPath, settings: entry.settings, broken: entry.broken, ignored };
  }

  /** Whether the `.postmortemignore` at the root of the document's workspace folder names it. */
  private async ignoredByFolder(uri: URI): Promise<boolean> {
    const folder = this.folderOf(uri);
    if (!folder) return false;
    const key = folder.toString();
    let patterns = this.ignoreFiles.get(key);
    if (!patterns) {
      patterns = this.host.readFile(Utils.joinPath(folder, IGNORE_FILE_NAME).toString(), MAX_CONFIG_BYTES).then((read) => ('text' in read ? parseIgnoreFile(read.text) : []));
      this.ignoreFiles.set(key, patterns);
    }
    return isIgnored(await patterns, uri.path.slice(folder.path.replace(/\/$/, '').length + 1));
  }

  private folderOf(uri: URI): URI | undefined {
    const candidates = this.folders().filter((f) => f.scheme === uri.scheme && f.authority === uri.authority && uri.path.startsWith(f.path.replace(/\/$/, '') + '/'));
    return candidates.sort((a, b) => b.path.length - a.path.length)[0];
  }

  private entryFor(uri: URI): Promise<Entry> {
    const key = uri.scheme === 'untitled' ? 'untitled' : Utils.dirname(uri).toString();
    let entry = this.cache.get(key);
    if (!entry) {
      entry = this.load(uri);
      this.cache.set(key, entry);
    }
    return entry;
  }

  private async load(uri: URI): Promise<Entry> {
    const settings = await this.settingsFor(uri.toString()).catch(() => ({}));
    const base = resolveConfig({ raw: settingsConfig(settings), source: 'settings', rules: RULES, base: defaultConfig(RULES) });
    for (const p of base.problems) this.host.log(`[settings] ${p.message}`);
    if (uri.scheme === 'untitled') return { config: base.config, settings, broken: [] };
    const broken: ConfigFileProblems[] = [];
    const found = await this.findFile(Utils.dirname(uri), this.folderOf(uri), broken);
    if (!found) return { config: base.config, settings, broken };
    let loaded: { config: ResolvedConfig; problems: ConfigProblem[] };
    try {
      // A file that `extends` names is read from the same place (file system, remote, virtual).
      loaded = await loadConfigTextAsync(found.text, found.uri.path, RULES, base.config, async (path) => {
        const read = await this.host.readFile(found.uri.with({ path }).toString(), MAX_CONFIG_BYTES);
        return 'text' in read ? read.text : 'error' in read ? { error: read.error } : undefined;
      });
    } catch (error) {
      // A value no check foresaw costs this folder its settings, not the server.
      loaded = { config: base.config, problems: [{ source: found.uri.path, message: `cannot use this config file (${(error as Error).message}); the defaults apply` }] };
    }
    // Problems of an extended file are shown on that file.
    const bySource = new Map<string, ConfigProblem[]>([[found.uri.path, []]]);
    for (const p of loaded.problems) bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
    for (const [path, problems] of bySource) {
      const uri = found.uri.with({ path }).toString();
      this.setProblems(uri, problems);
      if (problems.length) broken.push({ uri, problems });
    }
    return { config: loaded.config, settings, file: found.uri, broken };
  }

  private setProblems(uri: string, problems: ConfigProblem[]) {
    this.problemFiles.add(uri);
    this.publishProblems(uri, problems);
  }

  /** The nearest config file from `start` up to `root` (or the file system's root). */
  private async findFile(start: URI, root: URI | undefined, broken: ConfigFileProblems[]): Promise<{ uri: URI; text: string } | undefined> {
    let dir = start;
    for (;;) {
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = Utils.joinPath(dir, name);
        const read = await this.host.readFile(candidate.toString(), MAX_CONFIG_BYTES);
        if ('text' in read) return { uri: candidate, text: read.text };
        if ('error' in read) {
          const problems = [{ source: candidate.path, message: `cannot read this config file (${read.error}); it is ignored` }];
          this.setProblems(candidate.toString(), problems);
          broken.push({ uri: candidate.toString(), problems });
        }
      }
      if (root && dir.path.replace(/\/$/, '') === root.path.replace(/\/$/, '')) return undefined;
      const parent = Utils.dirname(dir);
      if (parent.path === dir.path) return undefined;
      dir = parent;
    }
  }
}
