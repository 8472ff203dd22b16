/** What the server needs from where it runs: file reads (Node `fs`, or the editor's file system in a browser) and the date. */
export type HostRead = { text: string } | { missing: true } | { error: string };

export interface ServerHost {
  /** Reads a config file by URI: a regular file of at most `maxBytes`, as UTF-8. */
  readFile(uri: string, maxBytes: number): Promise<HostRead>;
  /** Today in the user's time zone, YYYY-MM-DD. */
  today(): string;
  /** Where the server logs what a user should never see as a message (a rule that threw). */
  log(message: string): void;
}
