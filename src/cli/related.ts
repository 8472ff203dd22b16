import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { RelatedIndex, type RelatedIncident } from '../core/related/index.js';
import { parseSubcommand } from './subcommand.js';
import type { CliIO } from './io.js';
import { openConfigs, readModel, readPostmortems } from './postmortem-set.js';

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
  const parsed = parseSubcommand('related', argv, { format: { type: 'string', short: 'f' }, limit: { type: 'string', short: 'n' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } }, RELATED_HELP, io);
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
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

  const configs = openConfigs(v.config, io, note);
  if (!configs) return 2;
  const abs = resolve(io.cwd, file!);
  if (!statSync(abs, { throwIfNoEntry: false })?.isFile()) {
    note(`postmortem-lint related: no such file: ${file}`);
    return 2;
  }
  const own = readModel(abs, configs, io, note);
  if (!own) return 2;
  // Notes and READMEs beside the postmortems are not incidents; the file asked about always counts.
  const found = readPostmortems(paths, configs, io, note);
  for (const u of found.usage) note(`postmortem-lint: ${u}`);
  const index = new RelatedIndex();
  for (const p of found.postmortems) if (p.path !== abs) index.addModel({ uri: p.name, text: p.text, model: p.model });
  const searched = index.size;
  const doc = index.addModel({ uri: own.name, text: own.text, model: own.model });
  const results = index.related(doc, { limit });
  io.stdout.write(
    format === 'json'
      ? JSON.stringify({ file: doc.uri, title: doc.title, date: doc.date, related: results.map((r) => ({ path: r.uri, title: r.title, date: r.date, score: r.score, sharedTerms: r.sharedTerms })) }, null, 2) + '\n'
      : formatText(doc.uri, doc.date, results, searched),
  );
  return 0;
}
