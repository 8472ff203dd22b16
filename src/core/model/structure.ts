import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { nodeSpan, plainText, plainWords, squash, type LineIndex } from '../text.js';
import { isPlanned, looksLikeActionItems, looksLikeDoneWork, looksLikeTimeline, stampCount } from './content-kind.js';
import { classifyHeading, classifyHeadingKinds, isAside, isStatement } from './section-kinds.js';
import { readLeadingTimestamp } from './time.js';
import type { Section, SectionKind } from './types.js';

/** A block of the document together with the section it belongs to. */
export interface Block {
  node: RootContent | ListItem;
  kind: SectionKind;
  /** Titles of the enclosing headings and labels, outermost first ("Action items", "Short-term"). */
  context: string[];
  /** A paragraph or list item that opens with a bold section label (`- **Impact**: ...`). */
  labelled?: boolean;
  /** A paragraph that states one action anywhere in the document: "Action point: …", "후속 조치: …". */
  actionPoint?: boolean;
  /** A paragraph among lists of actions whose first sentence plans one more: "Lastly, we will …". */
  planned?: boolean;
}

/** "Action point: create a mailing list", "TODO: …", "후속 조치: …": one action item written in running text. */
const ACTION_POINT = /^(?:action(?:[ -]?(?:points?|items?))?|follow[- ]?ups?|todo|to-do|next steps?|후속\s?(?:조치|작업)|조치\s?항목|액션(?:\s?아이템)?|할\s?일)\s*[:：]\s*\S/iu;

/** "Action point: …" in running text, or "**Action:** …" whose bold label names no section. */
function opensActionPoint(p: Paragraph): boolean {
  const first = p.children[0];
  if (first?.type === 'text') return ACTION_POINT.test(plainWords(p));
  if (first?.type !== 'strong') return false;
  const label = leadingLabel(p);
  return label !== null && label.rest !== '' && classifyHeading(label.text) === 'other' && ACTION_POINT.test(plainWords(p));
}

/** Words that point at what follows: the sentence introduces a list, it is no action itself. */
const POINTS_AHEAD = /\b(?:following|below|these|as follows)\b|다음과\s?같|아래/i;

