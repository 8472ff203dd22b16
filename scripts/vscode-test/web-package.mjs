// Packages the web variant of the extension: the manifest without `main`, so an
// editor that has a Node extension host (code-server) still runs the `browser`
// entry in its browser-side Web Worker, as vscode.dev and github.dev do.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './common.mjs';

// What the .vsix ships (see .vscodeignore), less the Node bundles.
const SHIPPED = ['.vscodeignore', 'package.nls.json', 'package.nls.ko.json', 'README.md', 'CHANGELOG.md', 'LICENSE',
  'l10n', 'media', 'snippets', 'syntaxes', 'dist/web'];

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/** Builds for production and writes the web-only .vsix to `vsixPath`. */
export function packageWebExtension(vsixPath) {
  run(process.execPath, ['scripts/build.mjs', '--production'], repoRoot);
  const stage = mkdtempSync(join(tmpdir(), 'postmortem-web-vsix-'));
  try {
    for (const entry of SHIPPED) cpSync(join(repoRoot, entry), join(stage, entry), { recursive: true });
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    if (!manifest.browser) throw new Error('package.json has no "browser" entry');
    delete manifest.main;
    writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2));
    run(join(repoRoot, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', vsixPath], stage);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  if (!existsSync(vsixPath)) throw new Error(`vsce did not write ${vsixPath}`);
}
