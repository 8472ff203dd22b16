// Summarises the newest .cpuprofile in test-results/profile (or the one given): self time
// by function, and self and inclusive time by source file of the bundled core.
//   --under <source>   only samples whose stack passes through that source file

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(ROOT, 'test-results', 'profile');
const args = process.argv.slice(2);
const underAt = args.indexOf('--under');
const under = underAt >= 0 ? args.splice(underAt, 2)[1] : null;
const file =
  args[0] ??
  readdirSync(dir)
    .filter((n) => n.endsWith('.cpuprofile'))
    .map((n) => join(dir, n))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
const profile = JSON.parse(readFileSync(file, 'utf8'));

// esbuild marks each bundled module with a "// path" comment line.
const bundleLines = readFileSync(join(dir, 'core.cjs'), 'utf8').split('\n');
const markers = [];
bundleLines.forEach((l, i) => {
  const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
  if (m) markers.push([i, m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1')]);
});
const sourceOf = (frame) => {
  if (!frame.url.endsWith('core.cjs')) return frame.url ? frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\//, '') : frame.functionName;
  let lo = 0;
  let hi = markers.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (markers[mid][0] <= frame.lineNumber) lo = mid;
    else hi = mid - 1;
  }
  return markers[lo]?.[1] ?? 'core.cjs';
};

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
const fnSelf = new Map();
const inclusive = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  total += dt;
  const leaf = byId.get(id);
  if (under) {
    let inside = false;
    for (let n = id; n !== undefined && !inside; n = parent.get(n)) inside = sourceOf(byId.get(n).callFrame).includes(under);
    if (!inside) return;
  }
  const src = sourceOf(leaf.callFrame);
  self.set(src, (self.get(src) ?? 0) + dt);
  const fn = `${leaf.callFrame.functionName || '(anonymous)'}  ${src}:${leaf.callFrame.lineNumber + 1}`;
  fnSelf.set(fn, (fnSelf.get(fn) ?? 0) + dt);
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const s = sourceOf(byId.get(n).callFrame);
    if (!seen.has(s)) {
      seen.add(s);
      inclusive.set(s, (inclusive.get(s) ?? 0) + dt);
    }
  }
});

const top = (map, n) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(0).padStart(7)} ms ${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(`${file}\ntotal ${total.toFixed(0)} ms\n\nself time by function:\n${top(fnSelf, 30)}`);
console.log(`\nself time by source:\n${top(self, 25)}`);
console.log(`\ninclusive time by source:\n${top(inclusive, 30)}`);
