/**
 * The custom requests between the language server and its clients, typed
 * once for both sides. Standard LSP features need no entry here.
 */
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { Recurring } from './core/insights/recurring.js';
import type { LintResult } from './core/lint/lint.js';
import type { PostmortemModel } from './core/model/types.js';

/** The server's name, in `serverInfo` and as the name of its browser Worker. */
export const SERVER_NAME = 'postmortem-language-server';

/** `postmortem/model`: the analysis of an open document at (at least) a version. */
export const MODEL_REQUEST = 'postmortem/model';

export interface ModelParams {
  uri: string;
  /** The client's document version; the server answers for this version or a newer one. */
  version: number;
}

export interface ModelResult {
  uri: string;
  version: number;
  result: LintResult;
  /** A hash of the text analysed (core/board/hash.ts), so the editor need not read a long document again to tell versions apart. */
  hash: number;
}

/**
 * `postmortem/modelFiles`: the models of files (open or not), for an index of
 * the workspace; the server reads and models them, so the editor never parses.
 */
export const MODEL_FILES_REQUEST = 'postmortem/modelFiles';

export interface ModelFilesParams {
  uris: string[];
}

/** Per URI, in order: the model and a hash of the text it was made from, or null when the file cannot be read. */
export type ModelFilesResult = Array<{ uri: string; model: PostmortemModel; hash: number } | null>;

/** `postmortem/lintFiles`: the full analysis of files (open or not), for Lint All Postmortems. */
export const LINT_FILES_REQUEST = 'postmortem/lintFiles';

/** Per URI, in order: the diagnostics of a postmortem (as published for open documents), or null for a file that is not one or cannot be read. */
export type LintFilesResult = Array<{ uri: string; diagnostics: Diagnostic[] } | null>;

/**
 * `postmortem/related`: the earlier postmortems of the workspace most like one
 * (open, or a file the server has modelled), best first, each with the words
 * both lean on. Null when the document is not a postmortem the server knows.
 */
export const RELATED_REQUEST = 'postmortem/related';

export interface RelatedParams {
  uri: string;
  /** How many to return at most (default 5, at most 20). */
  limit?: number;
}

export interface RelatedIncidentInfo {
  uri: string;
  title: string;
  /** YYYY-MM-DD when known. */
  date: string | null;
  /** The cosine of the two documents' weighted terms, 0–100. */
  score: number;
  /** The words both documents lean on, most telling first. */
  sharedTerms: string[];
}

export type RelatedResult = RelatedIncidentInfo[] | null;

/**
 * `postmortem/recurring`: across the postmortems of `uris` that the server has
 * read (the client's workspace index), the fixes promised again while the
 * earlier promise is still open and the systems named most, for the insights.
 * Paths in the answer are the uris.
 */
export const RECURRING_REQUEST = 'postmortem/recurring';

export interface RecurringParams {
  uris: string[];
}

export type RecurringResult = Recurring;

/**
 * `postmortem/published`: sent right after the diagnostics of a document version were published (a status bar or a test can wait on it),
 * also when they were the same as the last ones and so not sent again (`unchanged`).
 */
export const PUBLISHED_NOTIFICATION = 'postmortem/published';

export interface PublishedParams {
  uri: string;
  version: number;
  count: number;
  /** The version's diagnostics equal the ones last published for the document, which the client still shows. */
  unchanged?: boolean;
}

/** `postmortem/configChanged`: the client saw a config file or a setting change (clients without file watching). */
export const CONFIG_CHANGED_NOTIFICATION = 'postmortem/configChanged';

/**
 * `postmortem/readFile` (server to client): a file's text, read by the client.
 * A server without a file system (in a browser Worker) reads this way the
 * config files and the Markdown files it models or lints for the workspace; the
 * Node server reads them itself.
 */
export const READ_FILE_REQUEST = 'postmortem/readFile';

export interface ReadFileParams {
  uri: string;
  /** Larger files are refused with an error, as are folders, pipes and devices (see ReadFileResult). */
  maxBytes: number;
}

/** The text (UTF-8) of a regular file, or that nothing is there, or why it cannot be read. */
export type ReadFileResult = { text: string } | { missing: true } | { error: string };

/** The settings section the server asks for with `workspace/configuration`. */
export const SETTINGS_SECTION = 'postmortem';

/**
 * The shape of that section: the config file's keys (as in `.postmortemrc.json`),
 * plus when to lint. Clients send only what the user set.
 */
export interface ServerSettings {
  enable?: boolean;
  run?: 'onType' | 'onSave';
  [configKey: string]: unknown;
}

/** What a client may pass as `initializationOptions`. */
export interface InitializationOptions {
  locale?: string;
  settings?: ServerSettings;
  debounceMs?: number;
  /** A client command that shows a rule's documentation given its id: the server then offers "Show documentation" actions. */
  ruleDocCommand?: string;
  /**
   * A client command given a document URI and a range that turns the range into a snippet tab stop: the server then
   * runs it after a fix that inserts a value only the user can write (`owner: @owner`), so typing replaces it.
   */
  placeholderCommand?: string;
}
