import picomatch from 'picomatch/posix';
import type { SeveritySetting } from '../lint/types.js';
import { DEFAULT_POSTMORTEM_GLOBS } from '../model/detect.js';
import { CANONICAL_ORDER } from '../model/section-kinds.js';
import type { SectionKind } from '../model/types.js';
import { checkRuleOptions, type AnyRule as Rule } from '../rules/define.js';
import { PRESET_NAMES, PRESETS } from './presets.js';
import type { ConfigProblem, PresetName, ResolvedConfig, RuleConfig } from './types.js';

export const DEFAULT_MAX_FILE_SIZE = 1_000_000;
/** The command-line tool's per-file analysis budget (see docs/rules/analysis-timeout.md). */
export const DEFAULT_ANALYSIS_TIMEOUT_MS = 10_000;

const KNOWN_KEYS = [
  '$schema',
  'preset',
  'requiredSections',
  'rules',
  'blameTerms',
  'allowedTerms',
  'fiveWhysDepth',
  'postmortemGlobs',
  'ignores',
  'maxFileSize',
  'analysisTimeoutMs',
  'language',
  'extends',
];
const SECTION_KINDS = new Set<string>([...CANONICAL_ORDER, 'other']);

type Problems = ConfigProblem[];

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

function stringList(value: unknown, key: string, source: string, problems: Problems): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    problems.push({ source, key, message: `\`${key}\` must be a list of strings` });
    return undefined;
  }
  return value as string[];
}

