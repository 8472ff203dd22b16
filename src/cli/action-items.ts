import { relative, resolve } from 'node:path';
import { isCalendarDate, localToday } from '../core/clock.js';
import { parseRemote, type Remote } from '../core/tracker/issue-link.js';
import { actionItemRows, toCsv } from '../core/tracker/export.js';
import { repositoryOf } from './git-repository.js';
import type { CliIO } from './io.js';
import { toPosix } from './paths.js';
import { parseSubcommand, readSet } from './subcommand.js';

export const ACTION_ITEMS_HELP = `Usage: postmortem-lint action-items [files, folders or globs...] [options]

The open action items of the postmortems, for a tracker's import (Jira and
Linear read CSV): each item's stable id, title, owner, due date, state
(open or overdue), where it is, and, in a GitHub or GitLab repository, a link
to its line and a prefilled new-issue page. Searches the current folder and
below when no paths are given.

Options:
  -f, --format <csv|json>   Output format on stdout (default: csv)
      --all                 Done items too
      --remote <url>        The repository for links (default: the git remote
                            "origin", else the first remote)
      --today <YYYY-MM-DD>  Date used for the overdue state (default: today)
  -c, --config <file>       Use this config file instead of searching for one
  -h, --help                Show this help
`;

/** `postmortem-lint action-items [paths...]`: returns the exit code (0, or 2 for bad usage). */
export function runActionItems(argv: string[], io: CliIO): number {
  const note = (line: string) => void io.stderr.write(line + '\n');
  const parsed = parseSubcommand('action-items', argv, { format: { type: 'string', short: 'f' }, all: { type: 'boolean' }, remote: { type: 'string' }, today: { type: 'string' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } }, ACTION_ITEMS_HELP, io);
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const format = (v.format ?? 'csv').toLowerCase();
  const remote: Remote | null | undefined = v.remote === undefined ? undefined : parseRemote(v.remote);
  const usage =
    format !== 'csv' && format !== 'json'
      ? `unknown format "${v.format}" (use csv or json)`
      : v.today !== undefined && !isCalendarDate(v.today)
        ? `--today must be a date written YYYY-MM-DD (got "${v.today}")`
        : remote === null
          ? `--remote must be a GitHub or GitLab repository address, such as https://github.com/acme/ops (got "${v.remote}")`
          : null;
  if (usage) {
    note(`postmortem-lint action-items: ${usage}`);
    return 2;
  }
  const postmortems = readSet(parsed.positionals, v.config, io);
  if (!postmortems) return 2;
  const repository = repositoryOf(io.cwd);
  // Links name the file from the repository's top; without a repository, from the working folder.
  const pathOf = (path: string, name: string) => (repository ? toPosix(relative(repository.root, resolve(io.cwd, path))) : name);
  const rows = actionItemRows(
    postmortems.map((p) => ({ path: pathOf(p.path, p.name), model: p.model })),
    { today: v.today ?? localToday(), all: v.all, remote: remote ?? repository?.remote ?? null },
  );
  io.stdout.write(format === 'json' ? JSON.stringify(rows, null, 2) + '\n' : toCsv(rows));
  return 0;
}
