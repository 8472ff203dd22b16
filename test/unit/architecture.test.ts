// The core runs in the CLI, in VS Code and in a browser: it imports neither
// `vscode` nor Node's own modules.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';

const CORE = join(__dirname, '..', '..', 'src', 'core');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));

it('src/core imports no vscode and no Node built-ins', () => {
  const bad: string[] = [];
  for (const f of files(CORE)) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(|require\s*\()\s*['"]([^'"]+)['"]/g)) {
      const spec = m[1];
      if (spec === 'vscode' || spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'url', 'process', 'buffer', 'util'].includes(spec)) bad.push(`${relative(CORE, f)}: ${spec}`);
    }
    if (/\b(process\.(env|cwd|argv)|Buffer\.|__dirname)\b/.test(text)) bad.push(`${relative(CORE, f)}: uses a Node global`);
  }
  assert.deepEqual(bad, []);
});

const SRC = join(__dirname, '..', '..', 'src');
const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'url', 'process', 'buffer', 'util', 'worker_threads', 'net', 'crypto', 'stream', 'events'];

/** Every source file an entry reaches through relative imports (`./x.js` is `./x.ts`), with its package imports. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const packages: string[] = [];
    seen.set(file, packages);
    const text = readFileSync(file, 'utf8');
    const imports = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]|(?:(?:^|\n)\s*import\s+|\bimport\s*\(\s*)['"]([^'"]+)['"]/g;
    for (const m of text.matchAll(imports)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.')) visit(join(file, '..', spec.replace(/\.js$/, '.ts')));
      else packages.push(spec);
    }
  };
  visit(entry);
  return seen;
}

// The web builds run in Web Workers (vscode.dev, github.dev): no Node built-in,
// no Node-only entry of the language client or server, no Node global.
for (const entry of ['extension/browser.ts', 'server/browser.ts']) {
  it(`src/${entry} reaches no Node API`, () => {
    const bad: string[] = [];
    for (const [file, packages] of reachable(join(SRC, entry))) {
      const name = relative(SRC, file);
      for (const spec of packages) {
        if (spec.startsWith('node:') || NODE_BUILTINS.includes(spec) || /^vscode-language(client|server)(-protocol)?\/node$/.test(spec)) bad.push(`${name}: ${spec}`);
      }
      if (/\b(process\.\w+|Buffer\.\w+|__dirname|__filename|require\()/.test(readFileSync(file, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))) bad.push(`${name}: uses a Node global`);
    }
    assert.deepEqual(bad, []);
  });
}

// The extension only shows what the language server found: its bundles carry no
// parser and no NLP library, which would double their size and load time.
for (const entry of ['extension/extension.ts', 'extension/browser.ts']) {
  it(`src/${entry} reaches no analysis library`, () => {
    const bad: string[] = [];
    for (const [file, packages] of reachable(join(SRC, entry))) {
      for (const spec of packages) if (/^(compromise|micromark|mdast-util-from-markdown|remark-parse|unified)\b/.test(spec)) bad.push(`${relative(SRC, file)}: ${spec}`);
    }
    assert.deepEqual(bad, []);
  });
}