/** The first sentence of a paragraph plans an action: "Lastly, we will upgrade …", "… 전환할 예정입니다." */
export function statesPlan(p: Paragraph): boolean {
  if (leadingLabel(p)) return false;
  const text = plainWords(p);
  const first = /^.*?(?:[.!?。](?=\s|$)|$)/su.exec(text)?.[0] ?? text;
  return isPlanned(first) && /(?:^|\s)we(?:'ll|\s)|예정/i.test(first) && !first.endsWith(':') && !POINTS_AHEAD.test(first);
}

export interface Structure {
  title: string | null;
  sections: Section[];
  blocks: Block[];
}

/** A heading that is only a summary word: it stays the document's summary wherever it stands ("구현 개요" is the overview of its section). */
const PLAIN_SUMMARY = /^(?:[\d.]+\s*)?(?:summary|overview|tl;?dr|synopsis|요약|개요|한\s?줄\s?요약)[\s:.]*$/i;

/** Words that give a group of follow-ups its term or urgency. */
const URGENCY = /즉시|당장|긴급|단기|중기|장기|이내|immediate|urgent|short[- ]?term|mid[- ]?term|medium[- ]?term|long[- ]?term|within/i;

/** A plain key of one to four words before a colon and a value: "Root Causes: haste". */
const PLAIN_KEY = /^([\p{L}][\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,3})\s?[:：](?=\s+\S)/u;

/** Depth given to bold labels (`**Impact**:`), below every heading. */
const LABEL_DEPTH = 7;

/** A bold label that opens a paragraph or list item: `**Impact**:`, `**Timeline**`. */
export function leadingLabel(p: Paragraph): { text: string; rest: string; node: PhrasingContent } | null {
  const first = p.children[0];
  if (!first || first.type !== 'strong') return null;
  const label = plainWords(first);
  const rest = squash(p.children.slice(1).map((c) => plainText(c)).join(''));
  // "**Timeline** (as seen on the dashboard):" is a label on its own line too.
  const aside = /^\([^()]{1,80}\)\s*:$/.test(rest) ? '' : rest;
  const colon = label.endsWith(':') || aside.startsWith(':') || aside !== rest;
  if (!colon && rest !== '') return null;
  const text = label.replace(/:$/, '').trim();
  if (!text || text.length > 60) return null;
  return { text, rest: aside.replace(/^:\s*/, ''), node: first };
}

/** Bold labels opening the second and later lines of a paragraph: `**Root cause:** …` after `**Severity:** …`. */
function laterLabels(p: Paragraph): Array<{ text: string; node: PhrasingContent }> {
  const out: Array<{ text: string; node: PhrasingContent }> = [];
  const kids = p.children;
  for (let i = 1; i < kids.length; i++) {
    const c = kids[i]!;
    const before = kids[i - 1]!;
    const lineStart = before.type === 'break' || (before.type === 'text' && /\n\s*$/.test(before.value));
    if (c.type !== 'strong' || !lineStart || !c.position) continue;
    const label = plainWords(c);
    const after = kids[i + 1];
    if (!label.endsWith(':') && !(after?.type === 'text' && /^\s*:/.test(after.value))) continue;
    const text = label.replace(/:$/, '').trim();
    if (text && text.length <= 60) out.push({ text, node: c });
  }
  return out;
}

/** The kinds a heading names; the title and timestamp headings ("### 14:08 - Rolled back") name none. */
function headingKinds(h: Heading, isTitle: boolean): SectionKind[] {
  if (isTitle) return ['other'];
  const text = plainText(h);
  if (readLeadingTimestamp(text)) return ['other'];
  return classifyHeadingKinds(text);
}

interface Frame {
  depth: number;
  kind: SectionKind;
  title: string;
  section: Section | null;
  /** The document title, or a heading that is a timeline entry or date: never a section of a kind. */
  fixed?: boolean;
  /** An appendix, references or a runbook: nothing under it is a section of the postmortem. */
  aside?: boolean;
}

/** Kinds a section may take from its content when its heading does not name them. */
function contentKind(node: RootContent | ListItem): SectionKind | null {
  if (looksLikeTimeline(node)) return 'timeline';
  if (looksLikeActionItems(node)) return 'action-items';
  return null;
}

/**
 * Splits the document into sections by headings and bold labels, and tags every
 * block with the kind of its innermost recognised section: "## Action items /
 * ### Short-term" keeps its items under action-items.
 */
export function buildStructure(tree: Root, lines: LineIndex, frontTitle: string | null): Structure {
  const sections: Section[] = [];
  const blocks: Block[] = [];
  const stack: Frame[] = [];
  /** The open frames of every block, to judge sections by their content afterwards. */
  const blockFrames: Frame[][] = [];
  let title = frontTitle;
  let firstHeadingSeen = false;
  const docEnd = lines.text.length;

  const effective = (): { kind: SectionKind; context: string[] } => {
    let kind: SectionKind = 'other';
    for (const f of stack) {
      if (f.aside) {
        kind = 'other';
        break;
      }
      if (f.kind !== 'other') kind = f.kind;
    }
    return { kind, context: stack.map((f) => f.title) };
  };

  const close = (depth: number, endOffset: number) => {
    while (stack.length && stack[stack.length - 1].depth >= depth) {
      const f = stack.pop()!;
      if (f.section) setEnd(f.section, endOffset);
    }
  };

  const setEnd = (s: Section, endOffset: number) => {
    let end = endOffset;
    while (end > 0 && /\s/.test(lines.text[end - 1])) end--;
    s.endOffset = Math.max(end, s.heading.end.offset);
    s.endLine = lines.point(s.endOffset).line;
  };

  const open = (depth: number, kinds: SectionKind[], titleText: string, span: Section['heading'], fixed = false, aside = false) => {
    const [kind, ...also] = kinds;
    const section: Section = { kind, title: titleText, line: span.start.line, depth, heading: span, endLine: span.end.line, endOffset: span.end.offset };
    if (also.length) section.alsoKinds = also;
    if (aside) section.aside = true;
    sections.push(section);
    stack.push({ depth, kind, title: titleText, section, fixed, aside });
  };

  const push = (block: Block) => {
    blocks.push(block);
    blockFrames.push([...stack]);
  };

  // Beside a front-matter title, H1s are sections only in a blog post whose sections are all H1s.
  const h1Sections = frontTitle !== null && tree.children.filter((n) => n.type === 'heading' && n.depth === 1).length > 1;
  for (const node of tree.children) {
    const start = node.position?.start.offset ?? 0;
    if (node.type === 'heading') {
      close(node.depth, start);
      // The first H1 is the title. Beside a front-matter title it may instead be a section
      // ("# 배경" among other H1 sections), but only when its words name a kind: a lone H1
      // ("# Outage caused by a bad deploy") is the title, never an analysis above the sections.
      const text = plainWords(node);
      const repeatsTitle = frontTitle !== null && squash(frontTitle).toLowerCase() === text.toLowerCase();
      const isTitle = !firstHeadingSeen && node.depth === 1 && (!h1Sections || repeatsTitle || classifyHeading(text) === 'other');
      firstHeadingSeen = true;
      if (isTitle && !frontTitle) title = text;
      const aside = !isTitle && (stack.some((f) => f.aside) || isAside(text));
      let kinds = aside ? (['other'] as SectionKind[]) : headingKinds(node, isTitle);
      // A sub-heading that only says "overview", or states a finding as a sentence, belongs to the section around it.
      const named = [...stack].reverse().find((f) => f.kind !== 'other' && !f.fixed);
      if (named && !aside && ((kinds.length === 1 && kinds[0] === 'summary' && named.kind !== 'summary' && !PLAIN_SUMMARY.test(squash(text))) || isStatement(text))) kinds = ['other'];
      // "즉시 조치 (Immediate - 24시간 이내)" under action items: how soon the follow-ups are due, not the recovery.
      if (named?.kind === 'action-items' && !aside && kinds.every((k) => k === 'recovery' || k === 'response') && URGENCY.test(text)) kinds = ['other'];
      open(node.depth, kinds, text, nodeSpan(node), isTitle || readLeadingTimestamp(plainText(node)) !== null, aside);
      // Headings are blocks too: "### 14:08" is a timeline entry, "### 2023-08-25" sets the date.
      push({ node, ...effective() });
      continue;
    }
    if (node.type === 'paragraph' && opensActionPoint(node) && !stack.some((f) => f.aside)) {
      // The section that states it holds action items too.
      const frame = [...stack].reverse().find((f) => f.section && !f.fixed);
      const around = effective().kind;
      if (frame && frame.kind === 'other') {
        // An unnamed sub-section keeps the kind around it ("Lessons learned / Fork monitoring") and adds action items.
        frame.kind = around === 'other' ? 'action-items' : around;
        frame.section!.kind = frame.kind;
        if (around !== 'other' && around !== 'action-items') frame.section!.alsoKinds = ['action-items'];
      } else if (frame && frame.kind !== 'action-items' && !frame.section!.alsoKinds?.includes('action-items')) {
        frame.section!.alsoKinds = [...(frame.section!.alsoKinds ?? []), 'action-items'];
      }
      push({ node, kind: 'action-items', context: effective().context, actionPoint: true });
      continue;
    }
    if (node.type === 'paragraph' && !stack.some((f) => f.aside)) {
      // "**Severity:** …⏎**Root cause:** …": labels opening the paragraph's later lines are sections too.
      for (const later of laterLabels(node)) {
        const laterKind = classifyHeading(later.text);
        if (laterKind === 'other') continue;
        const section: Section = { kind: laterKind, title: later.text, line: later.node.position!.start.line, depth: LABEL_DEPTH, heading: nodeSpan(later.node), endLine: 0, endOffset: 0 };
        setEnd(section, node.position!.end.offset!);
        sections.push(section);
      }
    }
    if (node.type === 'paragraph') {
      const label = leadingLabel(node);
      const kind = label ? classifyHeading(label.text) : 'other';
      if (label && kind !== 'other' && !stack.some((f) => f.aside)) {
        close(LABEL_DEPTH, start);
        if (label.rest === '') {
          // A label on its own line opens a pseudo-section until the next heading or label.
          open(LABEL_DEPTH, [kind], label.text, nodeSpan(node));
          continue;
        }
        const section: Section = { kind, title: label.text, line: node.position!.start.line, depth: LABEL_DEPTH, heading: nodeSpan(label.node), endLine: 0, endOffset: 0 };
        setEnd(section, node.position!.end.offset!);
        sections.push(section);
        push({ node, kind, context: [...effective().context, label.text], labelled: true });
        continue;
      }
    }
    const { kind, context } = effective();
    if (node.type === 'list') {
      pushList(node, kind, context);
      continue;
    }
    push({ node, kind, context });
  }
  close(0, docEnd);
  kindsFromContent();

  function pushList(list: List, kind: SectionKind, context: string[]) {
    // Items labelled with a section name (`- **Impact**: ...`) form sections of their own.
    const plain: ListItem[] = [];
    const aside = stack.some((f) => f.aside);
    const keys = kind === 'other' && !aside ? fieldKeys(list) : null;
    for (const item of list.children) {
      const para = item.children[0];
      const key = keys?.get(item);
      if (key) {
        // "- Summary: …", "- Root Causes: …" in a header list of plain fields.
        const keyStart = para!.position!.start.offset!;
        const section: Section = { kind: key.kind, title: key.text, line: item.position!.start.line, depth: LABEL_DEPTH, heading: lines.span(keyStart, keyStart + key.length), endLine: 0, endOffset: 0 };
        setEnd(section, item.position!.end.offset!);
        sections.push(section);
        push({ node: item, kind: key.kind, context: [...context, key.text], labelled: true });
        continue;
      }
      const label = para && para.type === 'paragraph' ? leadingLabel(para) : null;
      const labelKind = label ? classifyHeading(label.text) : 'other';
      // "- **Observability improvements**: ..." inside action items is an item, not a new section;
      // "- **Root cause identified:** …" inside a timeline is a step of the story.
      if (label && labelKind !== 'other' && labelKind !== kind && kind !== 'timeline' && !aside) {
        const section: Section = { kind: labelKind, title: label.text, line: item.position!.start.line, depth: LABEL_DEPTH, heading: nodeSpan(label.node), endLine: 0, endOffset: 0 };
        setEnd(section, item.position!.end.offset!);
        sections.push(section);
        push({ node: item, kind: labelKind, context: [...context, label.text], labelled: true });
      } else {
        plain.push(item);
      }
    }
    if (plain.length === list.children.length) push({ node: list, kind, context });
    else for (const item of plain) push({ node: item, kind, context });
  }

  /**
   * A list outside any named section whose items all read "Key: value" with a short plain key, at least two
   * of them naming a section ("- Date: …", "- Summary: …", "- Impact: …", "- Root Causes: …"): a header of
   * fields, whose keys label sections as bold labels do. The items whose key names a section, by item.
   */
  function fieldKeys(list: List): Map<ListItem, { kind: SectionKind; text: string; length: number }> | null {
    if (list.children.length < 3) return null;
    const found = new Map<ListItem, { kind: SectionKind; text: string; length: number }>();
    for (const item of list.children) {
      const para = item.children[0];
      const first = para?.type === 'paragraph' ? para.children[0] : undefined;
      if (first?.type !== 'text') return null;
      const m = PLAIN_KEY.exec(first.value);
      if (!m) return null;
      const k = classifyHeading(m[1]);
      if (k !== 'other') found.set(item, { kind: k, text: m[1], length: m[0].length });
    }
    return found.size >= 2 ? found : null;
  }

  /**
   * A heading that names no kind ("그날 밤 무슨 일이 있었나?") takes the kind of
   * its content: a list or table of times is a timeline, a list of planned
   * actions is action items. A summary or a combined heading keeps its kind and
   * adds the one its content shows; the blocks that show it take that kind.
   */
  function kindsFromContent() {
    const byFrame = new Map<Frame, number[]>();
    /** The nearest enclosing frame that names a kind, for each judged frame. */
    const parentOf = new Map<Frame, Frame | null>();
    blockFrames.forEach((frames, i) => {
      // The innermost frame that can be judged, when every frame inside it names no kind.
      for (let j = frames.length - 1; j >= 0; j--) {
        const f = frames[j];
        if (f.aside) break;
        if (f.fixed || !f.section || f.section.depth > 6) {
          if (f.kind === 'other') continue;
          break;
        }
        const parent = [...frames.slice(0, j)].reverse().find((p) => p.kind !== 'other' && !p.fixed) ?? null;
        // A phase under a timeline ("### Phase 1: 탐지 및 초기 대응") may hold its part of the timeline.
        if (f.kind === 'other' || f.kind === 'summary' || f.section.alsoKinds || parent?.kind === 'timeline') {
          if (!byFrame.has(f)) byFrame.set(f, []);
          byFrame.get(f)!.push(i);
          if (!parentOf.has(f)) parentOf.set(f, parent);
        }
        break;
      }
    });
    for (const [frame, indexes] of byFrame) {
      const section = frame.section!;
      const shown = new Map<SectionKind, number[]>();
      // A section that holds recovery and action items ("조치") keeps its tables and lists of actions as action items.
      const parent = parentOf.get(frame);
      const holder = section.kind === 'other' && parent?.section ? parent.section : section;
      const actions = holder.kind === 'recovery' && holder.alsoKinds?.includes('action-items');
      for (const i of indexes) {
        const node = blocks[i].node;
        const k = contentKind(node) ?? (actions && (node.type === 'table' || (node.type === 'list' && !looksLikeDoneWork(node))) ? 'action-items' : null);
        if (!k) continue;
        // A fully ticked checklist under a fix ("검증 체크리스트") records the checks made, not actions.
        if (k === 'action-items' && parent?.kind === 'recovery' && node.type === 'list' && node.children.every((i) => i.checked === true)) continue;
        // A summary's list of dated incidents is no timeline; clock times make one.
        if (section.kind === 'summary' && stampCount(blocks[i].node).timed < 2) continue;
        if (!shown.has(k)) shown.set(k, []);
        shown.get(k)!.push(i);
      }
      // An unnamed part of a combined section ("## 조치" / "### 6.1 캐시 설정") whose content shows
      // none of the further kinds holds only the first: prose about a fix is recovery, not action items.
      if (parent?.kind === 'timeline' && section.kind !== 'other' && section.kind !== 'timeline' && shown.has('timeline')) {
        section.kind = 'timeline';
        delete section.alsoKinds;
        frame.kind = 'timeline';
        for (const i of indexes) blocks[i].kind = 'timeline';
        continue;
      }
      if (parent?.kind === 'timeline' && section.kind !== 'other' && !section.alsoKinds && section.kind !== 'summary') continue;
      if (section.kind === 'other' && shown.size === 0 && parent?.section?.alsoKinds && section.depth > parent.depth) {
        section.kind = parent.kind;
        frame.kind = parent.kind;
        continue;
      }
      for (const [k, found] of shown) {
        if (section.kind === 'other') {
          // The first kind shown names the section; its blocks all take it.
          section.kind = k;
          frame.kind = k;
          for (const i of indexes) blocks[i].kind = k;
        } else if (k !== section.kind && (section.kind === 'summary' ? k === 'timeline' : section.alsoKinds?.includes(k) || (section.alsoKinds && k === 'action-items'))) {
          if (!section.alsoKinds?.includes(k)) section.alsoKinds = [...(section.alsoKinds ?? []), k];
          for (const i of found) blocks[i].kind = k;
        }
      }
      // Beside its lists, a section holding action items may state one more action as a paragraph
      // ("Lastly, we will upgrade …", "마지막으로 … 전환할 예정입니다.").
      if (section.kind !== 'action-items' && section.alsoKinds?.includes('action-items')) {
        for (const i of indexes) {
          if (blocks[i].node.type === 'paragraph' && blocks[i].kind === section.kind && statesPlan(blocks[i].node as Paragraph)) {
            blocks[i].kind = 'action-items';
            blocks[i].planned = true;
          }
        }
      }
    }
  }

  return { title, sections, blocks };
}
