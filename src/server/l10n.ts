import type { Phase } from '../core/model/types.js';

/** The server's own words (titles of code actions, hovers), in the editor's language. */
export interface Texts {
  disableLine(rule: string): string;
  disableFile(rule: string): string;
  fixAll(rule: string): string;
  fixAllSafe: string;
  showDoc(rule: string): string;
  phase(p: Phase): string;
  firstEntry: string;
  sinceFirst(elapsed: string, first: string): string;
  owner: string;
  itemId: string;
  due: string;
  term: string;
  done: string;
  open: string;
  overdue: string;
  none: string;
  terms: Record<'short' | 'mid' | 'long', string>;
  missingSection: string;
  brokenConfig(file: string, problems: number): string;
}

const EN: Texts = {
  disableLine: (r) => `Disable ${r} for this line`,
  disableFile: (r) => `Disable ${r} for this file`,
  fixAll: (r) => `Fix all ${r} problems in this file`,
  fixAllSafe: 'Fix all auto-fixable problems',
  showDoc: (r) => `Show documentation for ${r}`,
  phase: (p) => ({ detection: 'Detection', classification: 'Classification', propagation: 'Propagation', recovery: 'Recovery' })[p],
  firstEntry: 'first entry of the timeline',
  sinceFirst: (e, f) => `${e} after the first entry (${f})`,
  owner: 'Owner',
  itemId: 'Id',
  due: 'Due',
  term: 'Term',
  done: 'done',
  open: 'open',
  overdue: 'overdue',
  none: 'none',
  terms: { short: 'short-term', mid: 'mid-term', long: 'long-term' },
  missingSection: 'missing section',
  brokenConfig: (f, n) => `The configuration ${f} has ${n === 1 ? 'a problem' : `${n} problems`}; the defaults apply where it could not be read.`,
};

const KO: Texts = {
  disableLine: (r) => `이 줄에서 ${r} 끄기`,
  disableFile: (r) => `이 파일에서 ${r} 끄기`,
  fixAll: (r) => `이 파일의 ${r} 문제 모두 고치기`,
  fixAllSafe: '자동으로 고칠 수 있는 문제 모두 고치기',
  showDoc: (r) => `${r} 규칙 설명 보기`,
  phase: (p) => ({ detection: '탐지', classification: '분류', propagation: '전파', recovery: '복구' })[p],
  firstEntry: '타임라인의 첫 항목',
  sinceFirst: (e, f) => `첫 항목(${f})부터 ${e}`,
  owner: '담당',
  itemId: 'ID',
  due: '기한',
  term: '기간',
  done: '완료',
  open: '진행 중',
  overdue: '기한 지남',
  none: '없음',
  terms: { short: '단기', mid: '중기', long: '장기' },
  missingSection: '빠진 섹션',
  brokenConfig: (f, n) => `설정 파일 ${f}에 문제가 ${n}개 있습니다. 읽지 못한 부분에는 기본값을 씁니다.`,
};

/** The texts for an editor locale ("ko", "ko-KR", "en-US"...). */
export function textsFor(locale: string | undefined): Texts {
  return locale?.toLowerCase().startsWith('ko') ? KO : EN;
}

/** Minutes as "1h 5m" or "12m". */
export function duration(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  return m >= 60 ? `${Math.floor(m / 60)}h ${m % 60}m` : `${m}m`;
}
