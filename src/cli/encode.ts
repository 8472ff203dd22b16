import { decodeDocument } from './read.js';

/** How a file's bytes hold its text, as decodeDocument reads them. */
export type Encoding = 'utf-8' | 'utf-8 with BOM' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** The encoding decodeDocument reads the bytes as (tested in its order). */
export function encodingOf(bytes: Uint8Array): Encoding {
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'utf-32le';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8 with BOM';
  return 'utf-8';
}

/** True for the encodings whose byte order mark decodeDocument drops from the text. */
export const hasBom = (encoding: Encoding): boolean => encoding !== 'utf-8';

function utf32(text: string, littleEndian: boolean): Buffer {
  const points = Array.from(text, (c) => c.codePointAt(0)!);
  const out = Buffer.alloc(4 + 4 * points.length);
  const write = littleEndian ? out.writeUInt32LE.bind(out) : out.writeUInt32BE.bind(out);
  write(0xfeff, 0);
  points.forEach((cp, i) => write(cp, 4 + 4 * i));
  return out;
}

/** The bytes of `text` in `encoding`, byte order mark included. */
export function encodeDocument(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8 with BOM':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'utf-32le':
      return utf32(text, true);
    case 'utf-32be':
      return utf32(text, false);
  }
}

/**
 * The text of a file and how to write it back, or why it cannot be: a file
 * whose bytes do not decode and encode back to themselves (invalid UTF-8, an
 * odd byte in UTF-16, a lone surrogate) would lose those bytes if rewritten.
 */
export function decodeForWriting(bytes: Buffer): { text: string; encoding: Encoding } | { problem: string } {
  const encoding = encodingOf(bytes);
  const decoded = decodeDocument(bytes, { force: true });
  if (decoded.kind !== 'text') return { problem: 'it could not be read as text' };
  if (decoded.warning || !encodeDocument(decoded.text, encoding).equals(bytes)) {
    return { problem: `its bytes are not valid ${encoding.replace(' with BOM', '')}, so it cannot be written back without changing them; save it as UTF-8 first` };
  }
  return { text: decoded.text, encoding };
}
