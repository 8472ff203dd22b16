import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isCalendarDate, localToday } from '../core/clock.js';
import { computeInsights, type Insights } from '../core/insights/compute.js';
import { insightsHtml } from '../core/insights/html.js';
import { nameLike } from '../core/insights/name-like.js';
import type { CliIO } from './io.js';
import { parseSubcommand, readSet } from './subcommand.js';

export const REPORT_HELP = `Usage: postmortem-lint report [files, folders or globs...] [options]

What the postmortems say as a whole: incidents per month by severity, time
to detect and recover with their median and direction, action items open,
done and overdue, their age, and how many get done as postmortems age.
Searches the current folder and below when no paths are given.

Options:
  -f, --format <text|json>  Output format on stdout (default: text)
      --html <file>         Also write the insights page as one self-contained
                            HTML file (charts and tables; nothing is loaded
                            from anywhere when it is opened)
      --lang <en|ko>        Language of the HTML page (default: the language
                            most of the postmortems are written in)
      --today <YYYY-MM-DD>  Date used for ages and overdue items (default: today)
  -c, --config <file>       Use this config file instead of searching for one
  -h, --help                Show this help
`;

/** The page's script and style, beside the bundle (dist/../media) or the sources (src/cli/../../media). */
function assets(): { script: string; css: string } | null {
  for (const media of [join(__dirname, '..', 'media'), join(__dirname, '..', '..', 'media')]) {
    const script = join(media, 'insights.js');
    if (existsSync(script)) return { script: readFileSync(script, 'utf8'), css: readFileSync(join(media, 'insights.css'), 'utf8') };
  }
  return null;
}

const minutes = (m: number | null) => (m === null ? '—' : m < 120 ? `${Math.round(m)} min` : `${Math.round(m / 6) / 10} h`);

function formatText(i: Insights): string {
  const ai = i.actionItems;
  const trend = (t: Insights['timeToDetect']) => `${minutes(t.median)} (median of ${t.count}${t.direction ? `; ${t.direction}: ${minutes(t.earlier)} → ${minutes(t.later)}` : ''})`;
  const busiest = [...i.months].sort((a, b) => b.total - a.total || a.month.localeCompare(b.month))[0];
  const follow = i.followThrough.filter((f) => f.items).map((f) => `${f.ageDays[0]}${f.ageDays[1] === null ? '+' : '–' + f.ageDays[1]} days: ${Math.round(f.share! * 100)}% of ${f.items}`);
  return [
    `${i.postmortems} postmortem${i.postmortems === 1 ? '' : 's'} as of ${i.today}${i.undated ? ` (${i.undated} without a date)` : ''}`,
    busiest ? `  incidents: ${i.months.length} month${i.months.length === 1 ? '' : 's'} from ${i.months[0]!.month}, most in ${busiest.month} (${busiest.total})` : null,
    `  time to detect: ${trend(i.timeToDetect)}`,
    `  time to recover: ${trend(i.timeToRecover)}`,
    `  action items: ${ai.total} (${ai.done} done, ${ai.open} open, ${ai.overdue} overdue)`,
    follow.length ? `  done by postmortem age: ${follow.join('; ')}` : null,
    i.recurring?.systems.length ? `  systems named most: ${i.recurring.systems.map((s) => `${s.word} (${s.incidents})`).join(', ')}` : null,
    ...(i.recurring?.repeatedFixes ?? []).map((r) => `  promised again: ${r.path}:${r.line} "${r.item}" (first in ${r.earlier.path}, still ${r.earlier.state})`),
    '',
  ]
    .filter((l) => l !== null)
    .join('\n');
}

/** Writes next to the target and renames, so a reader never sees half a page. */
function writeAtomically(file: string, text: string): void {
  const temp = join(dirname(file), `.${process.pid}.${Date.now()}.insights.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** `postmortem-lint report [paths...]`: returns the exit code (0, or 2 for bad usage or a page that cannot be written). */
export function runReport(argv: string[], io: CliIO): number {
  const note = (line: string) => void io.stderr.write(line + '\n');
  const parsed = parseSubcommand('report', argv, { format: { type: 'string', short: 'f' }, html: { type: 'string' }, lang: { type: 'string' }, today: { type: 'string' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } }, REPORT_HELP, io);
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const format = (v.format ?? 'text').toLowerCase();
  const usage =
    format !== 'text' && format !== 'json'
      ? `unknown format "${v.format}" (use text or json)`
      : v.lang !== undefined && v.lang !== 'en' && v.lang !== 'ko'
        ? `--lang must be en or ko (got "${v.lang}")`
        : v.today !== undefined && !isCalendarDate(v.today)
          ? `--today must be a date written YYYY-MM-DD (got "${v.today}")`
          : v.html !== undefined && !v.html.trim()
            ? '--html needs a file name'
            : null;
  if (usage) {
    note(`postmortem-lint report: ${usage}`);
    return 2;
  }
  const postmortems = readSet(parsed.positionals, v.config, io);
  if (!postmortems) return 2;
  const insights = computeInsights(postmortems.map((p) => ({ path: p.name, model: p.model, text: p.text })), v.today ?? localToday(), { isName: nameLike });
  if (v.html !== undefined) {
    const page = assets();
    if (!page) {
      note('postmortem-lint report: the insights page script (media/insights.js) is missing; build the package first (npm run build)');
      return 2;
    }
    const korean = postmortems.filter((p) => p.model.language === 'ko').length;
    const language = (v.lang as 'en' | 'ko' | undefined) ?? (korean * 2 > postmortems.length ? 'ko' : 'en');
    const file = resolve(io.cwd, v.html);
    try {
      writeAtomically(file, insightsHtml(insights, language, page));
    } catch (error) {
      note(`postmortem-lint report: cannot write ${v.html}: ${(error as Error).message}`);
      return 2;
    }
    note(`Wrote ${v.html} (${insights.postmortems} postmortem${insights.postmortems === 1 ? '' : 's'}).`);
  }
  io.stdout.write(format === 'json' ? JSON.stringify(insights, null, 2) + '\n' : formatText(insights));
  return 0;
}
