import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { modelOf } from '../core/lint/lint.js';
import { RelatedIndex, type RelatedIncident } from '../core/related/index.js';
import { ConfigCache, ConfigReadError } from './config-cache.js';
import { expandArguments } from './files.js';
import { applyIgnoreFile } from './ignore-file.js';
import type { CliIO } from './io.js';
import { detectionPath, displayPath, toPosix } from './paths.js';
import { readDocument } from './read.js';

export const RELATED_HELP = `Usage: postmortem-lint related FILE [files, folders or globs...] [options]

Lists the earlier postmortems most like FILE (same cause or affected
systems), best first, with the words they share. The others are searched in
the files, folders and globs given, else in the current folder and below.
Postmortems dated after FILE are left out.

Options:
  -f, --format <text|json>  Output format (default: text)
  -n, --limit <n>           How many to list (default: 5)
  -c, --config <file>       Use this config file instead of searching for one
  -h, --help                Show this help
`;

interface Read {
  path: string;
  text: string;
}

function readText(path: string, maxChars: number, note: (line: string) => void, cwd: string): Read | null {
  const read = readDocument(path, { maxChars, force: true });
  if (read.kind === 'text') return { path, text: read.text };
  note(`${displayPath(path, cwd)}: ${read.kind === 'binary' ? 'skipped: this looks like a binary file' : read.message}`);
  return null;
}

function formatText(file: string, date: string | null, results: RelatedIncident[], searched: number): string {
  const head = `Earlier postmortems like ${file}${date ? ` (${date})` : ''}:`;
  if (!results.length) return `${head}\n  none found among ${searched} other postmortem${searched === 1 ? '' : 's'}.\n`;
  const lines = results.flatMap((r, i) => [
    `  ${i + 1}. ${r.uri}${r.date ? `  ${r.date}` : ''}  (score ${r.score})`,
    `     ${r.title}`,
    `     shared: ${r.sharedTerms.join(', ')}`,
  ]);
  return [head, ...lines, ''].join('\n');
}

/** `postmortem-lint related FILE [paths...]`: returns the exit code (0, or 2 for bad usage or an unreadable FILE). */
export function runRelated(argv: string[], io: CliIO): number {
  const note = (line: string) => void io.stderr.write(line + '\n');
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string', short: 'f' }, limit: { type: 'string', short: 'n' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    note(`postmortem-lint related: ${String((error as Error).message).replace(/\. To specify a positional argument.*$/s, '')}\nRun \`postmortem-lint related --help\` for usage.`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout.write(RELATED_HELP);
    return 0;
  }
  const format = (v.format ?? 'text').toLowerCase();
  const limit = v.limit === undefined ? 5 : Number(v.limit);
  const [file, ...paths] = parsed.positionals;
  const usage = !file
    ? 'needs the postmortem to compare: postmortem-lint related FILE [paths...]'
    : format !== 'text' && format !== 'json'
      ? `unknown format "${v.format}" (use text or json)`
      : !Number.isInteger(limit) || limit < 1
        ? `--limit must be a whole number, 1 or more (got "${v.limit}")`
        : null;
  if (usage) {
    note(`postmortem-lint related: ${usage}`);
    return 2;
  }

  let configs: ConfigCache;
  try {
    configs = new ConfigCache(() => undefined, v.config, io.cwd);
  } catch (error) {
    if (!(error instanceof ConfigReadError)) throw error;
    note(`postmortem-lint: ${error.message}`);
    return 2;
  }
  const abs = resolve(io.cwd, file!);
  if (!statSync(abs, { throwIfNoEntry: false })?.isFile()) {
    note(`postmortem-lint related: no such file: ${file}`);
    return 2;
  }

  const expansion = expandArguments(paths.length ? paths : ['.'], io.cwd);
  for (const warning of [...expansion.warnings, ...expansion.errors]) note(`postmortem-lint: ${warning}`);
  const targets = applyIgnoreFile(expansion.targets, io.cwd, note).filter((t) => t.path !== abs);

  const index = new RelatedIndex();
  const name = (path: string) => toPosix(displayPath(path, io.cwd));
  const add = (read: Read, always: boolean) => {
    const applied = configs.forDocument(read.path);
    const model = modelOf(read.text, { path: detectionPath(read.path, io.cwd, applied.path && dirname(applied.path)), config: applied.config });
    // Notes and READMEs beside the postmortems are not incidents.
    if (!model.isPostmortem && !always) return null;
    return index.addModel({ uri: name(read.path), text: read.text, model });
  };
  const own = readText(abs, configs.forDocument(abs).config.maxFileSize, note, io.cwd);
  if (!own) return 2;
  for (const t of targets) {
    const read = readText(t.path, configs.forDocument(t.path).config.maxFileSize, note, io.cwd);
    if (read) add(read, false);
  }
  const searched = index.size;
  const doc = add(own, true)!;
  const results = index.related(doc, { limit });
  io.stdout.write(
    format === 'json'
      ? JSON.stringify({ file: doc.uri, title: doc.title, date: doc.date, related: results.map((r) => ({ path: r.uri, title: r.title, date: r.date, score: r.score, sharedTerms: r.sharedTerms })) }, null, 2) + '\n'
      : formatText(doc.uri, doc.date, results, searched),
  );
  return 0;
}
