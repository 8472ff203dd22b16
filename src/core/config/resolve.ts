import picomatch from 'picomatch/posix';
import type { SeveritySetting } from '../lint/types.js';
import { DEFAULT_POSTMORTEM_GLOBS } from '../model/detect.js';
import { CANONICAL_ORDER } from '../model/section-kinds.js';
import type { SectionKind } from '../model/types.js';
import { checkRuleOptions, type AnyRule as Rule } from '../rules/define.js';
import { validate as generatedValidate } from './generated/validate-config.js';
import { CONFIG_KEYS, KEY_MESSAGES } from './schema.js';
import { PRESET_NAMES, PRESETS } from './presets.js';
import type { ConfigProblem, PresetName, ResolvedConfig, RuleConfig } from './types.js';

export const DEFAULT_MAX_FILE_SIZE = 1_000_000;
/** The command-line tool's per-file analysis budget (see docs/rules/analysis-timeout.md). */
export const DEFAULT_ANALYSIS_TIMEOUT_MS = 10_000;

const SECTION_KINDS = new Set<string>([...CANONICAL_ORDER, 'other']);

/** The keys a configuration may have, in the schema's order. */
const KNOWN_KEYS = CONFIG_KEYS;

type Problems = ConfigProblem[];

/** An error of the schema's validator (ajv's ErrorObject), with its instance path split. */
interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  path: string[];
}

/** The validator compiled from schemas/postmortemrc.schema.json at build time (scripts/config-schema.ts). */
const validateConfig = generatedValidate as unknown as ((data: unknown) => boolean) & { errors?: Array<Omit<SchemaError, 'path'>> | null };

function severityOf(value: unknown): SeveritySetting | undefined {
  if (value === false || value === 0 || value === 'off') return 'off';
  if (value === 'info' || value === 'information' || value === 'hint') return 'info';
  if (value === 'warning' || value === 'warn' || value === 1 || value === true || value === 'on') return 'warning';
  if (value === 'error' || value === 2) return 'error';
  return undefined;
}

