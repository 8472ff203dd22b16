import type { TextDocument } from 'vscode-languageserver-textdocument';
import { textHash } from '../core/board/hash.js';
import { modelOf } from '../core/lint/lint.js';
import type { ModelFilesResult } from '../protocol.js';
import type { Analyses } from './analyses.js';
import type { ServerConfigs } from './configs.js';
import type { ServerHost } from './host.js';

/** Lets other requests and notifications in between two files: a folder of big postmortems must not stall diagnostics. */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The models of files for the workspace index: an open document's from its
 * analysis, a closed file's read through the host (a regular file, at most
 * about maxFileSize) and modelled without the rules.
 */
export async function modelFiles(uris: readonly string[], deps: { analyses: Analyses; configs: ServerConfigs; host: ServerHost; open: (uri: string) => TextDocument | undefined }): Promise<ModelFilesResult> {
  const out: ModelFilesResult = [];
  for (const uri of uris) {
    const document = deps.open(uri);
    if (document) {
      const analysis = await deps.analyses.get(document);
      out.push(analysis ? { uri, model: analysis.result.model, hash: textHash(document.getText()) } : null);
      continue;
    }
    const { config, globPath } = await deps.configs.forDocument(uri);
    // UTF-8 needs at most 4 bytes a character: a larger file cannot be within maxFileSize.
    const read = await deps.host.readFile(uri, 4 * (config.maxFileSize + 1));
    if (!('text' in read)) {
      out.push(null);
      continue;
    }
    try {
      out.push({ uri, model: modelOf(read.text, { path: globPath, config }), hash: textHash(read.text) });
    } catch (error) {
      deps.host.log(`[index] ${uri}: ${(error as Error).message}`);
      out.push(null);
    }
    await breathe();
  }
  return out;
}
