// Checks that the working src/core gives exactly the results of another version of it
// (by default the committed one, read with `git archive HEAD src/core`): the parsed tree,
// and lintText output, model and messages alike, on every Markdown fixture, the examples, the matcher test
// phrases laid out as prose, list items, table cells and headings, generated postmortems
// and the 10,000-line corpus document, under several configurations.
//   node scripts/bench/compare-core.mjs [baseline-dir-holding-src/core]

import { execSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDocument } from './corpus.mjs';
import { edgeDocuments } from './edge-documents.mjs';
import { generatePostmortem } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'postmortem-compare-'));

async function bundle(base, name) {
  const outfile = join(work, name + '.cjs');
  await esbuild.build({
    stdin: {
      contents: `export { parseMarkdown } from './src/core/parse.ts'; export { lintText } from './src/core/lint/lint.ts'; export { resolveConfig } from './src/core/config/resolve.ts'; export { RULES } from './src/core/rules/index.ts';`,
      resolveDir: base,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    nodePaths: [join(ROOT, 'node_modules')],
  });
  return createRequire(import.meta.url)(outfile);
}

function markdownFiles(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? markdownFiles(p) : n.endsWith('.md') ? [p] : [];
  });
}

/** String literals of the matcher tests: the phrases the matchers are meant to catch or leave alone. */
function testPhrases() {
  const dir = join(ROOT, 'test', 'unit');
  const phrases = new Set();
  for (const n of readdirSync(dir).filter((f) => /^(blame|counterfactual).*\.test\.ts$/.test(f))) {
    for (const m of readFileSync(join(dir, n), 'utf8').matchAll(/'((?:[^'\\\n]|\\.){6,})'|"((?:[^"\\\n]|\\.){6,})"|`([^`$\n]{6,})`/g)) {
      phrases.add((m[1] ?? m[2] ?? m[3]).replace(/\\(.)/g, '$1'));
    }
  }
  return [...phrases];
}

function phraseDocuments(phrases) {
  const head = (title) => `---\ntype: postmortem\n---\n\n# ${title}\n\n`;
  const chunks = [];
  for (let i = 0; i < phrases.length; i += 40) chunks.push(phrases.slice(i, i + 40));
  return chunks.flatMap((chunk, i) => [
    head('Prose ' + i) + '## Summary\n\n' + chunk.join('\n\n') + '\n',
    head('List ' + i) + '## Timeline\n\n' + chunk.map((p, k) => `- 12:${String(k).padStart(2, '0')} — ${p}`).join('\n') + '\n',
    head('Table ' + i) + '## Action items\n\n| Action | Owner |\n| --- | --- |\n' + chunk.map((p) => `| ${p.replace(/\|/g, '\\|')} | @kim |`).join('\n') + '\n',
    head('Headings ' + i) + chunk.map((p) => `## ${p}\n\ntext\n`).join('\n'),
    head('Joined ' + i) + '## Analysis\n\n' + chunk.join(' ') + '\n',
  ]);
}

const baselineDir = process.argv[2] ?? (() => {
  const dir = join(work, 'baseline');
  execSync(`mkdir -p "${dir}" && git archive HEAD src/core | tar -x -C "${dir}"`, { cwd: ROOT });
  return dir;
})();

try {
  const before = await bundle(baselineDir, 'before');
  const after = await bundle(ROOT, 'after');
  const docs = [
    ...markdownFiles(join(ROOT, 'test', 'fixtures')).map((p) => [p.slice(ROOT.length + 1), readFileSync(p, 'utf8')]),
    ...markdownFiles(join(ROOT, 'examples')).map((p) => [p.slice(ROOT.length + 1), readFileSync(p, 'utf8')]),
    ...phraseDocuments(testPhrases()).map((t, i) => ['phrases #' + i, t]),
    ...edgeDocuments().map((t, i) => ['edge #' + i, t]),
    ...Array.from({ length: 40 }, (_, i) => [`generated seed ${i}`, generatePostmortem(150 + i * 20, i + 1)]),
    ['generated 10k', generatePostmortem(10_000, 20260314)],
    ['corpus 10k', corpusDocument(ROOT, 10_000)],
  ];
  const raws = [
    undefined,
    { blameTerms: ['sloppy work', '/dumb\\w*/i', '네 탓', 'root cause', 'on-call'], allowedTerms: ['human error', '담당자'] },
    { language: 'ko', rules: { 'counterfactual-language': ['warning', { extraTerms: ['could have', '/should\\s+\\w+/'], allowedTerms: ['failed to'] }] } },
  ];
  let compared = 0;
  let messages = 0;
  const diffs = [];
  for (const [name, text] of docs) {
    if (JSON.stringify(before.parseMarkdown(text)) !== JSON.stringify(after.parseMarkdown(text))) diffs.push(`${name} (tree)`);
  }
  for (const raw of raws) {
    const config = (lib) => (raw ? lib.resolveConfig({ raw, source: 'compare', rules: lib.RULES }).config : undefined);
    const [cb, ca] = [config(before), config(after)];
    for (const [name, text] of docs) {
      const options = { path: 'postmortems/doc.md', today: '2026-06-01', force: true };
      const a = JSON.stringify(before.lintText(text, { ...options, config: cb }));
      const b = after.lintText(text, { ...options, config: ca });
      compared++;
      messages += b.messages.length;
      if (a !== JSON.stringify(b)) diffs.push(`${name} (config ${raws.indexOf(raw)})`);
    }
  }
  console.log(`${docs.length} trees and ${compared} lint results compared (${messages} messages): ${diffs.length ? diffs.length + ' differ' : 'all identical'}`);
  for (const d of diffs.slice(0, 20)) console.log('  differs: ' + d);
  process.exitCode = diffs.length ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
