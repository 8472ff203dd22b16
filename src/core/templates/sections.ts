import type { Language, SectionKind } from '../model/types.js';

type Skeleton = {
  /** How messages name the section ("action items"). */
  name: string;
  title: string;
  body: string;
};

/** Headings and starter text for each section, as inserted by quick fixes and templates. */
export const SECTION_SKELETONS: Record<Language, Record<Exclude<SectionKind, 'other'>, Skeleton>> = {
  en: {
    summary: { name: 'summary', title: 'Summary', body: '<!-- What happened, who was affected and how it was resolved, in two or three sentences. -->' },
    impact: { name: 'impact', title: 'Impact', body: '- Who was affected:\n- Business impact:\n- Duration:' },
    detection: { name: 'detection', title: 'Detection', body: '<!-- How was the incident noticed: an alert, a customer report? How long did it take? -->' },
    response: { name: 'response', title: 'Response', body: '<!-- Severity, who was told, and how customers were kept informed. -->' },
    recovery: { name: 'recovery', title: 'Recovery', body: '<!-- How service was restored: rollback, hotfix, restart. -->' },
    timeline: { name: 'timeline', title: 'Timeline', body: 'All times in UTC.\n\n<!-- - 12:09 — Alert fired for elevated error rate -->' },
    analysis: { name: 'analysis (root cause, 5 Whys)', title: 'Root Cause Analysis (5 Whys)', body: '<!-- Ask "why?" until you reach a cause in a system or process, not a person. -->\n\n1. Why did the service fail?\n2. Why?\n3. Why?\n4. Why?\n5. Why?' },
    'action-items': { name: 'action items', title: 'Action Items', body: '<!-- - [ ] What will change (owner: @name, due: YYYY-MM-DD, term: short | mid | long) -->' },
    lessons: { name: 'lessons learned', title: 'Lessons Learned', body: '### What went well\n\n### What went poorly\n\n### Where we got lucky' },
  },
  ko: {
    summary: { name: '요약', title: '요약', body: '<!-- 무슨 일이 있었고, 누가 영향을 받았고, 어떻게 해결했는지 두세 문장으로. -->' },
    impact: { name: '영향 범위', title: '영향 범위', body: '- 영향받은 사용자:\n- 비즈니스 임팩트:\n- 장애 시간:' },
    detection: { name: '탐지', title: '장애 탐지', body: '<!-- 어떻게 인지했나요? 알림, 고객 제보? 얼마나 걸렸나요? -->' },
    response: { name: '대응', title: '장애 분류 및 전파', body: '<!-- 등급 분류, 누구에게 알렸는지, 고객 공지. -->' },
    recovery: { name: '복구', title: '장애 복구', body: '<!-- 롤백, 핫픽스, 재시작 등 어떻게 서비스를 정상화했나요? -->' },
    timeline: { name: '타임라인', title: '타임라인', body: '모든 시간은 KST 기준입니다.\n\n<!-- - 12:09 — 에러율 상승 알림 발생 -->' },
    analysis: { name: '상세 분석 (근본 원인, 5 Whys)', title: '상세 분석 (5 Whys)', body: '<!-- 사람이 아닌 시스템과 프로세스의 원인에 닿을 때까지 "왜?"를 반복합니다. -->\n\n1. 왜 서비스가 실패했나요?\n2. 왜?\n3. 왜?\n4. 왜?\n5. 왜?' },
    'action-items': { name: '재발 방지 대책 (Action Item)', title: '재발 방지 대책 (Action Items)', body: '<!-- - [ ] 무엇을 바꿀지 (담당: @이름, 기한: YYYY-MM-DD, 단기 | 중기 | 장기) -->' },
    lessons: { name: '교훈', title: '교훈', body: '### 잘된 점\n\n### 아쉬운 점\n\n### 운이 좋았던 점' },
  },
};

export function sectionMarkdown(kind: Exclude<SectionKind, 'other'>, language: Language, depth: number): string {
  const s = SECTION_SKELETONS[language][kind];
  return `${'#'.repeat(depth)} ${s.title}\n\n${s.body}\n`;
}
