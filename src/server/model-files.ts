import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintFilesResult, ModelFilesResult } from '../protocol.js';
import type { Analyses } from './analyses.js';
import type { ServerConfigs } from './configs.js';
import { toDiagnostic } from './diagnostics.js';
import type { ServerHost } from './host.js';
import type { WorkspaceRelated } from './related.js';
import type { FileModeller } from './runner.js';

/** Lets other requests and notifications in between two files: a folder of big postmortems must not stall diagnostics. */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The models of files for the workspace index: an open document's from its
 * analysis, a closed file's read through the host (a regular file, at most
 * about maxFileSize) and modelled without the rules.
 */
interface Deps {
  analyses: Analyses;
  configs: ServerConfigs;
  host: ServerHost;
  open: (uri: string) => TextDocument | undefined;
  /** Where the files read here are kept for related incidents and repeated fixes. */
  related?: WorkspaceRelated;
  /** Where closed files are modelled (on Node a worker; in a browser this thread). */
  modeller: FileModeller;
}

/** A closed file's text, read through the host: a regular file that can be within maxFileSize. */
async function readClosed(uri: string, deps: Deps) {
  const applied = await deps.configs.forDocument(uri);
  if (applied.ignored) return { ...applied, text: undefined };
  // UTF-8 needs at most 4 bytes a character: a larger file cannot be within maxFileSize.
  const read = await deps.host.readFile(uri, 4 * (applied.config.maxFileSize + 1));
  return { ...applied, text: 'text' in read ? read.text : undefined };
}

export async function modelFiles(uris: readonly string[], deps: Deps): Promise<ModelFilesResult> {
  const out: ModelFilesResult = [];
  for (const uri of uris) {
    const document = deps.open(uri);
    if (document) {
      const analysis = await deps.analyses.get(document);
      out.push(analysis ? { uri, model: analysis.result.model, hash: analysis.hash() } : null);
      continue;
    }
    const { config, globPath, text } = await readClosed(uri, deps);
    if (text === undefined) {
      out.push(null);
      continue;
    }
    try {
      const { model, reading } = await deps.modeller.model(text, { uri, path: globPath, config });
      // Opened meanwhile: its analysis keeps the index current from its own text.
      if (!deps.open(uri)) deps.related?.put(uri, reading);
      out.push({ uri, model, hash: reading.hash });
    } catch (error) {
      deps.host.log(`[index] ${uri}: ${(error as Error).message}`);
      out.push(null);
    }
    await breathe();
  }
  deps.related?.flush();
  return out;
}

/** The full analysis of files for Lint All Postmortems, as diagnostics: an open document's current one, a closed file's from disk. */
export async function lintFiles(uris: readonly string[], deps: Deps): Promise<LintFilesResult> {
  const out: LintFilesResult = [];
  for (const uri of uris) {
    let document = deps.open(uri);
    let result;
    if (document) result = (await deps.analyses.get(document))?.result;
    else {
      const { config, globPath, text } = await readClosed(uri, deps);
      if (text !== undefined) document = TextDocument.create(uri, 'markdown', 0, text);
      try {
        const related = deps.related?.context(uri);
        result = text === undefined ? undefined : await deps.analyses.lintClosed(uri, text, { path: globPath, config, today: deps.host.today(), ...(related ? { related } : {}) });
      } catch (error) {
        deps.host.log(`[lint] ${uri}: ${(error as Error).message}`);
      }
      await breathe();
    }
    out.push(result && result.skipped === null && document ? { uri, diagnostics: result.messages.map((m) => toDiagnostic(m, document)) } : null);
  }
  return out;
}

/**
 * A closed file as it now is on disk, for the related index: after it changed
 * on disk, or after its editor closed (its unsaved text went with it). A file
 * that is gone, unreadable or ignored leaves the index.
 */
export async function refreshClosed(uri: string, deps: Deps): Promise<void> {
  if (!deps.related || deps.open(uri)) return;
  const { config, globPath, text } = await readClosed(uri, deps);
  // It may have been opened again meanwhile: its analysis keeps it current then.
  if (deps.open(uri)) return;
  if (text === undefined) return deps.related.remove(uri);
  try {
    const { reading } = await deps.modeller.model(text, { uri, path: globPath, config });
    // Opened while it was being modelled: its analysis keeps it current then.
    if (deps.open(uri)) return;
    deps.related.put(uri, reading);
  } catch (error) {
    deps.host.log(`[index] ${uri}: ${(error as Error).message}`);
    deps.related.remove(uri);
  }
}
