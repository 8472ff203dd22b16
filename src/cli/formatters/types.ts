import type { LintMessage } from '../../core/lint/types.js';

/** The outcome for one linted file, as every formatter receives it. */
export interface FileReport {
  /** Absolute path. */
  path: string;
  /** Relative to the working folder when inside it, with the platform's separators. */
  display: string;
  /** Same, with forward slashes: for JSON and SARIF, which must not depend on the platform. */
  posix: string;
  messages: LintMessage[];
}

export interface RunSummary {
  linted: number;
  /** Files found in folders or by globs that are not postmortems. */
  skipped: number;
  /** Warnings and infos left out by --quiet. */
  hidden: number;
}
