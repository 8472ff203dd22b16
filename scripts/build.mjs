// Bundles the extension (for Node and for browsers), the language server (the
// same two), the CLI, the board webview and the integration tests with esbuild.
// Type-checking is separate (`npm run typecheck`): esbuild only strips types.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

function listTs(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTs(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/**
 * compromise builds its lexicon as it loads (about half a second): in the Node
 * bundles the core's imports of it get src/bundle/lazy-compromise.ts instead,
 * which loads it on the first call, so threads that never tag a word (the
 * CLI's and the server's main threads) never pay for it.
 */
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(build) {
    const shim = join(process.cwd(), 'src/bundle/lazy-compromise.ts');
    build.onResolve({ filter: /^compromise$/ }, (args) => (args.importer === shim ? undefined : { path: shim }));
  },
};

const common = {
  bundle: true,
  plugins: [lazyCompromise],
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
  // unified and friends are ESM with `exports` conditions; prefer the node ones.
  mainFields: ['module', 'main'],
};

// The web builds (package.json `browser`) run in a browser's Web Workers: no
// Node built-ins, no polyfills; a Node module pulled in by mistake fails the build.
const web = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
  // Workers have no DOM: take a package's `worker` export over its `browser` one
  // (decode-named-character-reference's browser build needs `document`).
  conditions: ['worker'],
  define: { POSTMORTEM_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
};

// The configuration's JSON Schema and the validator compiled from it, from the rules' metadata.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/config-schema.ts'], { stdio: 'inherit' });
// How common each term is in postmortems in general: the insights' background for "systems named most".
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/background-terms.ts'], { stdio: 'inherit' });

// Webviews may only load from media/, so the icon font ships there too.
// A production build ships no source maps: drop any left by a development build.
if (production) for (const f of ['media/board.js.map', 'dist/extension.js.map', 'dist/cli.js.map', 'dist/server.js.map', 'dist/remark-preset.js.map', 'dist/web/extension.js.map', 'dist/web/server.js.map']) rmSync(f, { force: true });
mkdirSync('media/codicons', { recursive: true });
for (const f of ['codicon.css', 'codicon.ttf']) copyFileSync(join('node_modules/@vscode/codicons/dist', f), join('media/codicons', f));

const builds = [
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    // Marks when the bundle starts evaluating, so activation can report its own load time.
    banner: { js: 'var __postmortemLoadStart = performance.now();' },
  },
  {
    ...common,
    entryPoints: ['src/server/node.ts'],
    outfile: 'dist/server.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The remark-cli plugin (package export `./remark-preset`). CommonJS, as
    // the package has no `"type": "module"`: Node's import() then gives the
    // plugin as the default export without re-parsing the file as ESM.
    ...common,
    entryPoints: ['src/remark-preset/index.ts'],
    outfile: 'dist/remark-preset.js',
  },
  {
    ...web,
    entryPoints: ['src/extension/browser.ts'],
    outfile: 'dist/web/extension.js',
    // The web extension host loads extensions as CommonJS modules.
    format: 'cjs',
    banner: { js: 'var __postmortemLoadStart = performance.now();' },
  },
  {
    ...web,
    entryPoints: ['src/server/browser.ts'],
    outfile: 'dist/web/server.js',
    // A classic Worker script.
    format: 'iife',
  },
  {
    entryPoints: ['src/webview/board.ts'],
    outfile: 'media/board.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
  },
  {
    // The insights page: the editor's webview and the HTML report run the same script.
    entryPoints: ['src/webview/insights.ts'],
    outfile: 'media/insights.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    sourcemap: false,
    minify: true,
    logLevel: 'warning',
  },
  {
    ...common,
    entryPoints: listTs('test/integration'),
    outdir: 'out/test/integration',
    outbase: 'test/integration',
    external: ['vscode', 'mocha'],
    sourcemap: true,
    minify: false,
  },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
