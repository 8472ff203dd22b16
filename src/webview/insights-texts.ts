import type { SeverityLevel } from '../core/insights/severity.js';

export interface InsightTexts {
  title: string;
  subtitle(n: number, today: string): string;
  empty: string;
  postmortems: string;
  undated(n: number): string;
  ttd: string;
  ttr: string;
  openItems: string;
  ofTotal(n: number): string;
  overdue: string;
  done: string;
  perMonth: string;
  times: string;
  openAge: string;
  followThrough: string;
  numbers: string;
  month: string;
  total: string;
  date: string;
  incident: string;
  age: string;
  minutesAxis: string;
  noItems: string;
  level(l: SeverityLevel): string;
  minutes(n: number): string;
  hours(n: number): string;
  medianOf(what: string): string;
  noTrend(count: number): string;
  trend: Record<'better' | 'worse' | 'same', (earlier: string, later: string) => string>;
  ageRange(r: [number, number | null]): string;
  repeated: string;
  systems: string;
  systemsNote: string;
  incidentsNaming(n: number): string;
  promisedIn(where: string, earlier: string, date: string | null, state: 'open' | 'overdue'): string;
}

export const INSIGHT_TEXTS: Record<'en' | 'ko', InsightTexts> = {
  en: {
    title: 'Incident insights',
    subtitle: (n, today) => `${n} postmortem${n === 1 ? '' : 's'}, as of ${today}`,
    empty: 'No postmortems found.',
    postmortems: 'Postmortems',
    undated: (n) => `${n} without a date`,
    ttd: 'Time to detect',
    ttr: 'Time to recover',
    openItems: 'Open action items',
    ofTotal: (n) => `of ${n}`,
    overdue: 'Overdue',
    done: 'Action items done',
    perMonth: 'Incidents per month by severity',
    times: 'Time to detect and recover per incident',
    openAge: 'Open action items by postmortem age, and the share done',
    followThrough: 'Done (%)',
    numbers: 'Numbers',
    month: 'Month',
    total: 'Total',
    date: 'Date',
    incident: 'Incident',
    age: 'Postmortem age',
    minutesAxis: 'minutes',
    noItems: 'No action items yet.',
    level: (l) => (l === 'unknown' ? 'Unstated' : `SEV${l}`),
    minutes: (n) => `${n} min`,
    hours: (n) => `${n} h`,
    medianOf: (what) => `Median ${what.toLowerCase()}`,
    noTrend: (count) => `median of ${count}; too few dated incidents for a trend`,
    trend: {
      better: (a, b) => `median; improving: ${a} → ${b}`,
      worse: (a, b) => `median; getting worse: ${a} → ${b}`,
      same: (a, b) => `median; steady: ${a} → ${b}`,
    },
    ageRange: ([from, to]) => (to === null ? `${from}+ days` : `${from}–${to} days`),
    repeated: 'Fixes promised again while the earlier promise is still open',
    systems: 'Systems named most',
    systemsNote: 'Words the titles, summaries and impact sections use far more often than postmortems in general do.',
    incidentsNaming: (n) => `${n} incidents`,
    promisedIn: (where, earlier, date, state) => `${where}: first promised in ${earlier}${date ? ` (${date})` : ''}, still ${state}`,
  },
  ko: {
    title: '장애 인사이트',
    subtitle: (n, today) => `포스트모템 ${n}건, ${today} 기준`,
    empty: '포스트모템이 없습니다.',
    postmortems: '포스트모템',
    undated: (n) => `날짜 없음 ${n}건`,
    ttd: '탐지까지 걸린 시간',
    ttr: '복구까지 걸린 시간',
    openItems: '열린 조치 항목',
    ofTotal: (n) => `전체 ${n}건 중`,
    overdue: '기한 지남',
    done: '완료된 조치 항목',
    perMonth: '월별 장애 수 (심각도별)',
    times: '장애별 탐지·복구 시간',
    openAge: '포스트모템 경과 기간별 열린 조치 항목과 완료 비율',
    followThrough: '완료 (%)',
    numbers: '수치',
    month: '월',
    total: '합계',
    date: '날짜',
    incident: '장애',
    age: '포스트모템 경과 기간',
    minutesAxis: '분',
    noItems: '아직 조치 항목이 없습니다.',
    level: (l) => (l === 'unknown' ? '미기재' : `SEV${l}`),
    minutes: (n) => `${n}분`,
    hours: (n) => `${n}시간`,
    medianOf: (what) => `${what} 중앙값`,
    noTrend: (count) => `${count}건의 중앙값, 추세를 보기에는 날짜가 있는 장애가 적습니다`,
    trend: {
      better: (a, b) => `중앙값, 나아지는 중: ${a} → ${b}`,
      worse: (a, b) => `중앙값, 나빠지는 중: ${a} → ${b}`,
      same: (a, b) => `중앙값, 비슷함: ${a} → ${b}`,
    },
    ageRange: ([from, to]) => (to === null ? `${from}일 이상` : `${from}–${to}일`),
    repeated: '이전 약속이 아직 열려 있는데 다시 약속한 조치',
    systems: '가장 자주 언급된 시스템',
    systemsNote: '제목, 요약, 영향 절에서 일반적인 포스트모템보다 훨씬 자주 쓰인 말입니다.',
    incidentsNaming: (n) => `장애 ${n}건`,
    promisedIn: (where, earlier, date, state) => `${where}: 처음 약속한 곳 ${earlier}${date ? ` (${date})` : ''}, ${state === 'overdue' ? '기한 지남' : '아직 열림'}`,
  },
};
