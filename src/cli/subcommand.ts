import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseArgsMessage } from './args.js';
import type { CliIO } from './io.js';
import { openConfigs, readPostmortems, type ReadPostmortem } from './postmortem-set.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Config<O extends Options> = { args: string[]; options: O; allowPositionals: true; strict: true };

/**
 * A subcommand's command line (`report`, `related`, `action-items`): its
 * options parsed, or the exit code when that is all there is to do (0 after
 * --help, 2 with a message for a mistake).
 */
export function parseSubcommand<O extends Options>(name: string, argv: string[], options: O, help: string, io: CliIO): ReturnType<typeof parseArgs<Config<O>>> | number {
  let parsed: ReturnType<typeof parseArgs<Config<O>>>;
  try {
    parsed = parseArgs<Config<O>>({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr.write(`postmortem-lint ${name}: ${parseArgsMessage(error)}\nRun \`postmortem-lint ${name} --help\` for usage.\n`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout.write(help);
    return 0;
  }
  return parsed;
}

/** The postmortems under the paths with their configurations, or null after saying why not (exit 2). */
export function readSet(paths: string[], configPath: string | undefined, io: CliIO): ReadPostmortem[] | null {
  const note = (line: string) => void io.stderr.write(line + '\n');
  const configs = openConfigs(configPath, io, note);
  if (!configs) return null;
  const { postmortems, usage } = readPostmortems(paths, configs, io, note);
  for (const m of usage) note(`postmortem-lint: ${m}`);
  return usage.length ? null : postmortems;
}
