import type { Language } from '../model/types.js';
import { SECTION_SKELETONS } from './sections.js';

export interface TemplateInput {
  language: Language;
  title: string;
  severity: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM for the first timeline entry. */
  time: string;
  /** The zone `time` is in, stated above the timeline; the language's usual zone (UTC, KST) when absent. */
  zone?: string;
}

const FIRST_ENTRY: Record<Language, string> = { en: 'Incident started', ko: '장애 발생' };
const TERMS: Record<Language, [string, string, string]> = {
  en: ['Short-term', 'Mid-term', 'Long-term'],
  ko: ['단기', '중기', '장기'],
};
const ACTION: Record<Language, string> = {
  en: '- [ ] Describe the change (owner: @name, due: YYYY-MM-DD)',
  ko: '- [ ] 바꿀 내용을 적어 주세요 (담당: @이름, 기한: YYYY-MM-DD)',
};

function yamlString(s: string): string {
  return JSON.stringify(s);
}

/** A new postmortem following the response process: summary, impact, timeline, 5 Whys, action items, lessons. */
export function postmortemTemplate(input: TemplateInput): string {
  const s = SECTION_SKELETONS[input.language];
  const usual = s.timeline.body.split('\n')[0]!;
  // The stated zone is the one the time was written in.
  const zoneLine = input.zone ? usual.replace(/(?<![A-Za-z])(?:UTC|KST)(?![A-Za-z])/, input.zone) : usual;
  const [short, mid, long] = TERMS[input.language];
  return [
    '---',
    'type: postmortem',
    `title: ${yamlString(input.title)}`,
    `severity: ${input.severity}`,
    `date: ${input.date}`,
    'status: draft',
    '---',
    '',
    `# ${input.title}`,
    '',
    `## ${s.summary.title}`,
    '',
    s.summary.body,
    '',
    `## ${s.impact.title}`,
    '',
    s.impact.body,
    '',
    `## ${s.timeline.title}`,
    '',
    zoneLine,
    '',
    `- ${input.time} — ${FIRST_ENTRY[input.language]}`,
    '',
    `## ${s.analysis.title}`,
    '',
    s.analysis.body,
    '',
    `## ${s['action-items'].title}`,
    '',
    `### ${short}`,
    '',
    ACTION[input.language],
    '',
    `### ${mid}`,
    '',
    `### ${long}`,
    '',
    `## ${s.lessons.title}`,
    '',
    s.lessons.body,
    '',
  ].join('\n');
}

/** A file name for a new postmortem: date and a slug of the title (Hangul kept). */
export function postmortemFileName(date: string, title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${date}-${slug || 'postmortem'}.md`;
}
