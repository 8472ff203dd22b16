import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Test hooks, set only by tests through CliIO (never from arguments, files or the environment). */
export interface WriteTestHooks {
  /**
   * Called once the temporary file is written and closed, before the file is
   * compared with what was read and replaced: throwing stands for a failure
   * there, writing to `path` for an editor saving the file meanwhile.
   */
  beforeRename?(tempPath: string, path: string): void;
}

export type WriteOutcome = { kind: 'written' } | { kind: 'changed' } | { kind: 'error'; message: string };

function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOENT':
      return 'the file is gone';
    default:
      return e.code ?? e.message;
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

/**
 * Replaces a file's content with `bytes`, or leaves it exactly as it was: the
 * bytes go to a temporary file in the same folder (so the rename stays on one
 * file system), which then takes the original's place in one rename. A
 * symbolic link is kept: the file it leads to is replaced. The original's
 * mode (and owner, where allowed) carry over. When the file no longer holds
 * `expected` (it was saved meanwhile), nothing is replaced.
 */
export function writeAtomic(path: string, bytes: Uint8Array, expected: Uint8Array, hooks: WriteTestHooks = {}): WriteOutcome {
  let target: string;
  let mode: number;
  let owner: { uid: number; gid: number };
  try {
    target = realpathSync(path);
    const stat = statSync(target);
    mode = stat.mode & 0o7777;
    owner = { uid: stat.uid, gid: stat.gid };
    // A rename would replace a read-only file all the same; refuse as writing in place would.
    accessSync(target, constants.W_OK);
  } catch (error) {
    return { kind: 'error', message: reasonOf(error) };
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let created = false;
  try {
    const fd = openSync(temp, 'wx', mode);
    created = true;
    try {
      writeAll(fd, bytes);
      // The mode given to open is reduced by the umask.
      fchmodSync(fd, mode);
      try {
        fchownSync(fd, owner.uid, owner.gid);
      } catch {
        // Only root may give a file away; the new file is then the user's own.
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    hooks.beforeRename?.(temp, target);
    // Compared just before the rename, so a save made while the file was linted is not overwritten.
    if (!readFileSync(target).equals(expected)) {
      unlinkSync(temp);
      created = false;
      return { kind: 'changed' };
    }
    renameSync(temp, target);
    created = false;
  } catch (error) {
    if (created) {
      try {
        unlinkSync(temp);
      } catch {
        // Already gone, or the folder is not writable any more; nothing else to do.
      }
    }
    return { kind: 'error', message: reasonOf(error) };
  }
  try {
    // Makes the rename itself durable; not possible on every platform (Windows), and not needed for correctness.
    const dir = openSync(dirname(target), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // See above.
  }
  return { kind: 'written' };
}
