import { CANONICAL_ORDER } from '../model/section-kinds.js';
import type { AnyRule as Rule, SchemaFragment } from '../rules/define.js';
import { PRESET_NAMES, PRESETS } from './presets.js';

/** Where the schema is published; `$schema` in a config file may point here (or at a local copy). */
export const CONFIG_SCHEMA_ID = 'https://raw.githubusercontent.com/postmortem-tools/postmortem-assistant/main/schemas/postmortemrc.schema.json';

/** The keys a configuration may have (the schema's properties), in the order messages list them. */
export const CONFIG_KEYS = ['$schema', 'preset', 'requiredSections', 'rules', 'blameTerms', 'allowedTerms', 'fiveWhysDepth', 'postmortemGlobs', 'ignores', 'maxFileSize', 'analysisTimeoutMs', 'language', 'extends'];

/**
 * Messages for a value a key's schema refuses, the same in the editor (as
 * `errorMessage`) and in the command line's and the server's problems.
 */
export const KEY_MESSAGES: Record<string, string> = {
  $schema: '`$schema` must be a string: the address of this schema',
  extends: '`extends` must name a preset or the relative path of another configuration file',
  requiredSections: '`requiredSections` must be a list of strings',
  rules: '`rules` must be an object mapping rule ids to severities',
  blameTerms: '`blameTerms` must be a list of strings',
  allowedTerms: '`allowedTerms` must be a list of strings',
  fiveWhysDepth: '`fiveWhysDepth` must be a whole number from 1 to 20',
  postmortemGlobs: '`postmortemGlobs` must be a list of strings',
  ignores: '`ignores` must be a list of strings',
  maxFileSize: '`maxFileSize` must be a positive number of characters',
  analysisTimeoutMs: '`analysisTimeoutMs` must be a whole number of milliseconds, 1 or more',
  language: '`language` must be "auto", "en" or "ko"',
};

/**
 * Every severity a rule's setting takes, as resolve.ts reads them: the
 * documented four first, then numbers and booleans (0 off, 1 warning,
 * 2 error), then the aliases other linters use.
 */
export const SEVERITY_VALUES = ['off', 'info', 'warning', 'error', 0, 1, 2, false, true, 'warn', 'on', 'information', 'hint'] as const;

/** Descriptions of the keys that are also editor settings (`postmortem.*`), by config key. */
export type SettingDescriptions = Partial<Record<string, string>>;

const stringList = (key: string, description: string): SchemaFragment => ({
  type: 'array',
  items: { type: 'string' },
  description,
  errorMessage: KEY_MESSAGES[key],
});

function ruleSchema(rule: Rule): Record<string, unknown> {
  const severity = { $ref: '#/definitions/severity' };
  const options: Record<string, unknown> = {
    type: 'object',
    properties: rule.optionsSchema ?? {},
    additionalProperties: false,
    ...(rule.optionsSchema && Object.keys(rule.optionsSchema).length ? {} : { description: 'This rule takes no options.' }),
  };
  return {
    description: `${rule.description} Default: ${rule.defaultSeverity}. ${rule.url}`,
    anyOf: [
      severity,
      { type: 'array', description: '[severity, options]', minItems: 1, items: [severity, options] },
      {
        type: 'object',
        description: '{ severity, options }',
        properties: { severity, options },
        additionalProperties: false,
      },
    ],
  };
}

/**
 * The JSON Schema (draft-07) of `.postmortemrc.*`, built from the rules'
 * metadata: `schemas/postmortemrc.schema.json` is this, written out by
 * `scripts/config-schema.ts`; the validator the core runs is compiled from it.
 */
export function buildConfigSchema(rules: Rule[], settings: SettingDescriptions = {}): Record<string, unknown> {
  const kinds = [...CANONICAL_ORDER, 'other'];
  const describe = (key: string, fallback: string) => settings[key] ?? fallback;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'Postmortem Assistant configuration (.postmortemrc.json, .postmortemrc.yaml, .postmortemrc)',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The schema this file follows, for editors.', errorMessage: KEY_MESSAGES.$schema },
      extends: {
        type: 'string',
        description: `A preset (${PRESET_NAMES.join(', ')}), or the path of another configuration file relative to this one, whose settings this file starts from and overrides.`,
        examples: [...PRESET_NAMES, '../.postmortemrc.json'],
        errorMessage: KEY_MESSAGES.extends,
      },
      preset: {
        type: 'string',
        enum: PRESET_NAMES,
        enumDescriptions: PRESET_NAMES.map((p) => PRESETS[p].description),
        default: 'default',
        description: describe('preset', 'Which sections are required.'),
      },
      requiredSections: {
        type: 'array',
        items: { type: 'string', enum: kinds },
        description: describe('requiredSections', 'Sections every postmortem must have; overrides the preset.'),
        errorMessage: KEY_MESSAGES.requiredSections,
      },
      rules: {
        type: 'object',
        description: describe('rules', 'Rule severities and options.'),
        properties: Object.fromEntries(rules.map((r) => [r.id, ruleSchema(r)])),
        additionalProperties: false,
        errorMessage: KEY_MESSAGES.rules,
      },
      blameTerms: stringList('blameTerms', describe('blameTerms', 'Extra words or phrases that blame a person.')),
      allowedTerms: stringList('allowedTerms', describe('allowedTerms', 'Phrases never reported as blame.')),
      fiveWhysDepth: {
        type: 'integer',
        minimum: 1,
        maximum: 20,
        default: 5,
        description: describe('fiveWhysDepth', 'How many whys the 5-Whys chain needs.'),
        errorMessage: KEY_MESSAGES.fiveWhysDepth,
      },
      postmortemGlobs: stringList('postmortemGlobs', describe('postmortemGlobs', 'Glob patterns of files that are postmortems.')),
      ignores: stringList('ignores', 'Gitignore-style patterns, relative to this file\'s folder, of files never linted.'),
      maxFileSize: {
        type: 'number',
        exclusiveMinimum: 0,
        default: 1_000_000,
        description: describe('maxFileSize', 'Documents longer than this many characters get one message instead of a full analysis.'),
        errorMessage: KEY_MESSAGES.maxFileSize,
      },
      analysisTimeoutMs: {
        type: 'integer',
        minimum: 1,
        maximum: 2 ** 31 - 1,
        default: 10_000,
        description: 'How long the command-line tool lets one document\'s analysis run before stopping it, in milliseconds.',
        errorMessage: KEY_MESSAGES.analysisTimeoutMs,
      },
      language: {
        type: 'string',
        enum: ['auto', 'en', 'ko'],
        default: 'auto',
        description: describe('language', 'Language of lint messages: the document\'s own (`auto`), English or Korean.'),
        errorMessage: KEY_MESSAGES.language,
      },
    },
    additionalProperties: false,
    definitions: {
      severity: {
        description: 'off, info, warning or error; 0 (off), 1 (warning), 2 (error); false (off), true (warning).',
        enum: [...SEVERITY_VALUES],
      },
    },
  };
}
