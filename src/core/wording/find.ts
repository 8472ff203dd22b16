import type { Root } from 'mdast';
import type { Fix } from '../lint/types.js';
import type { Language, Point } from '../model/types.js';
import { documentBlocks } from '../blame/document-blocks.js';
import { docOffset, type TextBlock } from '../blame/extract-blocks.js';
import { OPAQUE, shownMasked } from '../blame/placeholders.js';
import { allowedSpans } from '../blame/allowed-terms.js';
import { analyseSentence } from './analyse.js';
import type { BlockFinding, SentenceMemo } from './memo.js';
import { describe } from './messages.js';
import { boundedSentences } from './sentences.js';
import type { SentenceFinding, WordingKind } from './types.js';

/** What the document-level wording analysis reads. */
export interface WordingDocument {
  tree: Root;
  text: string;
  language?: Language;
  lines: { point(offset: number): Point };
  allowedTerms?: readonly string[];
  /** Readings kept from the last analysis of this document. */
  sentences?: SentenceMemo;
}

/** A finding placed in the document, with its message, the flagged text and its fix. */
export interface PlacedFinding {
  finding: SentenceFinding;
  message: { en: string; ko: string };
  span: { start: Point; end: Point };
  fixes: Fix[];
  actual: string;
  expected: string[];
}

/** One finding, with the block it was read in. */
type Found = BlockFinding & { block: TextBlock };

/** Per tree: every sentence's findings, so blame-language and counterfactual-language share one reading. */
const cache = new WeakMap<Root, { text: string; found: Found[] }>();

function readDocument(tree: Root, text: string, memo?: SentenceMemo) {
  const hit = cache.get(tree);
  if (hit && hit.text === text) return hit.found;
  const found: Found[] = [];
  // Readings may be shared with the memo: placed copies, never the readings themselves.
  const read = (sentence: string): readonly SentenceFinding[] => (memo ? memo.read(sentence) : analyseSentence(sentence));
  const readOne = (blockText: string): readonly BlockFinding[] => readBlock(blockText, read);
  for (const block of documentBlocks(tree, text).blocks) {
    if (block.kind === 'heading') continue;
    // A block reads the same wherever it stands: its findings are placed in its own text.
    for (const f of memo ? memo.block(block.text, readOne) : readOne(block.text)) found.push({ block, ...f });
  }
  cache.set(tree, { text, found });
  return found;
}

/** The findings of one block's text, each placed in that text. */
function readBlock(text: string, read: (sentence: string) => readonly SentenceFinding[]): BlockFinding[] {
  const found: BlockFinding[] = [];
  // Where a question that answers the sentence before it starts: that question is not read again.
  let answer = -1;
  for (const s of boundedSentences(text)) {
    if (s.start === answer) continue;
    const sentence = text.slice(s.start, s.end);
    if (!mayHold(sentence)) continue;
    let next = s.end;
    while (next < text.length && (text[next] === ' ' || text[next] === '\t')) next++;
    let readings = read(sentence);
    // "Tom deleted the table (What made …?)": a parenthesised question that is the finding's own has answered it.
    const aside = text[s.end] === ')' ? ASIDE_QUESTION.exec(sentence) : null;
    if (aside) {
      const body = read(sentence.slice(0, aside.index));
      if (body.some((f) => f.question === aside[1])) readings = body.filter((f) => f.question !== aside[1]);
    }
    for (const reading of readings) {
      // The sentence's own question follows it, as its fix writes it: the finding is answered.
      if (!aside && text.startsWith(reading.question, next)) {
        answer = next;
        continue;
      }
      const finding = { ...reading, cue: shift(reading.cue, s.start), ...(reading.agent ? { agent: shift(reading.agent, s.start) } : {}) };
      found.push({ sentenceEnd: s.end, finding });
    }
  }
  return found;
}

/** A parenthesised question at the end of a sentence, its closing parenthesis just after it. */
const ASIDE_QUESTION = /\s\(((?:[^()]|\([^()]{0,12}\)){1,300}[?？])$/;

const shift = <T extends { start: number; end: number }>(p: T, by: number): T => ({ ...p, start: p.start + by, end: p.end + by });

/** Sentences too short or all masked hold nothing to read. */
function mayHold(sentence: string): boolean {
  return sentence.length >= 8 && sentence.replaceAll(OPAQUE, '').trim().length >= 6;
}

/** The blaming (or hindsight) sentences of a document, each placed with a message and a fix that adds a question. */
export function findWordingFindings(doc: WordingDocument, kind: WordingKind): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  const language = doc.language ?? 'en';
  for (const { block, sentenceEnd, finding } of readDocument(doc.tree, doc.text, doc.sentences)) {
    if (finding.kind !== kind) continue;
    const from = finding.agent && finding.agent.start < finding.cue.start ? finding.agent.start : finding.cue.start;
    let to = Math.max(finding.cue.end, finding.agent?.end ?? 0);
    // Masked content (HTML, code) and breaks glued to the last word are not part of what is quoted or marked.
    while (to > from + 1 && /[\s\uFFFC\u2029]/.test(block.text[to - 1]!)) to--;
    if (doc.allowedTerms?.length && allowedHere(block.text, doc.allowedTerms, finding)) continue;
    const start = docOffset(block, from);
    const end = docOffset(block, to - 1) + 1;
    const actual = shownMasked(block.text.slice(from, to)).replace(/\s+/g, ' ');
    // After the sentence's last character that is not white space: never between "\r" and "\n".
    let last = sentenceEnd;
    while (last > 1 && /\s/.test(block.text[last - 1]!)) last--;
    const at = docOffset(block, last - 1) + 1;
    const fixes: Fix[] = [];
    // Adds the question after the sentence: nothing the writer wrote is removed or changed.
    if (doc.text.slice(at - 1, at) === block.text.slice(last - 1, last)) {
      const point = doc.lines.point(at);
      const title = language === 'ko' ? `문장 뒤에 질문 추가: "${finding.question}"` : `Add the question "${finding.question}" after the sentence`;
      const ended = /[.!?。！？]$/.test(block.text.slice(last - 1, last));
      fixes.push({ title, edits: [{ start: point, end: point, newText: ended ? ' ' + finding.question : ` (${finding.question})` }] });
    }
    out.push({
      finding,
      message: describe(finding, actual),
      span: { start: doc.lines.point(start), end: doc.lines.point(end) },
      fixes,
      actual,
      expected: [finding.question],
    });
  }
  return out;
}

/**
 * Is the finding's failure, or the word that names its person, an allowed
 * term? Modifiers around the person ("the rockstar intern") do not count:
 * allowing a word does not allow the sentence it sits in.
 */
function allowedHere(text: string, allowed: readonly string[], f: SentenceFinding): boolean {
  const spans = allowedSpans(text, allowed);
  const head = f.agent ? { start: f.agent.start + f.agent.text.search(/\S+$/), end: f.agent.end } : undefined;
  const overlaps = (a: { start: number; end: number }): boolean => spans.some((s) => s.start < a.end && a.start < s.end);
  return overlaps(f.cue) || (head !== undefined && overlaps(head));
}
