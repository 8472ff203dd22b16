/**
 * YAML.parse with the same errors, but repeated keys found with one set per
 * map: the library compares each key with every earlier one of its map,
 * which takes seconds for a front matter or configuration of many thousand
 * keys.
 */
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';

/** The offset of the first key that repeats an earlier key of its map, or -1. */
function firstRepeatedKey(doc: Document): number {
  let first = -1;
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) {
          const at = pair.key.range?.[0] ?? -1;
          if (at >= 0 && (first < 0 || at < first)) first = at;
        } else seen.add(pair.key.value);
      }
    },
  });
  return first;
}

/** The value of a YAML text and its parsed document (for the places of its keys); throws as YAML.parse does. */
export function parseYamlLinear(text: string, options: { maxAliasCount: number } = { maxAliasCount: 50 }): { value: unknown; doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, lineCounter });
  const repeated = firstRepeatedKey(doc);
  const error = doc.errors[0];
  if (repeated >= 0 && (!error || repeated < error.pos[0])) {
    const { line, col } = lineCounter.linePos(repeated);
    throw new Error(`Map keys must be unique at line ${line}, column ${col}:`);
  }
  if (error) throw error;
  return { value: doc.toJS(options), doc, lineCounter };
}
