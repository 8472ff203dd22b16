import { PROSE_SIGNALS, unicodeWords } from '../lang/data.js';
import picomatch from 'picomatch/posix';
import type { SectionKind } from './types.js';

export const DEFAULT_POSTMORTEM_GLOBS = [
  '**/postmortems/**/*.md',
  '**/post-mortems/**/*.md',
  '**/postmortem/**/*.md',
  '**/post-mortem/**/*.md',
  '**/incidents/**/*.md',
  '**/retros/**/*.md',
  '**/*postmortem*.md',
  '**/*post-mortem*.md',
];

const TITLE_SAYS_SO = unicodeWords(/\b(post[- ]?mortems?|incidents?|outages?|retrospective|disruption|downtime|root cause|rca|troubleshooting|post-incident)\b|회고|장애|사후\s?분석|포스트\s?모템|인시던트|트러블\s?슈팅|원인\s?분석|문제\s?해결/i);
/** Front-matter `type` values of an incident write-up, without separators. */
const POSTMORTEM_TYPES = new Set(['postmortem', 'incident', 'incidentreport', 'incidentreview', 'troubleshooting', 'rca', 'retrospective', '포스트모템', '장애', '장애회고', '장애분석', '트러블슈팅', '회고']);
/** Sections that mark an incident write-up; a summary counts only beside two of them. */
const STRONG_KINDS: SectionKind[] = ['timeline', 'impact', 'analysis', 'action-items', 'lessons', 'detection', 'recovery', 'response'];
const README = /(^|\/)readme(\.[^/]*)?$/i;
/** A title naming one postmortem (not postmortems in general). */
const NAMED_POSTMORTEM = unicodeWords(/\bpost[- ]?mortem\b(?!s)|\bpost-incident\s+review\b(?!s)|\bincident\s+report\b(?!s)|포스트\s?모템|사후\s?분석\s?(?:보고서|리포트)|장애\s?(?:보고서|리포트)/i);
/** A title about writing or running postmortems: "How we write a postmortem", "포스트모템 작성 가이드". */
const ABOUT_POSTMORTEMS = unicodeWords(/\b(?:how|write|writing|guide|culture|why|process|practices?|tips|lessons from|blameless)\b|가이드|작성법|작성\s?방법|문화|쓰는\s?법|하는\s?법/i);

/** A title that names a blank template: "Incident / Postmortem Template", "Template for reports", "장애 회고 템플릿". */
const TEMPLATE_TITLE = unicodeWords(/^[\s\p{P}\p{S}]*templates?\s*(?:for\b|[:\-–—])|(?:\b|\s|^)(?:templates?|템플릿|양식|서식)\s*(?:\([^()]*\))?[\s\p{P}\p{S}]*$/iu);

/** A title that names a collection of postmortems: a folder's README or index ("Mini postmortems", "Incident reports", "장애 회고 모음"). */
const COLLECTION_TITLE = unicodeWords(
  /^[\s\p{P}\p{S}]*(?:[\p{L}\p{N}-]+\s+){0,2}?(?:post[- ]?mortems|incident (?:reports|reviews|write-?ups)|(?:post[- ]?mortem|incident) (?:index|archive))[\s\p{P}\p{S}]*$|(?:회고|포스트\s?모템|장애\s?(?:보고서|리포트))\s?(?:모음|목록|인덱스|아카이브)[\s\p{P}\p{S}]*$/iu,
);

/**
 * A title that ends by naming a way of working: "Incident Response Process", "장애 대응 및 온콜 프로세스 (…)",
 * "Escalation policy", "온콜 절차". Such a page tells how to handle incidents, not one incident.
 */
const PROCESS_TITLE = unicodeWords(/(?:\b(?:process(?:es)?|procedures?|polic(?:y|ies)|playbooks?|guidelines?|handbook)|프로세스|절차|정책|지침|플레이북|가이드(?:라인)?)(?:\s*\([^()]*\))?[\s\p{P}\p{S}]*$/iu);

export interface DetectInput {
  path?: string;
  frontMatter: Record<string, unknown> | null;
  title: string | null;
  sectionKinds: Set<SectionKind>;
  globs: string[];
  /** Headings other than the title. */
  headingCount?: number;
  /** The document's running text (no code), read only when it has no headings. */
  prose?: () => string;
}

/** An incident told in prose alone: a problem named twice, a cause and a fix. */
function toldInProse(text: string): boolean {
  const counts = PROSE_SIGNALS.map(([, re]) => (text.match(re) ?? []).length);
  const [problem, cause, fix] = counts;
  return problem >= 2 && cause >= 1 && fix >= 1 && problem + cause + fix >= 5;
}

const matcherCache = new Map<string, (p: string) => boolean>();

