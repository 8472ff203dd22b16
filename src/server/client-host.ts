import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { localToday } from '../core/clock.js';
import { READ_FILE_REQUEST, type ReadFileParams, type ReadFileResult } from '../protocol.js';
import type { ServerHost } from './host.js';

/**
 * The server's host where it has no file system (a browser Worker): config
 * files are read by the client (`postmortem/readFile`), the log goes to the
 * client's output.
 */
export const clientHost = (connection: Connection): ServerHost => ({
  async readFile(uri: string, maxBytes: number): Promise<ReadFileResult> {
    const params: ReadFileParams = { uri, maxBytes };
    try {
      const answer = (await connection.sendRequest(READ_FILE_REQUEST, params)) as ReadFileResult | null;
      if (answer && typeof answer === 'object') {
        if ('text' in answer && typeof answer.text === 'string') return { text: answer.text };
        if ('error' in answer && typeof answer.error === 'string') return { error: answer.error };
      }
      return { missing: true };
    } catch (error) {
      // A client that cannot read files has no config files to offer: the settings alone apply.
      if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) return { missing: true };
      return { error: `the editor could not read it (${(error as Error)?.message ?? String(error)})` };
    }
  },
  today: localToday,
  log: (message) => connection.console.error(message),
});
