import { readFileSync } from 'node:fs';

export type ReadResult =
  | { kind: 'text'; text: string; /** Set when the bytes were not valid UTF-8. */ warning?: string }
  | { kind: 'binary' }
  | { kind: 'error'; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/**
 * Reads a document as the editor would show it. The byte order mark is
 * dropped so columns match the editor's; UTF-16 with a BOM is decoded (its
 * NUL bytes would otherwise look binary).
 */
export function decodeDocument(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { kind: 'text', text: Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.length - 2).toString('utf16le') };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return { kind: 'text', text: swapped.swap16().toString('utf16le') };
  }
  if (bytes.includes(0)) return { kind: 'binary' };
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

export function readDocument(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const reason =
      e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a folder' : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : (e.code ?? e.message);
    return { kind: 'error', message: `cannot read the file: ${reason}` };
  }
  try {
    return decodeDocument(bytes);
  } catch (error) {
    // Strings have a size limit (about 512 MB); such a file is no postmortem anyway.
    return { kind: 'error', message: `cannot read the file: ${(error as Error).message}` };
  }
}