function matcher(globs: string[]): (p: string) => boolean {
  const key = globs.join('\0');
  let m = matcherCache.get(key);
  if (!m) {
    const usable = globs.filter((g) => g.trim());
    try {
      m = usable.length ? picomatch(usable, { dot: true, nocase: true }) : () => false;
    } catch {
      // Configuration checks report bad globs; here a bad one must not stop the analysis.
      m = () => false;
    }
    matcherCache.set(key, m);
  }
  return m;
}

/** Decides whether a Markdown file is a postmortem, and says why. */
export function detectPostmortem(input: DetectInput): { isPostmortem: boolean; reason: string; template?: boolean } {
  const fm = input.frontMatter;
  if (fm) {
    const type = typeof fm.type === 'string' ? fm.type.toLowerCase().replace(/[-_ ]/g, '') : null;
    if (type === 'postmortem' || fm.postmortem === true) return { isPostmortem: true, reason: 'front matter says `type: postmortem`' };
    if (fm.postmortem === false || (type !== null && !POSTMORTEM_TYPES.has(type))) {
      return { isPostmortem: false, reason: `front matter says \`type: ${String(fm.type ?? 'not postmortem')}\`` };
    }
    if (type !== null) return { isPostmortem: true, reason: `front matter says \`type: ${String(fm.type)}\`` };
  }
  const path = input.path ? input.path.replace(/\\/g, '/') : undefined;
  if (path && README.test(path)) return { isPostmortem: false, reason: 'README files are never treated as postmortems' };
  if (path && input.globs.length && matcher(input.globs)(path.replace(/^[A-Za-z]:/, '').replace(/^\/+/, ''))) {
    return { isPostmortem: true, reason: 'its path matches the postmortem file globs' };
  }
  if (input.title !== null && TEMPLATE_TITLE.test(input.title.trim())) {
    return { isPostmortem: false, reason: 'its title says it is a template; `type: postmortem` front matter or the file globs opt it in', template: true };
  }
  if (input.title !== null && COLLECTION_TITLE.test(input.title.trim())) {
    return { isPostmortem: false, reason: 'its title names a collection of postmortems (an index or README); `type: postmortem` front matter or the file globs opt it in' };
  }
  const kinds = input.sectionKinds;
  // A page on how to run incidents, with sections on detection and response but none telling an incident
  // (no timeline, impact or cause), describes the process.
  if (input.title !== null && PROCESS_TITLE.test(input.title.trim()) && !kinds.has('timeline') && !kinds.has('impact') && !kinds.has('analysis')) {
    return { isPostmortem: false, reason: 'its title names a process or guide and it tells no incident (no timeline, impact or cause); `type: postmortem` front matter or the file globs opt it in' };
  }
  let score = STRONG_KINDS.filter((k) => kinds.has(k)).length;
  if (score >= 2 && kinds.has('summary')) score++;
  const found = STRONG_KINDS.filter((k) => kinds.has(k)).join(', ');
  if (score >= 3) return { isPostmortem: true, reason: `it has postmortem sections (${found}${kinds.has('summary') ? ', summary' : ''})` };
  // A blog post's tags or categories ("장애", "트러블슈팅", "postmortem") say it as well as its title does.
  const labels = fm ? [fm.tags, fm.categories, fm.category].flat().filter((x): x is string => typeof x === 'string') : [];
  const saysSo = (input.title !== null && TITLE_SAYS_SO.test(input.title)) || labels.some((l) => TITLE_SAYS_SO.test(l));
  // An incident review with a timeline, or with a cause and a fix, is a postmortem; so is one with a
  // summary and one of timeline, impact, analysis or recovery ("Issue Summary", "Resolution and recovery").
  const core = (['timeline', 'impact', 'analysis', 'recovery'] as SectionKind[]).some((k) => kinds.has(k));
  if (saysSo && (score >= 2 || kinds.has('timeline') || (core && kinds.has('summary')))) {
    return { isPostmortem: true, reason: 'its title and sections say it is an incident postmortem' };
  }
  // "Ajna Exploit Postmortem", "CVE-2021-41773 Post mortem", "장애 보고서: …": the title names this document a postmortem.
  if (input.title !== null && NAMED_POSTMORTEM.test(input.title) && !ABOUT_POSTMORTEMS.test(input.title)) {
    return { isPostmortem: true, reason: 'its title names it a postmortem' };
  }
  // A note with no headings that tells a problem, its cause and its fix.
  if (input.headingCount === 0 && kinds.size === 0 && input.prose && toldInProse(input.prose())) {
    return { isPostmortem: true, reason: 'it has no sections, but its text tells of a problem, its cause and its fix' };
  }
  return {
    isPostmortem: false,
    reason: 'it is not under a postmortems/incidents folder, has no `type: postmortem` front matter, and lacks postmortem sections',
  };
}