function validGlob(glob: string): boolean {
  if (!glob.trim() || glob.length > 500) return false;
  try {
    picomatch(glob);
    return true;
  } catch {
    return false;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A JSON Pointer's segments (`/rules/five-whys/1` → rules, five-whys, 1). */
function pointer(path: string): string[] {
  return path === '' ? [] : path.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The schema's errors, by the top-level key they are about ('' for the configuration itself). */
function schemaErrors(raw: unknown): Map<string, SchemaError[]> {
  const byKey = new Map<string, SchemaError[]>();
  if (validateConfig(raw)) return byKey;
  for (const error of validateConfig.errors ?? []) {
    const path = pointer(error.instancePath);
    const key = path[0] ?? (error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : '');
    const list = byKey.get(key) ?? [];
    list.push({ ...error, path });
    byKey.set(key, list);
  }
  return byKey;
}

/**
 * A rule's setting with the schema's errors about it: "warning",
 * ["warning", {…}] or {severity, options}. A bad severity drops the setting;
 * a bad option drops that option, so its default applies.
 */
function ruleSetting(raw: unknown, rule: Rule, errors: SchemaError[], source: string, problems: Problems, optionProblems: Problems): RuleConfig | undefined {
  const key = `rules.${rule.id}`;
  let severity: unknown = raw;
  let options: unknown = {};
  // Where the severity and the options are, relative to the rule's setting.
  let at: { severity?: string; options: string } = { options: '' };
  if (Array.isArray(raw)) {
    [severity, options = {}] = raw;
    at = { severity: '0', options: '1' };
  } else if (isRecord(raw)) {
    ({ severity = rule.defaultSeverity, options = {} } = raw as { severity?: unknown; options?: unknown });
    at = { severity: 'severity', options: 'options' };
  }
  // Errors below the setting: [2] is the severity's or the options' place, [3] an option's name.
  const below = (place: string) => errors.filter((e) => e.path.length > 2 && e.path[2] === place);
  const badSeverity = at.severity === undefined ? errors.length > 0 : below(at.severity).length > 0 || errors.some((e) => e.path.length === 2 && e.keyword === 'minItems');
  if (badSeverity || !severityOf(severity)) {
    problems.push({ source, key, message: `\`${key}\`: severity must be one of "error", "warning", "info", "off" (got ${JSON.stringify(severity)})` });
    return undefined;
  }
  const sev = severityOf(severity)!;
  if (isRecord(raw)) {
    for (const e of errors) {
      if (e.path.length === 2 && e.keyword === 'additionalProperties') {
        problems.push({ source, key, message: `\`${key}\`: unknown key \`${String(e.params.additionalProperty)}\` (expected: severity, options)` });
      }
    }
  }
  if (!isRecord(options)) {
    problems.push({ source, key, message: `\`${key}\`: options must be an object` });
    return { severity: sev, options: {} };
  }
  const kept: Record<string, unknown> = { ...options };
  const schema = rule.optionsSchema ?? {};
  const names = Object.keys(schema);
  const byOption = new Map<string, SchemaError[]>();
  for (const e of below(at.options)) {
    if (e.path.length === 3 && e.keyword === 'additionalProperties') {
      const name = String(e.params.additionalProperty);
      delete kept[name];
      optionProblems.push({ source, key, message: `\`${rule.id}\`: ` + (names.length ? `unknown option \`${name}\` (expected: ${names.join(', ')})` : `unknown option \`${name}\`: this rule takes no options`) });
    } else if (e.path.length > 3) byOption.set(e.path[3]!, [...(byOption.get(e.path[3]!) ?? []), e]);
  }
  for (const [name, list] of byOption) {
    const fragment = schema[name];
    const whole = list.find((e) => e.path.length === 4);
    if (whole || !fragment?.items?.errorMessage || !Array.isArray(kept[name])) {
      // The option itself is wrong: its default applies.
      delete kept[name];
      optionProblems.push({ source, key, message: `\`${rule.id}\`: ${fragment?.errorMessage ?? `option \`${name}\` ${(whole ?? list[0]!).message ?? 'is not valid'}`}` });
      continue;
    }
    // Some items are wrong: each is reported and left out, the others apply.
    const bad = [...new Set(list.map((e) => Number(e.path[4])))].sort((x, y) => x - y);
    for (const i of bad) optionProblems.push({ source, key, message: `\`${rule.id}\`: ${name}[${i}]: ${fragment.items.errorMessage}` });
    kept[name] = (kept[name] as unknown[]).filter((_, i) => !bad.includes(i));
  }
  return { severity: sev, options: kept };
}

export interface ResolveInput {
  raw: unknown;
  source: string;
  rules: Rule[];
  /** Settings to start from (e.g. the editor's), before the file's own. */
  base?: ResolvedConfig;
}

export function defaultConfig(rules: Rule[]): ResolvedConfig {
  return {
    preset: 'default',
    requiredSections: [...PRESETS.default.requiredSections],
    rules: Object.fromEntries(rules.map((r) => [r.id, { severity: r.defaultSeverity, options: {} }])),
    postmortemGlobs: [...DEFAULT_POSTMORTEM_GLOBS],
    ignores: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    analysisTimeoutMs: DEFAULT_ANALYSIS_TIMEOUT_MS,
    language: 'auto',
  };
}

/**
 * Validates a configuration object. Every problem is reported with its key;
 * the offending part falls back to the default and the rest still applies.
 */
export function resolveConfig({ raw, source, rules, base }: ResolveInput): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const problems: Problems = [];
  const config = structuredClone(base ?? defaultConfig(rules));
  if (raw === undefined || raw === null) return { config, problems };
  if (!isRecord(raw)) {
    problems.push({ source, message: 'the configuration must be an object of settings' });
    return { config, problems };
  }
  // The schema checks every type and range; what it refuses is reported by key and left out.
  const errors = schemaErrors(raw);
  const broken = (key: string) => errors.has(key) && raw[key] !== undefined;
  const keyProblem = (key: string) => problems.push({ source, key, message: KEY_MESSAGES[key] ?? `\`${key}\` is not valid` });
  for (const [key, list] of errors) {
    if (list.some((e) => e.path.length === 0 && e.keyword === 'additionalProperties')) problems.push({ source, key, message: `unknown setting \`${key}\` (known: ${KNOWN_KEYS.filter((k) => k !== '$schema' && k !== 'extends').join(', ')})` });
  }
  if (broken('$schema')) keyProblem('$schema');

  // `extends` here names a preset; `preset` wins when both are given. A
  // configuration file's loader follows an `extends` path before this runs.
  if (raw.extends !== undefined) {
    if (typeof raw.extends === 'string' && (PRESET_NAMES as string[]).includes(raw.extends)) {
      if (raw.preset === undefined) {
        config.preset = raw.extends as PresetName;
        config.requiredSections = [...PRESETS[config.preset].requiredSections];
      }
    } else {
      const got = JSON.stringify(raw.extends)?.slice(0, 80);
      const message =
        typeof raw.extends === 'string'
          ? `\`extends\` must name a preset (known: ${PRESET_NAMES.join(', ')}); only a configuration file can extend another file (got ${got})`
          : `\`extends\` must name a preset (known: ${PRESET_NAMES.join(', ')}) or the relative path of another configuration file (got ${got})`;
      problems.push({ source, key: 'extends', message });
    }
  }

  if (raw.preset !== undefined) {
    if (!broken('preset')) {
      config.preset = raw.preset as PresetName;
      config.requiredSections = [...PRESETS[config.preset].requiredSections];
    } else {
      problems.push({ source, key: 'preset', message: `unknown preset ${JSON.stringify(raw.preset)} (known: ${PRESET_NAMES.join(', ')})` });
    }
  }

  if (raw.requiredSections !== undefined) {
    const sectionErrors = errors.get('requiredSections') ?? [];
    if (sectionErrors.some((e) => e.keyword !== 'enum')) keyProblem('requiredSections');
    else {
      const required = raw.requiredSections as string[];
      const bad = required.filter((k) => !SECTION_KINDS.has(k));
      if (bad.length) problems.push({ source, key: 'requiredSections', message: `unknown section kind ${bad.map((b) => JSON.stringify(b)).join(', ')} (known: ${CANONICAL_ORDER.join(', ')})` });
      const valid = required.filter((k) => SECTION_KINDS.has(k)) as SectionKind[];
      // A list with nothing usable keeps the preset's sections rather than requiring none.
      if (valid.length || required.length === 0) config.requiredSections = valid;
    }
  }

  const byId = new Map(rules.map((r) => [r.id, r]));
  // Option problems come last, with those the rules' own checks find.
  const optionProblems: Problems = [];
  if (raw.rules !== undefined) {
    const ruleErrors = errors.get('rules') ?? [];
    if (!isRecord(raw.rules)) keyProblem('rules');
    else {
      for (const [id, value] of Object.entries(raw.rules)) {
        const rule = byId.get(id);
        if (!rule) {
          problems.push({ source, key: `rules.${id}`, message: `unknown rule \`${id}\` (known: ${[...byId.keys()].join(', ')})` });
          continue;
        }
        const setting = ruleSetting(value, rule, ruleErrors.filter((e) => e.path[1] === id), source, problems, optionProblems);
        if (setting) config.rules[id] = { severity: setting.severity, options: { ...config.rules[id]?.options, ...setting.options } };
      }
    }
  }

  const list = (key: string): string[] | undefined => {
    if (raw[key] === undefined) return undefined;
    if (broken(key)) {
      keyProblem(key);
      return undefined;
    }
    return raw[key] as string[];
  };

  // Shorthands shared with the editor settings.
  const blame = list('blameTerms');
  const allowed = list('allowedTerms');
  if (blame || allowed) {
    const current = config.rules['blame-language'] ?? { severity: 'warning', options: {} };
    const opts = { ...current.options };
    if (blame) opts.extraTerms = Array.isArray(opts.extraTerms) ? [...opts.extraTerms, ...blame] : blame;
    if (allowed) opts.allowedTerms = Array.isArray(opts.allowedTerms) ? [...opts.allowedTerms, ...allowed] : allowed;
    config.rules['blame-language'] = { ...current, options: opts };
  }
  if (raw.fiveWhysDepth !== undefined) {
    if (broken('fiveWhysDepth')) keyProblem('fiveWhysDepth');
    else {
      const current = config.rules['five-whys'] ?? { severity: 'warning', options: {} };
      config.rules['five-whys'] = { ...current, options: { ...current.options, minimum: raw.fiveWhysDepth } };
    }
  }

  // Patterns the schema cannot judge: a glob picomatch cannot compile, a blank or overlong one.
  const globs = list('postmortemGlobs');
  if (globs) {
    const bad = globs.filter((g) => !validGlob(g));
    if (bad.length) problems.push({ source, key: 'postmortemGlobs', message: `invalid glob pattern ${bad.map((b) => JSON.stringify(b)).join(', ')}` });
    config.postmortemGlobs = globs.filter(validGlob);
  }

  const ignores = list('ignores');
  if (ignores) {
    const bad = ignores.filter((g) => !g.trim() || g.length > 500);
    if (bad.length) problems.push({ source, key: 'ignores', message: `invalid ignore pattern ${bad.map((b) => JSON.stringify(b)).join(', ')}` });
    config.ignores = ignores.filter((g) => g.trim() && g.length <= 500);
  }

  for (const key of ['maxFileSize', 'analysisTimeoutMs', 'language'] as const) {
    if (raw[key] === undefined) continue;
    if (broken(key)) keyProblem(key);
    else (config as unknown as Record<string, unknown>)[key] = raw[key];
  }

  problems.push(...optionProblems);
  // Each rule checks its own options against its metadata, so bad keys and patterns fail loudly and early.
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    if (!setting) continue;
    const { options, problems: ruleProblems } = checkRuleOptions(rule, setting.options);
    for (const message of ruleProblems) problems.push({ source, key: `rules.${rule.id}`, message: `\`${rule.id}\`: ${message}` });
    setting.options = options as Record<string, unknown>;
  }
  return { config, problems };
}
