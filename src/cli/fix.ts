import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { fixAllEdits, fixTypeOf } from '../core/lint/fix-all.js';
import type { LintMessage, TextEdit } from '../core/lint/types.js';
import type { FixType } from '../core/rules/define.js';
import { decodeForWriting, encodeDocument, hasBom } from './encode.js';
import { toPosix } from './paths.js';
import { byteBudget, readRegularFile } from './read.js';
import type { AnalysisOutcome } from './watchdog.js';
import { writeAtomic, type WriteTestHooks } from './write-atomic.js';

/** As in ESLint: fixes can make or unblock others, so the file is linted and fixed again, this many times at most. */
export const MAX_FIX_PASSES = 10;

/** The file's most frequent line break; LF when it has none (or on a tie with it). */
export function dominantEol(text: string): string {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    if (m[0] === '\r\n') crlf++;
    else if (m[0] === '\n') lf++;
    else cr++;
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

const endsWithBreak = (text: string) => /[\r\n]$/.test(text);

/**
 * Applies non-overlapping edits (offsets into `text`) the way the file is
 * written: the line breaks they insert are the file's dominant one, and text
 * added at the very end gets no final line break when the file had none.
 */
export function applyFixEdits(text: string, edits: readonly TextEdit[]): string {
  const eol = dominantEol(text);
  const finalBreak = endsWithBreak(text);
  // By start; insertions at one point keep their order (the sort is stable).
  const sorted = [...edits].sort((a, b) => a.start.offset - b.start.offset);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    let newText = edit.newText.replace(/\r\n|\r|\n/g, eol);
    if (!finalBreak && edit.end.offset === text.length) newText = newText.replace(/(?:\r\n|\r|\n)$/, '');
    parts.push(text.slice(at, edit.start.offset), newText);
    at = edit.end.offset;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * True when an insertion's text already stands right at its place: a rule
 * that still reports a sentence after its own rewrite was appended (a
 * question added after it) would otherwise add it again on every pass and
 * every run.
 */
export function alreadyInserted(text: string, edit: TextEdit): boolean {
  if (edit.start.offset !== edit.end.offset || !/\S/.test(edit.newText)) return false;
  const inserted = edit.newText.replace(/\r\n|\r|\n/g, dominantEol(text));
  const at = edit.start.offset;
  return text.startsWith(inserted, at) || text.slice(Math.max(0, at - inserted.length), at) === inserted;
}

/** What identifies a message's fix from one pass to the next, where its positions may have moved. */
const fixKey = (m: LintMessage) => JSON.stringify([m.ruleId, m.message, m.fixes[0]!.edits.map((e) => e.newText)]);

export interface FixerOptions {
  /** Print a diff instead of writing. */
  dryRun: boolean;
  types: readonly FixType[];
}

/**
 * `--fix` and `--fix-dry-run`: applies a file's accepted fixes after its lint,
 * lints again and repeats, then writes the result (atomically, in the file's
 * own encoding, byte order mark and line breaks) or, for a dry run, keeps its
 * diff for stdout. A file it cannot write is left as it was and reported with
 * the messages of the text as read.
 */
export class Fixer {
  /** Unified diffs of the files a dry run would change, in lint order. */
  readonly diffs: string[] = [];
  /** Files changed (or, for a dry run, that would be). */
  changed = 0;
  /** Some file could not be fixed: the run exits 2. */
  failed = false;

  constructor(
    readonly options: FixerOptions,
    private readonly note: (line: string) => void,
    private readonly hooks: WriteTestHooks = {},
  ) {}

  /**
   * Fixes one file whose text (as read) gave `messages`; `relint` analyses a
   * fixed text the way the file was. Returns the messages to report: those
   * left after the fixes, or the original ones when nothing was written.
   */
  fixFile(path: string, display: string, text: string, messages: LintMessage[], relint: (text: string) => AnalysisOutcome): LintMessage[] {
    let current = text;
    let remaining = messages;
    // A fix applied once whose message comes back did not resolve it: applying it again would not either.
    const applied = new Set<string>();
    const accept = (m: LintMessage) =>
      this.options.types.includes(fixTypeOf(m.ruleId)) && !applied.has(fixKey(m)) && !m.fixes[0]!.edits.every((e) => alreadyInserted(current, e));
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const edits = fixAllEdits(remaining, accept);
      if (!edits.length) break;
      const chosen = new Set(edits);
      for (const m of remaining) if (m.fixes[0]?.edits.some((e) => chosen.has(e))) applied.add(fixKey(m));
      const next = applyFixEdits(current, edits);
      if (next === current) break;
      const outcome = relint(next);
      if (outcome.kind !== 'done' || outcome.result.skipped !== null) {
        // The last text that could be linted is kept, so what is reported matches what is written.
        const why = outcome.kind === 'timeout' ? 'ran out of time' : outcome.kind === 'error' ? `failed: ${outcome.message}` : 'no longer saw a postmortem';
        this.note(`${display}: fixing stopped after ${pass} pass${pass === 1 ? '' : 'es'}: the analysis of the fixed text ${why}`);
        break;
      }
      for (const e of outcome.result.internalErrors ?? []) {
        this.note(`${display}: internal error in rule ${e.ruleId} (after fixes): ${e.stack}`);
        this.failed = true;
      }
      current = next;
      remaining = outcome.result.messages;
    }
    if (current === text) return messages;

    // The bytes as they are now: the text was read before the lint, and the file may have changed since.
    const read = readRegularFile(path, byteBudget(text.length + 1));
    if (read.kind !== 'bytes' || read.truncated) return this.notFixed(display, messages, 'the file changed on disk while it was linted; run again');
    const decoded = decodeForWriting(read.bytes);
    if ('problem' in decoded) {
      this.note(`${display}: not fixed: ${decoded.problem}`);
      return messages;
    }
    if (decoded.text !== text) return this.notFixed(display, messages, 'the file changed on disk while it was linted; run again');

    if (this.options.dryRun) {
      const bom = hasBom(decoded.encoding) ? '\uFEFF' : '';
      const name = toPosix(display);
      this.diffs.push(createTwoFilesPatch(`a/${name}`, `b/${name}`, bom + text, bom + current, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY }));
      this.changed++;
      return remaining;
    }
    const written = writeAtomic(path, encodeDocument(current, decoded.encoding), read.bytes, this.hooks);
    if (written.kind === 'changed') return this.notFixed(display, messages, 'the file changed on disk while it was being fixed; run again');
    if (written.kind === 'error') return this.notFixed(display, messages, `cannot write the file (${written.message}); it is unchanged`);
    this.changed++;
    return remaining;
  }

  private notFixed(display: string, messages: LintMessage[], why: string): LintMessage[] {
    this.note(`${display}: not fixed: ${why}`);
    this.failed = true;
    return messages;
  }
}