/** Reads one rule's setting: "warning", ["warning", {…}], or {severity, options}. */
function ruleSetting(raw: unknown, rule: Rule, source: string, problems: Problems): RuleConfig | undefined {
  const key = `rules.${rule.id}`;
  let severity: unknown = raw;
  let options: unknown = {};
  if (Array.isArray(raw)) [severity, options = {}] = raw;
  else if (isRecord(raw)) ({ severity = rule.defaultSeverity, options = {} } = raw as { severity?: unknown; options?: unknown });
  const sev = severityOf(severity);
  if (!sev) {
    problems.push({ source, key, message: `\`${key}\`: severity must be one of "error", "warning", "info", "off" (got ${JSON.stringify(severity)})` });
    return undefined;
  }
  if (!isRecord(options)) {
    problems.push({ source, key, message: `\`${key}\`: options must be an object` });
    return { severity: sev, options: {} };
  }
  return { severity: sev, options };
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
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.includes(key)) problems.push({ source, key, message: `unknown setting \`${key}\` (known: ${KNOWN_KEYS.filter((k) => k !== '$schema' && k !== 'extends').join(', ')})` });
  }

  // `extends` names a preset (other files cannot be extended); `preset` wins when both are given.
  if (raw.extends !== undefined) {
    if (typeof raw.extends === 'string' && (PRESET_NAMES as string[]).includes(raw.extends)) {
      if (raw.preset === undefined) {
        config.preset = raw.extends as PresetName;
        config.requiredSections = [...PRESETS[config.preset].requiredSections];
      }
    } else {
      problems.push({ source, key: 'extends', message: `\`extends\` must name a preset (known: ${PRESET_NAMES.join(', ')}); other configuration files cannot be extended (got ${JSON.stringify(raw.extends)?.slice(0, 80)})` });
    }
  }

  if (raw.preset !== undefined) {
    if (typeof raw.preset === 'string' && (PRESET_NAMES as string[]).includes(raw.preset)) {
      config.preset = raw.preset as PresetName;
      config.requiredSections = [...PRESETS[config.preset].requiredSections];
    } else {
      problems.push({ source, key: 'preset', message: `unknown preset ${JSON.stringify(raw.preset)} (known: ${PRESET_NAMES.join(', ')})` });
    }
  }

  const required = stringList(raw.requiredSections, 'requiredSections', source, problems);
  if (required) {
    const bad = required.filter((k) => !SECTION_KINDS.has(k));
    if (bad.length) problems.push({ source, key: 'requiredSections', message: `unknown section kind ${bad.map((b) => JSON.stringify(b)).join(', ')} (known: ${CANONICAL_ORDER.join(', ')})` });
    const valid = required.filter((k) => SECTION_KINDS.has(k)) as SectionKind[];
    // A list with nothing usable keeps the preset's sections rather than requiring none.
    if (valid.length || required.length === 0) config.requiredSections = valid;
  }

  const byId = new Map(rules.map((r) => [r.id, r]));
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) problems.push({ source, key: 'rules', message: '`rules` must be an object mapping rule ids to severities' });
    else {
      for (const [id, value] of Object.entries(raw.rules)) {
        const rule = byId.get(id);
        if (!rule) {
          problems.push({ source, key: `rules.${id}`, message: `unknown rule \`${id}\` (known: ${[...byId.keys()].join(', ')})` });
          continue;
        }
        const setting = ruleSetting(value, rule, source, problems);
        if (setting) config.rules[id] = { severity: setting.severity, options: { ...config.rules[id]?.options, ...setting.options } };
      }
    }
  }

  // Shorthands shared with the editor settings.
  const blame = stringList(raw.blameTerms, 'blameTerms', source, problems);
  const allowed = stringList(raw.allowedTerms, 'allowedTerms', source, problems);
  if (blame || allowed) {
    const current = config.rules['blame-language'] ?? { severity: 'warning', options: {} };
    const opts = { ...current.options };
    // A malformed list from `rules` stays as it is, for the rule's own validation to report.
    if (blame) opts.extraTerms = Array.isArray(opts.extraTerms) ? [...opts.extraTerms, ...blame] : opts.extraTerms ?? blame;
    if (allowed) opts.allowedTerms = Array.isArray(opts.allowedTerms) ? [...opts.allowedTerms, ...allowed] : opts.allowedTerms ?? allowed;
    config.rules['blame-language'] = { ...current, options: opts };
  }
  if (raw.fiveWhysDepth !== undefined) {
    if (typeof raw.fiveWhysDepth !== 'number' || !Number.isInteger(raw.fiveWhysDepth) || raw.fiveWhysDepth < 1 || raw.fiveWhysDepth > 20) {
      problems.push({ source, key: 'fiveWhysDepth', message: '`fiveWhysDepth` must be a whole number from 1 to 20' });
    } else {
      const current = config.rules['five-whys'] ?? { severity: 'warning', options: {} };
      config.rules['five-whys'] = { ...current, options: { ...current.options, minimum: raw.fiveWhysDepth } };
    }
  }

  const globs = stringList(raw.postmortemGlobs, 'postmortemGlobs', source, problems);
  if (globs) {
    const bad = globs.filter((g) => !validGlob(g));
    if (bad.length) problems.push({ source, key: 'postmortemGlobs', message: `invalid glob pattern ${bad.map((b) => JSON.stringify(b)).join(', ')}` });
    config.postmortemGlobs = globs.filter(validGlob);
  }

  const ignores = stringList(raw.ignores, 'ignores', source, problems);
  if (ignores) {
    const bad = ignores.filter((g) => !g.trim() || g.length > 500);
    if (bad.length) problems.push({ source, key: 'ignores', message: `invalid ignore pattern ${bad.map((b) => JSON.stringify(b)).join(', ')}` });
    config.ignores = ignores.filter((g) => g.trim() && g.length <= 500);
  }

  if (raw.maxFileSize !== undefined) {
    if (typeof raw.maxFileSize !== 'number' || !(raw.maxFileSize > 0)) problems.push({ source, key: 'maxFileSize', message: '`maxFileSize` must be a positive number of characters' });
    else config.maxFileSize = raw.maxFileSize;
  }
  if (raw.analysisTimeoutMs !== undefined) {
    const t = raw.analysisTimeoutMs;
    if (typeof t !== 'number' || !Number.isInteger(t) || t < 1 || t > 2 ** 31 - 1) problems.push({ source, key: 'analysisTimeoutMs', message: '`analysisTimeoutMs` must be a whole number of milliseconds, 1 or more' });
    else config.analysisTimeoutMs = t;
  }
  if (raw.language !== undefined) {
    if (raw.language === 'auto' || raw.language === 'en' || raw.language === 'ko') config.language = raw.language;
    else problems.push({ source, key: 'language', message: '`language` must be "auto", "en" or "ko"' });
  }

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
