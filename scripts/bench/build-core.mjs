// Bundles src/core with esbuild, minified like dist/, so the timings measure the code as it
// ships and not tsx's on-the-fly transform.

import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENTRY = `
export { parseMarkdown } from './src/core/parse.ts';
export { lintText } from './src/core/lint/lint.ts';
export { wordingOnly } from './scripts/bench/wording-only.ts';
`;

/**
 * Returns { parseMarkdown, lintText } from a fresh bundle of src/core: minified for timing;
 * unminified and kept in `keepDir` for profiling, so function names and lines stay readable.
 * `coreRoot` is a directory holding another src/core (say, `git archive HEAD src/core`);
 * its packages still come from this repository's node_modules.
 */
export async function loadBundledCore(root, { minify = true, keepDir = null, coreRoot = root } = {}) {
  const dir = keepDir ?? mkdtempSync(join(tmpdir(), 'postmortem-bench-'));
  const outfile = join(dir, 'core.cjs');
  try {
    await esbuild.build({
      stdin: { contents: ENTRY, resolveDir: coreRoot, loader: 'ts', sourcefile: 'bench-core-entry.ts' },
      nodePaths: [join(root, 'node_modules')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      minify,
      logLevel: 'warning',
      mainFields: ['module', 'main'],
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
  }
}
