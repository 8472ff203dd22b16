import type { Root } from 'mdast';
import { parse as parseToml } from 'smol-toml';
import { parseYamlLinear } from '../yaml.js';
import type { Block } from './structure.js';
import { formatDate, readLeadingTimestamp } from './time.js';
import type { Metadata } from './types.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** A problem reading it, e.g. invalid YAML; the document is still analysed. */
  problem: string | null;
  line: number;
}

export function readFrontMatter(tree: Root): FrontMatter | null {
  const first = tree.children[0] as { type: string; value?: string; position?: { start: { line: number } } } | undefined;
  if (!first || (first.type !== 'yaml' && first.type !== 'toml')) return null;
  const line = first.position?.start.line ?? 1;
  const syntax = first.type === 'yaml' ? 'YAML' : 'TOML';
  try {
    const data = first.type === 'yaml' ? parseYamlLinear(first.value ?? '').value : parseToml(first.value ?? '');
    if (data === null || data === undefined) return { data: {}, problem: null, line };
    if (typeof data !== 'object' || Array.isArray(data)) return { data: {}, problem: 'front matter is not a key: value mapping', line };
    return { data: data as Record<string, unknown>, problem: null, line };
  } catch (error) {
    return { data: {}, problem: `front matter is not valid ${syntax}: ` + String((error as Error).message).split('\n')[0], line };
  }
}

/** Field names teams use for the same fact, English and Korean. */
const KEYS: Array<[string, RegExp]> = [
  ['severity', /^(severity|sev|priority|incident (severity|level|priority)|impact level|심각도|장애\s?등급|등급|우선\s?순위)$/i],
  ['date', /^(date|incident date|date\/time|start date(\/time)?|occurred|발생\s?일시|발생일|일시|날짜|장애\s?일시)$/i],
  ['status', /^(status|report status|state|상태|문서\s?상태)$/i],
  ['owner', /^(owners?|authors?|incident (commander|owner|lead)|written by|작성자|담당자|책임자)$/i],
  ['duration', /^(duration|total duration|time to (resolve|recovery|repair)|장애\s?시간|소요\s?시간|지속\s?시간)$/i],
  ['services', /^(components?|services?|affected (services?|systems?|components?)|system|영향\s?서비스|대상\s?서비스|서비스)$/i],
  ['timezone', /^(time\s?zone|tz|시간대)$/i],
];

const FIELD = /^\s*(?:[-*]\s+)?\**([^:：\n*]{2,40}?)\**\s*[:：]\s*\**\s*(.{1,200}?)\s*$/;

function normalise(key: string, value: string): string | number | boolean | null {
  if (key === 'date') {
    const ts = readLeadingTimestamp(value);
    if (ts?.date) return formatDate(ts.date) ?? value;
  }
  return value;
}

/** Scalar front-matter values, then "Key: value" lines before the first section and in the summary. */
export function extractMetadata(front: FrontMatter | null, blocks: Block[], text: string): Metadata {
  const meta: Metadata = {};
  if (front) {
    for (const [k, v] of Object.entries(front.data)) {
      if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) meta[k] = v as Metadata[string];
      else if (v instanceof Date) meta[k] = v.toISOString().slice(0, 10);
    }
    for (const [name, re] of KEYS) {
      const hit = Object.keys(meta).find((k) => k !== name && re.test(k));
      if (hit && !(name in meta)) meta[name] = normalise(name, String(meta[hit]));
    }
    if (typeof meta.date === 'string') meta.date = normalise('date', meta.date);
  }
  let seenSection = false;
  for (const block of blocks) {
    if (block.kind !== 'other' && block.kind !== 'summary') seenSection = true;
    if (seenSection && block.kind !== 'summary') continue;
    const node = block.node;
    if (node.type !== 'paragraph' && node.type !== 'list' && node.type !== 'table' && node.type !== 'listItem') continue;
    const raw = text.slice(node.position!.start.offset!, node.position!.end.offset!);
    for (const rawLine of raw.split(/\r?\n|<br\s*\/?>|\|/i)) {
      // Fields are short "Key: value" lines; anything else is skipped before the pattern runs.
      const line = rawLine.trim();
      if (line.length > 250 || !/[:：]/.test(line)) continue;
      const m = FIELD.exec(line);
      if (!m) continue;
      const label = m[1].trim();
      for (const [name, re] of KEYS) {
        if (re.test(label) && !(name in meta)) meta[name] = normalise(name, m[2].replace(/\*+$/, '').trim());
      }
    }
  }
  return meta;
}
