import type { SectionKind } from './types.js';

/**
 * Heading wordings seen in real postmortems, English and Korean, tried in
 * order: specific kinds first, so "Summary of impact" is impact and
 * "Root cause and mitigation" is analysis.
 */
const KIND_PATTERNS: Array<[SectionKind, RegExp]> = [
  [
    'impact',
    /\b(impact|impacted|affected (users|customers|services|crates)|blast radius|user[- ]facing effects?|stats|statistics)\b|영향|피해|임팩트/i,
  ],
  [
    'timeline',
    /\b(time ?line|chronology|chain of events|sequence of events|incident timing|events)\b|타임\s?라인|경과|시간대별|시간순|대응 기록/i,
  ],
  [
    'action-items',
    /\b(action items?|actions? items?|follow[- ]?ups?|corrective|preventa?t?ive|remediation|prevention|next steps|future (actions?|works?|plans?|improvements?)|improvements?|what we'?re doing about it|how (are|do|will) we prevent|preventing it|recommendations?|moving forward|planned actions?|review actions?|actions? (following|from|after) (the )?(review|incident|postmortem|post-mortem)|todo|to-do)\b|재발\s?방지|후속\s?조치|개선\s?(사항|과제|계획|방안)|조치\s?(사항|계획|항목)|액션\s?아이템|action\s?item|향후\s?(계획|과제|대책)|대책/i,
  ],
  [
    'analysis',
    /\b(root[- ]?causes?|rca|causes?|caused|contributing (factors?|conditions?)|analysis|five whys|5 ?whys?|why (did|does|was|it|the)|how did it happen|fault|triggers?|technical problem|leadup|lead-up|context|conclusions?)\b|근본\s?원인|원인|상세\s?분석|분석|왜|기여\s?요인/i,
  ],
  [
    'lessons',
    /\b(lessons?|learn(ed|t|ings)|what went (well|poorly|wrong|badly|right)|what (worked|didn'?t work|could have gone better|didn'?t go well)|where (we|did we) get lucky|got lucky|takeaways?|insights?|reflections?|retrospective)\b|교훈|배운\s?점|잘된\s?점|아쉬운\s?점|잘한\s?점|개선할\s?점|느낀\s?점/i,
  ],
  ['detection', /\b(detection|detected|how (was|were) (it|we) (detected|alerted|notified)|alerting)\b|탐지|감지|인지/i],
  ['recovery', /\b(recovery|resolution|resolved|mitigation|mitigations?|how it (is|was) fixed|actions taken|workaround|restoration)\b|복구|해결|정상화|조치/i],
  ['response', /\b(response|responders?|escalation|communication|classification|propagation)\b|대응|전파|분류|공지/i],
  [
    'summary',
    /\b(summary|overview|tl;?dr|what happened|description|synopsis|abstract)\b|요약|개요|사건\s?개요|장애\s?개요/i,
  ],
];

/** Classifies a heading (or bold label) by its words; 'other' when nothing fits. */
export function classifyHeading(text: string): SectionKind {
  const t = text.replace(/[*_`]/g, '').trim();
  if (!t || t.length > 120) return 'other';
  for (const [kind, re] of KIND_PATTERNS) if (re.test(t)) return kind;
  return 'other';
}

/** The order sections usually come in; used to place an inserted section. */
export const CANONICAL_ORDER: SectionKind[] = [
  'summary',
  'impact',
  'detection',
  'response',
  'recovery',
  'timeline',
  'analysis',
  'action-items',
  'lessons',
];
