import type { Heading, List, ListItem, Paragraph, Table, TableRow } from 'mdast';
import { nodeSpan, plainText, plainWords, squash, type LineIndex } from '../text.js';
import { NOT_ACTION_ITEMS, NOT_ACTION_LEAD_INS, fieldPattern, isPlaceholder, statusDone, unicodeWords } from '../lang/data.js';
import { classifyHeading } from './section-kinds.js';
import { looksLikeActionItems, looksLikeDoneWork } from './content-kind.js';
import type { Block } from './structure.js';
import { leadingLabel } from './structure.js';
import type { ActionItem, Span, Term } from './types.js';
import { dueInText, dueValue, readDue } from './due.js';
import { readLeadingTimestamp } from './time.js';
import { BoundedMemo } from '../bounded-memo.js';

const MENTION = /(?<![\p{L}\p{N}_.@/])@([\p{L}\p{N}][\p{L}\p{N}_.-]*[\p{L}\p{N}_])/u;
// Field names are data (src/core/lang/<language>/fields.json).
const OWNER_FIELD = new RegExp('(?:' + fieldPattern('owner') + ')\\s*[:：=]\\s*(@?[^\\s,;)\\]|]+(?:\\s[A-Z][\\w-]+)?)', 'iu');
const STATUS_FIELD = new RegExp('(?:' + fieldPattern('status') + ')\\s*[:：=]\\s*([^,;|)\\]]{1,30})', 'iu');
const TERM_TEXT: Array<[Term, RegExp]> = [
  ['short', unicodeWords(/\b(short[- ]?term|term\s*[:=]\s*short|immediate(ly)?|quick wins?|this (week|sprint))\b|단기|즉시/i)],
  ['mid', unicodeWords(/\b(mid[- ]?term|medium[- ]?term|term\s*[:=]\s*(mid|medium)|next quarter)\b|중기/i)],
  ['long', unicodeWords(/\b(long[- ]?term|term\s*[:=]\s*long|strategic)\b|장기/i)],
];
const DONE_TEXT = unicodeWords(
  /(?:✅|✔️?|☑️?|\bDONE\b|\((?:done|completed?|fixed|finished|resolved|added|implemented|deployed|merged|shipped|released)\b[^)]*\)|\b(?:done|completed?) in (?:pr|#)|\b(?:this|it) (?:has|have) (?:already )?been (?:done|completed|added|fixed|implemented|deployed|merged|shipped)\b|~~.*~~|\[완료\]|\(완료\)|이미\s?(?:완료|적용|반영|배포)(?:했|되었|됐|됨|함))/,
);
/** Work named and said complete inside the item: "PDB 적용 완료, 모니터링 강화", "backfill complete". */
const WORK_COMPLETE = unicodeWords(
  /(?:적용|배포|반영|수정|조치|설정|구축|추가|도입|작성|백필|전환)\s?완료(?!\s?(?:후|시|되면|하면|예정|목표|까지|일|여부))|\b(?:rollout|migration|deploy(?:ment)?|backfill|fix|cleanup|upgrade)\s+(?:is\s+|was\s+)?(?:complete|completed|finished|done)\b(?!\s+(?:by|before|when|once))/i,
);
/** Still to do: "… needed", "~ 필요". */
const NEEDED = unicodeWords(/\b(?:still\s+)?(?:needed|required|needs to|to be done)\b|필요(?!\s?없)/i);
const DONE_CONTEXT = unicodeWords(/\b(completed?|done|finished)\b|완료/i);
const NOT_DONE_CONTEXT = unicodeWords(/\b(not|un)[- ]?(done|completed?|finished)\b|\b(being|be|to be|will be|to|yet to) (done|completed?|finished)\b|미완료/i);
const TICKET_KEY = unicodeWords(/(?<![\w/])([A-Z][A-Z0-9]{1,9}-\d+)\b|(?<![\w&])(#\d+)\b/);

const COLUMNS = {
  text: unicodeWords(/\b(action|item|task|description|what|title|remediation|follow[- ]?up)s?\b|조치|내용|항목|작업|할\s?일/i),
  owner: unicodeWords(/\b(owners?|assignee|who|responsible|dri)\b|담당/i),
  due: unicodeWords(/\b(due|deadline|target|eta|when|date)\b|기한|마감|일정|목표/i),
  term: unicodeWords(/\b(term|horizon|type|priority|timeframe)\b|기간|구분|유형/i),
  status: unicodeWords(/\b(status|state|done|progress)\b|상태|완료|진행/i),
  ticket: unicodeWords(/\b(ticket|issue|link|jira|tracking|pr)\b|티켓|이슈|링크/i),
};

/** A commit hash ("3d280ac"): the change has landed. Letters and digits both, so no word or number reads as one. */
const COMMIT = /(?<![\p{L}\p{N}_./-])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}(?![\p{L}\p{N}_/-])/u;

/** Done state written in an item's text: a mark, "(done)", struck-through text, a "Status: …" field, or the commit that landed it. */
function textSaysDone(text: string): boolean {
  const field = STATUS_FIELD.exec(text);
  if (field) {
    const said = statusDone(field[1]);
    if (said !== null) return said;
  }
  if (DONE_TEXT.test(text)) return true;
  if (WORK_COMPLETE.test(text) && !NEEDED.test(text) && statusDone(text) !== false) return true;
  const said = statusMark(text);
  if (said !== null) return said;
  return COMMIT.test(text) && statusDone(text) !== false && !NEEDED.test(text);
}

/** A status mark opening the item ("🟢 Add a canary", "⏳ …"). */
const LEAD_MARK = /^\s*([\p{Extended_Pictographic}\u2610-\u2612\u2713-\u2718][\uFE0F\u200D\p{Extended_Pictographic}]*)/u;
/** A status word closing the item after a dash, arrow, colon or bracket: "— done", "→ 완료", ": 완료됨", "(merged)". */
const TAIL_STATUS = /(?:\s[—–\-→|]\s*|[:：→]\s*|\s?[(\[])([\p{L}][\p{L} -]{0,14}?)[)\]]?[.!]?\s*$/u;

/** Done state said by a mark before the item or a status word after it, else null. */
function statusMark(text: string): boolean | null {
  const lead = LEAD_MARK.exec(text);
  if (lead) {
    const said = statusDone(lead[1]);
    if (said !== null) return said;
  }
  const tail = TAIL_STATUS.exec(text);
  if (tail && tail[1].trim().split(/\s+/).length <= 2) return statusDone(tail[1]);
  return null;
}

/** Struck-through text: the whole first paragraph is `~~…~~`. */
function struckThrough(p: Paragraph): boolean {
  const parts = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return parts.length > 0 && parts.every((c) => c.type === 'delete');
}

function termOf(text: string): Term | null {
  for (const [term, re] of TERM_TEXT) if (re.test(text)) return term;
  return null;
}

function normalizeDate(s: string): string {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : s;
}

function firstUrl(node: ListItem | Paragraph | TableRow): string | null {
  let found: string | null = null;
  const walk = (n: { type: string; url?: string; children?: unknown[] }) => {
    if (found) return;
    if ((n.type === 'link' || n.type === 'linkReference') && n.url && /^https?:\/\//i.test(n.url)) found = n.url;
    for (const c of (n.children ?? []) as Array<typeof n>) walk(c);
  };
  walk(node as never);
  return found;
}

interface Context {
  term: Term | null;
  done: boolean;
}

function contextOf(titles: string[]): Context {
  let term: Term | null = null;
  let done = false;
  for (const t of titles) {
    term = termOf(t) ?? term;
    // "Completed:", "완료된 조치"; not "What is being done about this?".
    if (DONE_CONTEXT.test(t) && !NOT_DONE_CONTEXT.test(t) && !t.includes('?')) done = true;
  }
  return { term, done };
}

function fieldsFromText(text: string, ctx: Context) {
  const own = ownFields.get(text, readOwnFields);
  return { owner: own.owner, due: own.due, term: own.term ?? ctx.term, done: ctx.done || own.done };
}

/** Action items stay the same from one analysis of a document to the next: what an item's own text says is read once. */
const ownFields = new BoundedMemo<string, { owner: string | null; due: string | null; term: Term | null; done: boolean }>(20_000);

function readOwnFields(text: string) {
  const owner = OWNER_FIELD.exec(text)?.[1] ?? (MENTION.exec(text) ? '@' + MENTION.exec(text)![1] : null);
  const dueMatch = dueInText(text);
  return {
    // A template's `@name` is no owner: the item still needs one.
    owner: owner && !isPlaceholder('owner', owner.replace(/[.,:]$/, '')) ? owner.replace(/[.,:]$/, '') : null,
    due: dueMatch ? dueValue(dueMatch) : null,
    term: termOf(text),
    done: textSaysDone(text),
  };
}

/** Does this item only name a group of sub-items ("Process:", "**Monitoring**")? */
function isGroupLabel(item: ListItem): boolean {
  const first = item.children[0];
  const hasSubList = item.children.some((c) => c.type === 'list');
  if (!hasSubList || !first || first.type !== 'paragraph') return false;
  const text = plainWords(first);
  if (text.endsWith(':')) return true;
  if (leadingLabel(first)?.rest === '') return true;
  return text.split(' ').length <= 4 && !/[.!?]$/.test(text);
}

function checkboxSpan(item: ListItem, lines: LineIndex): Span | null {
  if (item.checked === null || item.checked === undefined) return null;
  const start = item.position!.start.offset!;
  const head = lines.text.slice(start, Math.min(start + 40, item.position!.end.offset!));
  const m = /\[[ xX]\]/.exec(head);
  return m ? lines.span(start + m.index, start + m.index + 3) : null;
}

function listItems(list: List, ctx: Context, titles: string[], lines: LineIndex, out: ActionItem[]) {
  for (const item of list.children) fromItem(item, ctx, titles, lines, out);
}

function fromItem(item: ListItem, ctx: Context, titles: string[], lines: LineIndex, out: ActionItem[]) {
  const first = item.children[0];
  if (isGroupLabel(item)) {
    const label = first && first.type === 'paragraph' ? plainWords(first).replace(/:$/, '') : '';
    if (describesResults(label)) return;
    const inner = contextOf([...titles, label]);
    for (const c of item.children) if (c.type === 'list') listItems(c, { term: inner.term ?? ctx.term, done: ctx.done || inner.done }, [...titles, label], lines, out);
    return;
  }
  if (!first || first.type !== 'paragraph') return;
  const text = plainWords(first);
  if (!text) return;
  const full = plainWords(item);
  const f = fieldsFromText(full, ctx);
  const span = lines.span(item.position!.start.offset!, Math.min(first.position!.end.offset!, lines.lineEnd(first.position!.start.line)));
  const ticketKey = TICKET_KEY.exec(full);
  out.push({
    line: span.start.line,
    text,
    owner: f.owner,
    due: f.due,
    term: f.term,
    done: item.checked === true || (item.checked !== false && (f.done || struckThrough(first))),
    ticket: firstUrl(item) ?? (ticketKey ? ticketKey[1] ?? ticketKey[2] : null),
    kind: 'list',
    span,
    doneMarker: checkboxSpan(item, lines),
  });
  // Checklists nest real sub-tasks; plain sub-bullets only add detail.
  for (const c of item.children) {
    if (c.type === 'list' && c.children.some((i) => i.checked !== null && i.checked !== undefined)) listItems(c, ctx, titles, lines, out);
  }
}

function fromTable(table: Table, ctx: Context, lines: LineIndex, out: ActionItem[]) {
  const [header, ...rows] = table.children;
  if (!header) return;
  const names = header.children.map((c) => plainWords(c));
  const find = (re: RegExp, not: number[] = []) => names.findIndex((n, i) => !not.includes(i) && re.test(n));
  const owner = find(COLUMNS.owner);
  const status = find(COLUMNS.status, [owner]);
  const due = find(COLUMNS.due, [owner, status]);
  const term = find(COLUMNS.term, [owner, status, due]);
  const ticket = find(COLUMNS.ticket, [owner, status, due, term]);
  let textCol = find(COLUMNS.text, [owner, status, due, term, ticket]);
  if (textCol < 0) textCol = names.findIndex((_, i) => ![owner, status, due, term, ticket].includes(i));
  if (textCol < 0) return;
  for (const row of rows) {
    const cell = (i: number) => (i >= 0 && row.children[i] ? plainWords(row.children[i]) : '');
    const text = cell(textCol);
    if (!text) continue;
    const f = fieldsFromText(text, ctx);
    const statusText = cell(status);
    const dueText = cell(due);
    const dueRead = dueText ? readDue(dueText) : null;
    // "Moved to 2025-09-01": a full date anywhere in the cell.
    const dueDate = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/.exec(dueText)?.[0];
    const ticketKey = TICKET_KEY.exec(cell(ticket) + ' ' + text);
    const span = nodeSpan(row);
    out.push({
      line: span.start.line,
      text,
      owner: cell(owner) || f.owner,
      due: dueRead ? dueValue(dueRead) : dueDate ? normalizeDate(dueDate) : (status < 0 && dueSaysDone(dueText, false) ? null : dueText) || f.due,
      term: termOf(cell(term)) ?? f.term,
      done: statusText ? (statusDone(statusText) ?? f.done) : f.done || dueSaysDone(dueText, dueRead !== null),
      ticket: firstUrl(row) ?? (ticketKey ? ticketKey[1] ?? ticketKey[2] : null),
      kind: 'table',
      span: lines.span(span.start.offset, lines.lineEnd(span.start.line)),
      doneMarker: status >= 0 && row.children[status] ? nodeSpan(row.children[status]) : null,
    });
  }
}

/** A table without a status column that writes the state in the due cell: "DONE in v2", "완료". */
function dueSaysDone(dueText: string, readAsDue: boolean): boolean {
  if (!dueText || readAsDue || /\b(?:by|until|before|to be|will)\b|까지|예정/i.test(dueText)) return false;
  return statusDone(dueText) === true;
}

/** A sentence that only sends the reader elsewhere: "You can read more at …", "For more details, see …", "자세한 내용은 … 참고". */
const POINTS_TO_MORE = unicodeWords(/^(?:you\s+(?:can|may)\s+)?(?:read|learn|find\s+out)\s+more\b|^(?:for\s+)?(?:more|further)\s+(?:details|information)\b|^자세한\s?(?:내용|사항)은/i);

/**
 * Plain paragraphs in an action-items section: one item each, or one per line
 * when every line reads as its own sentence (items written without bullets).
 */
function fromParagraph(p: Paragraph, ctx: Context, lines: LineIndex, out: ActionItem[], single = false) {
  const text = plainWords(p);
  if (!text || text.endsWith(':') || leadingLabel(p)?.rest === '') return;
  const start = p.position!.start.line;
  const end = p.position!.end.line;
  const rawLines: Array<[number, string]> = [];
  for (let l = start; l <= end; l++) rawLines.push([l, lines.text.slice(lines.lineStart(l), lines.lineEnd(l))]);
  const perLine = !single && rawLines.length > 1 && rawLines.slice(0, -1).every(([, s]) => /[.!?)]\s*$|<br\s*\/?>\s*$/i.test(s));
  const parts = perLine ? rawLines : [[start, text] as [number, string]];
  for (const [line, raw] of parts) {
    const t = squash(raw.replace(/<br\s*\/?>/gi, ' ').replace(/[*_`]/g, ''));
    if (!t || POINTS_TO_MORE.test(t)) continue;
    const f = fieldsFromText(t, ctx);
    const span = lines.span(lines.lineStart(line), lines.lineEnd(line));
    const ticketKey = TICKET_KEY.exec(t);
    out.push({ line, text: t, ...f, ticket: firstUrl(p) ?? (ticketKey ? ticketKey[1] ?? ticketKey[2] : null), kind: 'list', span, doneMarker: null });
  }
}

/** A numbered list whose last item is a bold title or ends with a colon: the bullets right after it are its details. */
function headsDetails(node: Block['node']): boolean {
  if (node.type !== 'list' || !node.ordered) return false;
  const last = node.children[node.children.length - 1];
  const first = last?.children[0];
  if (!first || first.type !== 'paragraph' || last.children.length > 1) return false;
  return first.children[0]?.type === 'strong' || plainWords(first).endsWith(':');
}

/** A sentence that introduces what was learned. */
function saysLessons(text: string): boolean {
  return text.length <= 200 && NOT_ACTION_LEAD_INS.test(text) && !/[?？]\s*$/.test(text);
}

/** "1. ", "2) ": a numbered heading. */
const NUMBERED = /^\d{1,2}[.)]\s/;

/** A heading or label that names the fix made: "Fixes", "The fix", "수정 사항". */
const FIX_TITLE = /^(?:the\s+)?(?:fix|fixes|fixed|fix(?:es)?\s+applied|수정|수정\s?사항|수정\s?내용|해결|해결책|조치\s?내용)[\s:：]*$/i;

/** A sub-heading that names no section and no group of items ("Short-term"): one action. */
function namesAction(text: string): boolean {
  return classifyHeading(text) === 'other' && termOf(text) === null && !describesResults(text) && !readLeadingTimestamp(text);
}

/** "Benefits", "Expected results", "효과": a list of what the actions bring, not of actions. */
function describesResults(title: string): boolean {
  return NOT_ACTION_ITEMS.test(title) && classifyHeading(title) !== 'action-items';
}

/**
 * "## 5. Root cause", "## 6. Corrective actions", "## 7. Preventive measures": a numbered heading that names the
 * action-items section and goes on from the number of the section heading before it at its depth is a section
 * title, not an action ("## Follow-ups / ### 1. Harden CORS / ### 2. …" starts a numbering of its own).
 */
function numberedSectionTitles(blocks: Block[]): Set<Heading> {
  const titles = new Set<Heading>();
  /** The last numbered heading at each depth, and whether it titles a section. */
  const last = new Map<number, { n: number; section: boolean }>();
  for (const b of blocks) {
    if (b.node.type !== 'heading') continue;
    const h = b.node;
    for (const d of last.keys()) if (d > h.depth) last.delete(d);
    const text = plainWords(h);
    const m = /^(\d{1,2})[.)]\s/.exec(text);
    if (!m) continue;
    const n = +m[1];
    const before = last.get(h.depth);
    const section = b.kind !== 'action-items' || (before !== undefined && before.section && n === before.n + 1 && classifyHeading(text) === 'action-items');
    if (section && b.kind === 'action-items') titles.add(h);
    last.set(h.depth, { n, section });
  }
  return titles;
}

export function extractActionItems(blocks: Block[], lines: LineIndex, title: string | null = null): ActionItem[] {
  const out: ActionItem[] = [];
  // The document's title names the incident, not a list: "… 연결과 재준비 불가" or "Results of a bad deploy" keep their items.
  const mine = blocks.filter((b) => b.kind === 'action-items' && !b.context.some((t, i) => !(i === 0 && t === title) && describesResults(t)));
  const next = new Map(blocks.map((b, i) => [b, blocks[i + 1]]));
  // Prose around a list or table introduces it; only documents without either write items as paragraphs.
  const structured = mine.some((b) => b.node.type === 'table' || b.node.type === 'list' || (b.node.type === 'listItem' && !b.labelled));
  // A section that keeps its items in a table uses lists around it for definitions.
  const tableContexts = new Set(mine.filter((b) => b.node.type === 'table').map((b) => b.context.join('\0')));
  // Without lists or tables, unnamed sub-headings of the section ("### 1. 설치 전 구성", "### 2. Verification steps")
  // name one action each; the prose under them explains it.
  // With lists, numbered sub-headings ("### 1. CORS 설정 강화", "### 2. WAF 규칙 추가") still name one action each
  // when what stands under them details it rather than listing actions of its own.
  const sectionTitles = numberedSectionTitles(blocks);
  const headings = mine.flatMap((b) => (b.node.type === 'heading' && !sectionTitles.has(b.node) ? [plainWords(b.node)] : []));
  let actionHeadings: string[];
  if (structured) {
    // The titles above a table or a list of actions, found in one pass: those headings group items, they are none.
    const grouping = new Set(mine.flatMap((b) => (b.node.type === 'table' || looksLikeActionItems(b.node) ? b.context : [])));
    actionHeadings = headings.filter((t) => NUMBERED.test(t) && (namesAction(t) || classifyHeading(t) === 'action-items') && termOf(t) === null && !grouping.has(t));
  } else actionHeadings = headings.filter(namesAction);
  const headed = actionHeadings.length >= 2 ? new Set(actionHeadings) : null;
  /** A lead-in paragraph ("Completed:", "남은 작업:") names the list after it. */
  let leadIn: { text: string; context: string } | null = null;
  let previous: Block | null = null;
  for (const block of mine) {
    const node = block.node;
    const key = block.context.join('\0');
    const before = previous;
    previous = block;
    // "1. **Migration**" then unindented "- Created …" bullets: the bullets detail the numbered item above them.
    if (node.type === 'list' && !node.ordered && before && next.get(before) === block && headsDetails(before.node)) continue;
    // "**Fixes:**" over "- `LIMIT` raised to 4M", "- the client now retries": the fix as made, not actions still to take.
    if (node.type === 'list' && FIX_TITLE.test(block.context[block.context.length - 1] ?? '') && looksLikeDoneWork(node)) continue;
    // "크게 네 가지를 배웠습니다.", "We learned three things." right before a list: lessons, not actions.
    if (node.type === 'list' && before && next.get(before) === block && before.node.type === 'paragraph' && saysLessons(plainWords(before.node))) continue;
    const lead = leadIn && leadIn.context === key && node.type === 'list' ? [leadIn.text] : [];
    leadIn = null;
    // "Key points:", "예상 질문:" before a list names what follows as something other than actions.
    if (lead.length && (describesResults(lead[0]) || NOT_ACTION_LEAD_INS.test(lead[0]))) continue;
    if (headed && node.type === 'heading' && headed.has(plainWords(node))) {
      const text = plainWords(node);
      const f = fieldsFromText(text, contextOf(block.context));
      const span = lines.span(node.position!.start.offset!, lines.lineEnd(node.position!.start.line));
      out.push({ line: span.start.line, text, ...f, ticket: null, kind: 'list', span, doneMarker: null });
      continue;
    }
    if (headed && (node.type === 'paragraph' || node.type === 'list') && block.context.some((t) => headed.has(t))) continue;
    if (block.planned && node.type === 'paragraph') {
      // One item: the planning sentence, on the paragraph's first line; what follows may introduce its details.
      const all = plainWords(node);
      const text = /^.*?(?:[.!?。](?=\s|$)|$)/su.exec(all)?.[0] ?? all;
      const line = node.position!.start.line;
      const span = lines.span(lines.lineStart(line), lines.lineEnd(line));
      const ticketKey = TICKET_KEY.exec(text);
      out.push({ line, text, ...fieldsFromText(text, contextOf(block.context)), ticket: firstUrl(node) ?? (ticketKey ? ticketKey[1] ?? ticketKey[2] : null), kind: 'list', span, doneMarker: null });
      continue;
    }
    if (block.actionPoint && node.type === 'paragraph') {
      const before = out.length;
      fromParagraph(node, contextOf(block.context), lines, out, true);
      // "- This has been done." right under it.
      const after = next.get(block);
      if (after && after.node.type === 'list' && out.length === before + 1) {
        const first = after.node.children[0];
        if (first && statusDone(plainWords(first)) === true) out[before].done = true;
      }
      continue;
    }
    if (node.type === 'paragraph') {
      const text = plainWords(node);
      if (text.endsWith(':') && text.length <= 60) leadIn = { text: text.replace(/:$/, ''), context: key };
    }
    const ctx = contextOf([...block.context, ...lead]);
    const inTableSection = tableContexts.has(block.context.join('\0'));
    if (node.type === 'list' && !inTableSection) listItems(node, ctx, block.context, lines, out);
    else if (node.type === 'listItem') {
      // A labelled item (`- **Review actions**:`) holds its items in a sub-list.
      if (block.labelled) for (const c of node.children) if (c.type === 'list') listItems(c, ctx, block.context, lines, out);
      if (!block.labelled) fromItem(node, ctx, block.context, lines, out);
    } else if (node.type === 'table') fromTable(node, ctx, lines, out);
    else if (node.type === 'paragraph') {
      const label = leadingLabel(node);
      if (label ? label.rest && block.labelled : !structured) fromParagraph(node, ctx, lines, out);
    }
  }
  return out;
}
