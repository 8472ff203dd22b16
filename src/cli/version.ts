import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'postmortem-assistant';
let cached: string | undefined;

/**
 * The package's version, read from its package.json at run time: the CLI runs
 * both bundled (dist/cli.js, one folder below the package root) and from
 * source (src/cli/, two below), so the nearest matching package.json upward
 * is used rather than a fixed relative path.
 */
export function packageVersion(): string {
  if (cached) return cached;
  let dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string') return (cached = pkg.version);
    } catch {
      // No package.json here (or not readable): keep going up.
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return (cached = '0.0.0');
}
