import * as vscode from 'vscode';
import { RECURRING_REQUEST, type RecurringParams, type RecurringResult, RELATED_REQUEST, type RelatedIncidentInfo, type RelatedParams, type RelatedResult } from '../protocol.js';
import type { PostmortemClient } from './client.js';
import { getChannel } from './config-service.js';

/** Asks the language server for the earlier postmortems most like one; null when it is not a postmortem the server knows. */
export type RelatedSource = (uri: vscode.Uri) => Promise<RelatedIncidentInfo[] | null>;

export function relatedSource(client: PostmortemClient): RelatedSource {
  return async (uri) => {
    await client.start();
    const params: RelatedParams = { uri: client.code2ProtocolConverter.asUri(uri) };
    return client.sendRequest<RelatedResult>(RELATED_REQUEST, params).catch((error: unknown) => {
      getChannel().appendLine(`[related] ${String((error as Error)?.message ?? error)}`);
      return null;
    });
  };
}

/** Asks the language server what recurs across postmortems (fixes promised again, systems named most); null when it cannot say. */
export type RecurringSource = (uris: readonly vscode.Uri[]) => Promise<RecurringResult | null>;

export function recurringSource(client: PostmortemClient): RecurringSource {
  return async (uris) => {
    await client.start();
    const params: RecurringParams = { uris: uris.map((u) => client.code2ProtocolConverter.asUri(u)) };
    return client.sendRequest<RecurringResult>(RECURRING_REQUEST, params).catch((error: unknown) => {
      getChannel().appendLine(`[recurring] ${String((error as Error)?.message ?? error)}`);
      return null;
    });
  };
}
