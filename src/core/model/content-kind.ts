import type { List, ListItem, RootContent, Table } from 'mdast';
import { plainText, plainWords, squash } from '../text.js';
import { readLeadingTimestamp } from './time.js';

/**
 * What a block holds, judged by its content alone: a list or table of times
 * is a timeline, a list of "we will …" / "~할 예정" items is action items.
 * Used when a heading does not say what its section is.
 */

/** A planned action, in English or Korean. */
const PLANNED = new RegExp(
  [
    '^(?:we|i|the team)\\s*(?:\'ll|will|are going to|plan to|intend to|need to|must)(?![\\p{L}\\p{N}_])',
    '^will(?![\\p{L}\\p{N}_])',
    '(?<![\\p{L}\\p{N}_])we(?:\'ll| will)(?![\\p{L}\\p{N}_])',
    '(?:할|될|하는|갈|볼|줄|둘|올)\\s*예정',
    '예정(?:입니다|이다|임)?[.!)]*$',
    '(?:하기|되기|만들기|두기|넣기|추가하기|개선하기)[.!)]*$',
    '하기로\\s*(?:했|하였|결정)',
    '할\\s*것(?:이다|입니다)?[.!)]*$',
  ].join('|'),
  'iu',
);

export function isPlanned(text: string): boolean {
  return PLANNED.test(text.trim());
}

function itemText(item: ListItem): string {
  const first = item.children[0];
  return first && first.type === 'paragraph' ? plainWords(first) : '';
}

/** Timestamps that open the items of a list or the rows of a table. */
export function stampCount(node: RootContent | ListItem): { stamped: number; timed: number; total: number } {
  let stamped = 0;
  let timed = 0;
  let total = 0;
  const count = (text: string) => {
    total++;
    const ts = readLeadingTimestamp(text);
    if (!ts || ts.invalid) return;
    if (ts.time !== null) timed++;
    if (ts.time !== null || ts.date !== null || ts.relative) stamped++;
  };
  if (node.type === 'list') for (const item of (node as List).children) count(itemText(item));
  else if (node.type === 'table') {
    const rows = (node as Table).children.slice(1);
    for (const row of rows) count(row.children[0] ? plainWords(row.children[0]) : '');
  } else if (node.type === 'paragraph') {
    for (const line of plainText(node).split(/\r?\n|\r/)) if (line.trim()) count(line.trim());
  }
  return { stamped, timed, total };
}

/** "- [2025-11-01: Build failures](./2025-11-01-build.md) - …": an entry of an index that links to a document titled with its date. */
function linksToDatedPage(item: ListItem): boolean {
  const first = item.children[0];
  const link = first && first.type === 'paragraph' ? first.children[0] : undefined;
  if (!link || (link.type !== 'link' && link.type !== 'linkReference')) return false;
  const label = plainWords(link);
  const ts = readLeadingTimestamp(label);
  // More than the date is in the link: a title, not a timestamp that links to a log.
  return ts !== null && label.replace(/^[^\p{L}]*/u, '').split(/\s+/).length >= 2;
}

/** A list or table most of whose entries open with a time or date. */
export function looksLikeTimeline(node: RootContent | ListItem): boolean {
  if (node.type !== 'list' && node.type !== 'table') return false;
  if (node.type === 'list' && (node as List).children.filter(linksToDatedPage).length * 2 > (node as List).children.length) return false;
  const c = stampCount(node);
  return c.stamped >= 2 && c.stamped * 2 >= c.total + 1 && (c.timed >= 2 || c.stamped >= 3);
}

/** Work reported as done: "…삭제했다", "…적용됨", "Rolled back the deploy", "We removed the flag", "`LIMIT` raised to 4M", "the client now retries". */
const DONE_WORK = /(?:었|았|였|했|됐|웠|렸|쳤|켰|냈|졌)(?:다|음|습니다)[.!)]*$|(?:완료|적용|반영|배포|삭제|수정|제거|추가)(?:했다|됨|함|하였다)[.!)]*$|^(?:we\s+)?[a-z]{2,}(?<!ne|fe|se|spe|embe|ne)ed(?![\p{L}\p{N}_])|^`[^`]+`\s+(?:was\s+|were\s+|is\s+)?[a-z]{2,}ed\b|\bnow\s+(?:also\s+)?[a-z]{3,}s\b/iu;

/** A list at least half of whose items report work already done: a record of the fix, not a list of actions. */
export function looksLikeDoneWork(node: RootContent | ListItem): boolean {
  if (node.type !== 'list') return false;
  const items = (node as List).children;
  if (items.length === 0 || items.some((i) => typeof i.checked === 'boolean')) return false;
  const done = items.filter((i) => DONE_WORK.test(itemText(i).replace(/^[^:：]{1,30}[:：]\s*/, ''))).length;
  return done * 2 >= items.length && !items.some((i) => isPlanned(itemText(i)));
}

/** A list most of whose items ask a question ("- [ ] Is the key immutable?"): a checklist for the reader to go through, not follow-ups. */
export function asksQuestions(list: List): boolean {
  const asked = list.children.filter((i) => /[?？]\s*(?:\([^()]*\))?$/.test(itemText(i))).length;
  return asked * 2 > list.children.length;
}

/** A list most of whose items are planned actions, or a task list ("- [ ] …"); not a checklist of questions. */
export function looksLikeActionItems(node: RootContent | ListItem): boolean {
  if (node.type !== 'list') return false;
  const items = (node as List).children;
  if (items.length < 2 || asksQuestions(node as List)) return false;
  const boxes = items.filter((i) => typeof i.checked === 'boolean').length;
  if (boxes * 2 > items.length) return true;
  const planned = items.filter((i) => isPlanned(itemText(i))).length;
  return planned >= 2 && planned * 2 >= items.length;
}
