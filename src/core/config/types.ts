import type { SeveritySetting } from '../lint/types.js';
import type { Language, SectionKind } from '../model/types.js';

export type PresetName = 'default' | 'seed' | 'google-sre' | 'pagerduty' | 'atlassian';

export interface RuleConfig {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

/** The configuration after validation, with defaults filled in. */
export interface ResolvedConfig {
  preset: PresetName;
  requiredSections: SectionKind[];
  rules: Record<string, RuleConfig>;
  postmortemGlobs: string[];
  /** Gitignore-style patterns, relative to the config file's folder, of files never linted. */
  ignores: string[];
  /** Documents longer than this many characters get one message instead of a full analysis. */
  maxFileSize: number;
  /** How long the command-line tool lets one document's analysis run before stopping it, in milliseconds. */
  analysisTimeoutMs: number;
  /** Language of messages: the document's own, or forced. */
  language: Language | 'auto';
}

/** A problem found in a configuration; linting continues with defaults for that part. */
export interface ConfigProblem {
  /** The config file, or "settings". */
  source: string;
  /** Dotted path of the offending key, e.g. `rules.five-whys`. */
  key?: string;
  message: string;
  /** 1-based line in the config file, when known. */
  line?: number;
}
