import { URI } from 'vscode-uri';
import { readRegularFile } from '../cli/read.js';
import { localToday } from '../core/clock.js';
import type { HostRead, ServerHost } from './host.js';

/** The server's host on Node: files through `fs` (regular files only, capped), the log on stderr. */
export const nodeHost = (log: (message: string) => void): ServerHost => ({
  async readFile(uri: string, maxBytes: number): Promise<HostRead> {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return { missing: true };
    const read = readRegularFile(parsed.fsPath, maxBytes, { refuseLarger: true });
    if (read.kind === 'missing') return { missing: true };
    if (read.kind === 'error') return /it is a folder/.test(read.message) ? { missing: true } : { error: read.message.replace(/^cannot read the file: /, '') };
    if (read.truncated) return { error: `it is larger than ${maxBytes.toLocaleString('en')} bytes` };
    return { text: new TextDecoder('utf-8').decode(read.bytes) };
  },
  today: localToday,
  log,
});
