import { join } from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '..', '..');

/**
 * The CLI bundled into `dir` for a test of its own, as dist/cli.js is built: a
 * test that ran dist/cli.js could meet another test's build of it half-written.
 */
export function bundleCli(dir: string): string {
  const outfile = join(dir, 'cli.js');
  esbuild.buildSync({ entryPoints: [join(ROOT, 'src/cli/main.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], logLevel: 'error', external: ['vscode'] });
  return outfile;
}
