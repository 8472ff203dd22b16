// A long document made of the real postmortems in test/fixtures/corpus, repeated until it
// reaches the wanted number of lines.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function corpusDocument(root, lines) {
  const dir = join(root, 'test/fixtures/corpus');
  const docs = readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => readFileSync(join(dir, n), 'utf8').replace(/\r\n?/g, '\n').trimEnd());
  const parts = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const doc = docs[i % docs.length];
    parts.push(doc);
    count += doc.split('\n').length + 1;
  }
  return parts.join('\n\n');
}
