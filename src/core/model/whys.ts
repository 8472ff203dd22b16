import { isPlaceholder, unicodeWords } from '../lang/data.js';
import type { Nodes, Paragraph, RootContent, ListItem, Table } from 'mdast';
import { nodeSpan, plainText, plainWords, squash, type LineIndex } from '../text.js';
import type { Block } from './structure.js';
import type { Why } from './types.js';

/** "Why did…?", "**Why 1:**", "Why #2 -", "왜 …?", "W3:" at the start of a paragraph. */
const WHY_START = unicodeWords(/^(?:\d+[.)]\s*)?(?:why\b|왜(?:\s|\?|$|[0-9]|요)|w\d+\s*[:.)-])/i);
/** The seed's inline chain: "서버가 죽었다 -> 왜? -> 메모리가 부족했다 -> 왜? -> …". */
const ARROW_WHY = /(?:->|→|⇒|=>)\s*(?:왜|why)\s*\?*\s*(?:->|→|⇒|=>)/gi;
/** A heading that names a why-chain; a lone "왜 …?" question heads a list of reasons, not a chain. */
const FIVE_WHYS_CONTEXT = unicodeWords(/\b(5|five)[- ]?whys?\b|5\s?why|(?:5|다섯)\s?(?:번의?\s?)?왜|왜\s?(?:5|다섯)\s?번|왜[?？]?\s?왜/i);

function childrenOf(node: Nodes): Nodes[] {
  return 'children' in node ? (node.children as Nodes[]) : [];
}

/** Paragraphs anywhere inside a block, in document order, skipping quotes and code. */
function* paragraphs(node: Nodes): Generator<Paragraph> {
  if (node.type === 'paragraph') {
    yield node;
    return;
  }
  if (node.type === 'blockquote' || node.type === 'code' || node.type === 'html') return;
  for (const child of childrenOf(node)) yield* paragraphs(child);
}

function whyTable(table: Table): Why[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const col = header.children.findIndex((c) => /^\s*(why|왜)/i.test(plainText(c)));
  if (col < 0) return [];
  const out: Why[] = [];
  for (const row of rows) {
    const cell = row.children[col];
    const text = cell ? plainWords(cell) : '';
    if (!text || !cell) continue;
    out.push({ line: cell.position!.start.line, text, span: nodeSpan(cell) });
  }
  return out;
}

function arrowChain(p: Paragraph, lines: LineIndex): Why[] {
  const start = p.position!.start.offset!;
  const raw = lines.text.slice(start, p.position!.end.offset!);
  const marks = [...raw.matchAll(ARROW_WHY)];
  if (marks.length < 2) return [];
  return marks.map((m, i) => {
    const from = m.index! + m[0].length;
    const to = i + 1 < marks.length ? marks[i + 1].index! : raw.length;
    const span = lines.span(start + m.index!, start + from);
    return { line: span.start.line, text: squash(raw.slice(from, to)), span };
  });
}

/** The 5-Whys chain: explicit why steps in analysis sections, or the items of a list under a "5 Whys" heading. */
export function extractWhys(blocks: Block[], lines: LineIndex): Why[] {
  const whys: Why[] = [];
  const fallbackLists: Array<RootContent | ListItem> = [];
  for (const block of blocks) {
    if (block.kind !== 'analysis') continue;
    const node = block.node;
    if (node.type === 'table') {
      whys.push(...whyTable(node));
      continue;
    }
    for (const p of paragraphs(node)) {
      const chain = arrowChain(p, lines);
      if (chain.length) {
        whys.push(...chain);
        continue;
      }
      const text = plainWords(p);
      if (WHY_START.test(text)) whys.push({ line: p.position!.start.line, text, span: nodeSpan(p) });
    }
    if (node.type === 'list' && block.context.some((t) => FIVE_WHYS_CONTEXT.test(t))) fallbackLists.push(node);
  }
  // A lone "Why did X happen?" question above a list of reasons is prose, not a chain.
  if (whys.length === 1) whys.length = 0;
  if (whys.length === 0) {
    for (const list of fallbackLists) {
      if (list.type !== 'list') continue;
      for (const item of list.children) {
        const first = item.children[0];
        if (!first || first.type !== 'paragraph') continue;
        whys.push({ line: first.position!.start.line, text: plainWords(first), span: nodeSpan(first) });
      }
    }
  }
  return whys.filter((w) => !unanswered(w.text));
}

/**
 * A why a template left for the user: a bare "Why?" / "왜?", or a question
 * whose answer is still a placeholder ("Because …", "…때문입니다."). A
 * question without an answer on its line may be answered below it, so it counts.
 */
function unanswered(text: string): boolean {
  const t = text.replace(/^\s*(?:\d+[.)]\s*)?/, '').trim();
  if (/^(?:why|왜)\s*[?？]?$/iu.test(t)) return true;
  const q = t.search(/[?？]/u);
  return q >= 0 && isPlaceholder('answer', t.slice(q + 1));
}
