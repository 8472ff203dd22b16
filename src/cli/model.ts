import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { lintText } from '../core/lint/lint.js';
import type { ConfigCache } from './config-cache.js';
import type { CliIO } from './io.js';
import { detectionPath, displayPath } from './paths.js';
import { readDocument } from './read.js';

/**
 * `--model FILE`: prints what the linter extracted from one Markdown file,
 * whether or not it is a postmortem (`isPostmortem` and `reason` say which).
 */
export function printModel(file: string, options: { force: boolean; today?: string }, configs: ConfigCache, io: CliIO): number {
  const abs = resolve(io.cwd, file);
  const display = displayPath(abs, io.cwd);
  if (!statSync(abs, { throwIfNoEntry: false })) {
    io.stderr.write(`postmortem-lint: no such file: ${file}\n`);
    return 2;
  }
  const applied = configs.forDocument(abs);
  const read = readDocument(abs, { maxChars: applied.config.maxFileSize, force: options.force });
  if (read.kind === 'error') {
    io.stderr.write(`${display}: ${read.message}\n`);
    return 2;
  }
  if (read.kind === 'binary') {
    io.stderr.write(`${display}: this looks like a binary file (it contains NUL bytes), not Markdown\n`);
    return 2;
  }
  if (read.warning) io.stderr.write(`${display}: ${read.warning}\n`);
  const { model } = lintText(read.text, {
    path: detectionPath(abs, io.cwd, applied.path && dirname(applied.path)),
    config: applied.config,
    today: options.today,
    force: options.force,
  });
  io.stdout.write(JSON.stringify(model, null, 2) + '\n');
  return 0;
}
