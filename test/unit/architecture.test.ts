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
