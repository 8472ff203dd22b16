/**
 * "linted 340/1000 files" on stderr, rewritten in place with `\r` while a long
 * run goes on. Only on a terminal, and only once the run has lasted a second,
 * so short runs, pipes and CI logs never see it. It goes to stderr whatever
 * the --format: stdout carries the report alone.
 */
export class ProgressLine {
  private readonly startedAt: number;
  private shown = 0;
  private lastDrawnAt = -Infinity;

  constructor(
    private readonly stream: { write(text: string): unknown; isTTY?: boolean },
    private readonly now: () => number = () => performance.now(),
  ) {
    this.startedAt = now();
  }

  /** Shows `done` of `total`; redrawn at most ten times a second, and always for the last file. */
  readonly update = (done: number, total: number): void => {
    if (this.stream.isTTY !== true) return;
    const now = this.now();
    if (now - this.startedAt < 1000) return;
    if (now - this.lastDrawnAt < 100 && done < total) return;
    this.lastDrawnAt = now;
    const text = `linted ${done}/${total} files`;
    // Spaces cover what a longer previous line left.
    this.stream.write('\r' + text.padEnd(this.shown));
    this.shown = text.length;
  };

  /** Removes the line, before a note is written or when the run ends. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r' + ' '.repeat(this.shown) + '\r');
    this.shown = 0;
    this.lastDrawnAt = -Infinity;
  }
}
