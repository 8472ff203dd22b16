import type { ReadFileResult } from '../protocol.js';

/** What the server needs from where it runs: file reads (Node `fs`, or the editor's file system in a browser) and the date. */
export type HostRead = ReadFileResult;

export interface ServerHost {
  /** Reads a file by URI (a config file, or a Markdown file for the index): a regular file of at most `maxBytes`, as UTF-8. */
  readFile(uri: string, maxBytes: number): Promise<HostRead>;
  /** Today in the user's time zone, YYYY-MM-DD. */
  today(): string;
  /** Where the server logs what a user should never see as a message (a rule that threw). */
  log(message: string): void;
}
