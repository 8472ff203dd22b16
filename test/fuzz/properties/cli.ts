/**
 * The CLI on folders of arbitrary files: run() never throws, exits 0, 1 or 2,
 * never reports an internal error, and JSON output always parses.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from '../../../src/cli/run.js';
import { cliCase, type CliCase } from '../arbitraries/files.js';
import type { Tally } from '../tally.js';
import { TODAY } from './lint.js';

function argv(c: CliCase): string[] {
  const args = ['--today', TODAY, ...c.flags];
  if (c.config?.explicit) args.push('--config', c.config.name);
  if (c.format === 'model') return [...args, '--model', c.files[0]!.name];
  args.push('--format', c.format);
  if (c.target === 'folder') return [...args, '.'];
  if (c.target === 'glob') return [...args, '**/*.{md,MD,markdown}'];
  return [...args, ...c.files.map((f) => f.name)];
}

/** Writes the case into a fresh folder, runs the CLI there and removes the folder. */
export function runCase(c: CliCase): { code: number; stdout: string; stderr: string; args: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'postmortem-fuzz-'));
  try {
    for (const f of c.files) {
      mkdirSync(dirname(join(dir, f.name)), { recursive: true });
      writeFileSync(join(dir, f.name), f.bytes);
    }
    if (c.config) writeFileSync(join(dir, c.config.name), c.config.text);
    let stdout = '';
    let stderr = '';
    const args = argv(c);
    const code = run(args, {
      stdout: { write: (t: string) => (stdout += t), isTTY: false },
      stderr: { write: (t: string) => (stderr += t), isTTY: false },
      cwd: dir,
      env: { NO_COLOR: '1' },
    });
    return { code, stdout, stderr, args };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function checkCli(c: CliCase): void {
  const r = runCase(c);
  assert.ok([0, 1, 2].includes(r.code), `exit code ${r.code}`);
  const internal = /internal error[^:]*: (.*)/.exec(r.stderr);
  assert.ok(!internal, `the CLI reported an internal error: ${internal?.[1]}\n${r.stderr.slice(0, 2000)}`);
  if (c.format !== 'text' && !(r.code === 2 && r.stdout === '')) {
    try {
      JSON.parse(r.stdout);
    } catch (error) {
      assert.fail(`--format ${c.format} printed something that is not JSON (${(error as Error).message})\n${r.stdout.slice(0, 500)}`);
    }
  }
  if (r.code === 2) assert.notEqual(r.stderr, '', 'exit code 2 without a word on stderr');
}

export function cliProperty(tally: Tally) {
  return fc.property(cliCase, (c) => tally.check(c, [() => checkCli(c)]));
}
