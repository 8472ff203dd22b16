import { dirname } from 'node:path';
import { modelOf } from '../core/lint/lint.js';
import type { PostmortemModel } from '../core/model/types.js';
import { ConfigCache, ConfigReadError } from './config-cache.js';
import { expandArguments } from './files.js';
import { applyIgnoreFile } from './ignore-file.js';
import type { CliIO } from './io.js';
import { detectionPath, displayPath, toPosix } from './paths.js';
import { readDocument } from './read.js';

export interface ReadPostmortem {
  /** Absolute path. */
  path: string;
  /** Relative to the working folder, with `/`. */
  name: string;
  text: string;
  model: PostmortemModel;
}

/** The configurations of a subcommand's run (config problems are the lint run's business); null when --config cannot be read. */
export function openConfigs(configPath: string | undefined, io: CliIO, note: (line: string) => void): ConfigCache | null {
  try {
    return new ConfigCache(() => undefined, configPath, io.cwd);
  } catch (error) {
    if (!(error instanceof ConfigReadError)) throw error;
    note(`postmortem-lint: ${error.message}`);
    return null;
  }
}

/** Reads one file and models it; a file that cannot be read is a note, not an end to the run. */
export function readModel(path: string, configs: ConfigCache, io: CliIO, note: (line: string) => void, name = toPosix(displayPath(path, io.cwd))): ReadPostmortem | null {
  const applied = configs.forDocument(path);
  const read = readDocument(path, { maxChars: applied.config.maxFileSize, force: true });
  if (read.kind !== 'text') {
    note(`${displayPath(path, io.cwd)}: ${read.kind === 'binary' ? 'skipped: this looks like a binary file' : read.message}`);
    return null;
  }
  const model = modelOf(read.text, { path: detectionPath(path, io.cwd, applied.path && dirname(applied.path)), config: applied.config });
  return { path, name, text: read.text, model };
}

/**
 * The postmortems among the files, folders and globs given (else the working
 * folder and below), ignore files applied; notes and READMEs beside them are
 * left out. `usage` is set when an argument matched nothing at all.
 */
export function readPostmortems(patterns: string[], configs: ConfigCache, io: CliIO, note: (line: string) => void): { postmortems: ReadPostmortem[]; usage: string[] } {
  const expansion = expandArguments(patterns.length ? patterns : ['.'], io.cwd);
  for (const warning of expansion.warnings) note(`postmortem-lint: ${warning}`);
  const targets = applyIgnoreFile(expansion.targets, io.cwd, note);
  const postmortems: ReadPostmortem[] = [];
  for (const t of targets) {
    const read = readModel(t.path, configs, io, note);
    if (read?.model.isPostmortem) postmortems.push(read);
  }
  return { postmortems, usage: expansion.errors };
}
