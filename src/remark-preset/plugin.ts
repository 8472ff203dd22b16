// The linter as a unified plugin for remark-cli and other unified-engine
// hosts: each file gets the same messages `postmortem-lint` reports for it,
// with the configuration the command-line tool would apply.
import { dirname, relative, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import { isCalendarDate } from '../core/clock.js';
import { IGNORE_FILE_NAME, isIgnored, parseIgnoreFile } from '../core/config/ignores.js';
import { resolveConfig } from '../core/config/resolve.js';
import type { ConfigProblem, ResolvedConfig } from '../core/config/types.js';
import { lintText } from '../core/lint/lint.js';
import type { LintMessage } from '../core/lint/types.js';
import { RULES } from '../core/rules/index.js';
import { ConfigCache, ConfigReadError, type AppliedConfig } from '../cli/config-cache.js';
import { CONFIG_DOCS_URL } from '../cli/formatters/json.js';
import { detectionPath, displayPath, toPosix } from '../cli/paths.js';
import { decodeDocument, readRegularFile } from '../cli/read.js';

/** What `message.source` says on every message of this plugin. */
export const SOURCE = 'postmortem-assistant';

export interface PresetOptions {
  /** A config file used instead of the nearest `.postmortemrc.*` (the CLI's `--config`); relative to the working folder. */
  config?: string;
  /** Settings shaped like `.postmortemrc.json`, applied over the configuration that applies to the file. */
  settings?: Record<string, unknown>;
  /** YYYY-MM-DD for overdue checks (the CLI's `--today`); default: today. */
  today?: string;
  /** Lint files that do not look like postmortems (the CLI's `--force`). */
  force?: boolean;
}

const OPTION_NAMES = ['config', 'settings', 'today', 'force'];
const OPTIONS_SOURCE = 'postmortem-assistant/remark-preset options';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The options that can be used, and a problem for each one that cannot. */
function checkOptions(raw: unknown): { options: PresetOptions; problems: string[] } {
  const problems: string[] = [];
  const options: PresetOptions = {};
  if (raw === undefined || raw === null) return { options, problems };
  if (!isRecord(raw)) return { options, problems: ['the options must be an object (config, settings, today, force)'] };
  for (const key of Object.keys(raw)) if (!OPTION_NAMES.includes(key)) problems.push(`unknown option \`${key}\` (known: ${OPTION_NAMES.join(', ')})`);
  if (raw.config !== undefined) {
    if (typeof raw.config === 'string' && raw.config.trim()) options.config = raw.config;
    else problems.push('`config` must be the path of a config file');
  }
  if (raw.settings !== undefined) {
    if (isRecord(raw.settings)) options.settings = raw.settings;
    else problems.push('`settings` must be an object of settings, as in .postmortemrc.json');
  }
  if (raw.today !== undefined) {
    if (isCalendarDate(raw.today)) options.today = raw.today;
    else problems.push('`today` must be a date written YYYY-MM-DD');
  }
  if (raw.force !== undefined) {
    if (typeof raw.force === 'boolean') options.force = raw.force;
    else problems.push('`force` must be true or false');
  }
  return { options, problems };
}

/** A file's text as the CLI reads it: bytes decoded the same way (BOM dropped, UTF-16/32 read); undefined for a binary file. */
function textOf(file: VFile, force: boolean): string | undefined {
  const value = file.value;
  if (typeof value === 'string') return value.charCodeAt(0) === 0xfeff ? value.slice(1) : value;
  const read = decodeDocument(value, { force });
  return read.kind === 'text' ? read.text : undefined;
}

/** The patterns of `.postmortemignore` in the working folder, as the CLI applies them. */
function ignoreFilePatterns(cwd: string): string[] {
  const read = readRegularFile(resolve(cwd, IGNORE_FILE_NAME), 1_000_000, { refuseLarger: true });
  return read.kind === 'bytes' && !read.truncated ? parseIgnoreFile(new TextDecoder().decode(read.bytes)) : [];
}

/** Per working folder: the configurations found so far, with the problems not yet reported on a file. */
interface Session {
  configs?: ConfigCache;
  /** Why the configuration named in the options cannot be used. */
  fixedError?: string;
  pending: ConfigProblem[];
  optionsReported?: boolean;
  settingsReported?: boolean;
  ignores: string[];
  /** Each configuration with the options' `settings` over it. */
  withSettings: WeakMap<ResolvedConfig, ResolvedConfig>;
}

function openSession(cwd: string, options: PresetOptions): Session {
  const session: Session = { pending: [], ignores: ignoreFilePatterns(cwd), withSettings: new WeakMap() };
  try {
    session.configs = new ConfigCache((p) => session.pending.push(p), options.config, cwd);
  } catch (error) {
    if (!(error instanceof ConfigReadError)) throw error;
    session.fixedError = error.message;
  }
  return session;
}

function configMessage(file: VFile, text: string): void {
  const message = file.message(text, { ruleId: 'config', source: SOURCE });
  Object.assign(message, { fatal: true, url: CONFIG_DOCS_URL });
}

function report(file: VFile, m: LintMessage): void {
  const message = file.message(m.message, {
    ruleId: m.ruleId,
    source: SOURCE,
    place: { start: { line: m.line, column: m.column }, end: { line: m.endLine, column: m.endColumn } },
  });
  // remark-lint's convention: errors are fatal (the run fails), warnings are not (they fail it with --frail), info is neither.
  message.fatal = m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined;
  message.url = m.url;
  if (m.actual !== undefined) message.actual = m.actual;
  if (m.expected?.length) message.expected = m.expected;
}

/** Sessions by run: unified-engine hands each file's plugins the run's FileSet, one for all its files. */
const runs = new WeakMap<object, Map<string, Session>>();

/**
 * The unified plugin: `["postmortem-assistant/remark-preset", {config, settings, today, force}]`
 * in `.remarkrc.json`, or `.use(remarkPostmortem, options)`. It analyses the
 * file's own text with the project's parser, so the results do not depend on
 * which other remark plugins (GFM, front matter) are in use.
 */
export function remarkPostmortem(raw?: unknown, fileSet?: unknown) {
  const { options, problems: optionProblems } = checkOptions(raw);
  // Outside unified-engine (no FileSet) a processor is its own run.
  let sessions = new Map<string, Session>();
  if (typeof fileSet === 'object' && fileSet !== null) {
    const known = runs.get(fileSet);
    if (known) sessions = known;
    else runs.set(fileSet, sessions);
  }
  const optionsKey = JSON.stringify(options);

  return function transform(_tree: unknown, file: VFile): void {
    const cwd = resolve(file.cwd || process.cwd());
    const key = cwd + '\0' + optionsKey;
    let session = sessions.get(key);
    if (!session) sessions.set(key, (session = openSession(cwd, options)));
    if (!session.optionsReported) {
      session.optionsReported = true;
      for (const p of optionProblems) configMessage(file, `${OPTIONS_SOURCE}: ${p}`);
    }
    if (session.fixedError !== undefined || !session.configs) {
      configMessage(file, `${OPTIONS_SOURCE}: ${session.fixedError}`);
      return;
    }
    // Text from stdin has no path: the configuration is the working folder's, and only its content can make it a postmortem.
    const absPath = file.path ? resolve(cwd, file.path) : undefined;
    if (absPath && isIgnored(session.ignores, relative(cwd, absPath).split(sep).join('/'))) return;

    const applied: AppliedConfig = session.configs.forDocument(absPath ?? resolve(cwd, 'stdin.md'));
    // A broken configuration is reported once, on the first file it applies to, as the CLI reports it once per run.
    for (const p of session.pending.splice(0)) {
      const where = displayPath(p.source, cwd) + (p.line ? `:${p.line}` : '');
      // Worded as the CLI's note on stderr.
      configMessage(file, `${toPosix(where)}: ${p.message}`);
    }
    let config = applied.config;
    if (options.settings) {
      let over = session.withSettings.get(config);
      if (!over) {
        const resolved = resolveConfig({ raw: options.settings, source: OPTIONS_SOURCE, rules: RULES, base: config });
        over = resolved.config;
        session.withSettings.set(config, over);
        // The same settings over another configuration file have the same problems: reported once.
        if (!session.settingsReported) for (const p of resolved.problems) configMessage(file, `${OPTIONS_SOURCE}: ${p.message}`);
        session.settingsReported = true;
      }
      config = over;
    }

    const text = textOf(file, options.force === true);
    if (text === undefined) return;
    const path = absPath && detectionPath(absPath, cwd, applied.path && dirname(applied.path));
    const result = lintText(text, { path, config, today: options.today, force: options.force });
    // Not a postmortem (a README, notes): no messages, as the CLI only counts such files.
    if (result.skipped !== null) return;
    for (const m of result.messages) report(file, m);
  };
}
