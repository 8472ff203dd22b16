import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

export type ReadResult =
  | { kind: 'text'; text: string; /** Set when the bytes were not valid UTF-8 (or UTF-16/32). */ warning?: string }
  | { kind: 'binary' }
  | { kind: 'error'; message: string };

export type BytesResult =
  | { kind: 'bytes'; bytes: Buffer; /** The file holds more than the limit; only the first bytes were read. */ truncated: boolean }
  | { kind: 'missing' }
  | { kind: 'error'; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/** Opening a FIFO for reading would wait for a writer; with this flag it does not (no effect on regular files). */
const NONBLOCK = (constants as { O_NONBLOCK?: number }).O_NONBLOCK ?? 0;

/** What a non-regular file is, for the message that says it is not read. */
function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symlink loop)';
    default:
      return e.code ?? e.message;
  }
}

/**
 * Reads at most `maxBytes` bytes of a regular file. Symbolic links are
 * followed, but whatever they lead to must be a regular file: a FIFO would
 * block forever and a device such as /dev/zero never ends, so those are
 * refused with a message. The type is checked again on the open descriptor,
 * and reading stops after `maxBytes` even if the file grows meanwhile.
 */
export function readRegularFile(path: string, maxBytes: number, options: { refuseLarger?: boolean } = {}): BytesResult {
  let stat: Stats | undefined;
  try {
    stat = statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    return { kind: 'error', message: `cannot read the file: ${reasonOf(error)}` };
  }
  if (!stat) return { kind: 'missing' };
  if (stat.isDirectory()) return { kind: 'error', message: 'cannot read the file: it is a folder' };
  if (!stat.isFile()) return { kind: 'error', message: `not read: it is ${kindOf(stat)}, not a regular file` };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NONBLOCK);
  } catch (error) {
    return { kind: 'error', message: `cannot read the file: ${reasonOf(error)}` };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { kind: 'error', message: `not read: it is ${kindOf(opened)}, not a regular file` };
    const limit = Math.max(0, Math.floor(maxBytes));
    // Checked before reading; the loop below still stops at the limit if the file grows meanwhile.
    if (options.refuseLarger && opened.size > limit) return { kind: 'bytes', bytes: Buffer.alloc(0), truncated: true };
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(opened.size + 1, 64 * 1024)));
    let length = 0;
    let chunk = buffer;
    for (;;) {
      if (length === chunk.length) {
        if (length > limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const n = readSync(fd, chunk, length, chunk.length - length, null);
      if (n === 0) break;
      length += n;
    }
    const truncated = length > limit;
    return { kind: 'bytes', bytes: chunk.subarray(0, Math.min(length, limit)), truncated };
  } catch (error) {
    return { kind: 'error', message: `cannot read the file: ${reasonOf(error)}` };
  } finally {
    closeSync(fd);
  }
}

/** UTF-32 with a byte order mark, one code point per four bytes; invalid ones become U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): ReadResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let invalid = (bytes.length - 4) % 4 !== 0;
  let chunk: number[] = [];
  for (let at = 4; at + 4 <= bytes.length; at += 4) {
    let cp = view.getUint32(at, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      cp = 0xfffd;
      invalid = true;
    }
    chunk.push(cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  const text = parts.join('');
  return invalid ? { kind: 'text', text, warning: 'is not valid UTF-32; the invalid code units were read as U+FFFD (�). Save the file as UTF-8.' } : { kind: 'text', text };
}

/**
 * Reads a document as the editor would show it. The byte order mark is
 * dropped so columns match the editor's; UTF-16 and UTF-32 with a BOM are
 * decoded (their NUL bytes would otherwise look binary). NUL bytes in other
 * files mark them as binary, unless `force` asks for them to be read anyway.
 */
export function decodeDocument(bytes: Uint8Array, options: { force?: boolean } = {}): ReadResult {
  // UTF-32 LE's mark starts with UTF-16 LE's, so it is tested first.
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return decodeUtf32(bytes, true);
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return decodeUtf32(bytes, false);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { kind: 'text', text: Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.length - 2).toString('utf16le') };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return { kind: 'text', text: swapped.swap16().toString('utf16le') };
  }
  if (!options.force && bytes.includes(0)) return { kind: 'binary' };
  try {
    return { kind: 'text', text: utf8.decode(bytes) };
  } catch {
    return {
      kind: 'text',
      text: utf8Lenient.decode(bytes),
      warning: 'is not valid UTF-8; the invalid bytes were read as U+FFFD (�). Save the file as UTF-8.',
    };
  }
}

/**
 * Bytes enough for `maxChars` UTF-16 code units in any supported encoding
 * (at most 4 bytes each, in UTF-32), plus a byte order mark; below the size
 * of the longest string the runtime can hold.
 */
export function byteBudget(maxChars: number): number {
  return Math.min(4 * (Math.max(0, maxChars) + 1) + 4, 0x1fff_ffe8);
}

/**
 * Reads a document of at most `maxChars` characters. A longer one is read
 * only up to a little more than that, enough for the linter to report it as
 * too large without holding the whole file.
 */
export function readDocument(path: string, options: { maxChars?: number; force?: boolean } = {}): ReadResult {
  const read = readRegularFile(path, byteBudget(options.maxChars ?? 1_000_000));
  if (read.kind === 'missing') return { kind: 'error', message: 'cannot read the file: no such file' };
  if (read.kind === 'error') return read;
  try {
    const decoded = decodeDocument(read.bytes, options);
    // A cut-off file may end inside a character; it is reported as too large, not as mis-encoded.
    if (read.truncated && decoded.kind === 'text') delete decoded.warning;
    return decoded;
  } catch (error) {
    return { kind: 'error', message: `cannot read the file: ${(error as Error).message}` };
  }
}
