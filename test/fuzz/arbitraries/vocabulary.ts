/** Words, times and characters that postmortems (and broken ones) are made of. */
import fc from 'fast-check';

export const SECTION_NAMES = [
  'Timeline', '타임라인', 'Impact', '영향 범위', 'Root cause', '상세 분석', 'Action items', '재발 방지 대책',
  'Summary', '요약', 'Detection', '탐지', 'Response', 'Recovery', '복구', 'Lessons learned', '교훈',
  '5 Whys', '근본 원인', 'Follow-ups', '후속 조치', 'Incident', 'Notes', 'Timeline (KST)', '타임라인 🚨',
];

/** Valid, unusual and unreadable timestamps. */
export const TIMES = [
  '12:09', '9:05', '00:00', '23:59', '12:09:30', '12:09:30.123', '3:15 PM', '3:15pm', '11 a.m.',
  '오전 9시 5분', '오후 3시', '새벽 2시 30분 10초', '오후 3:15', '9시', '25:99', '24:00', '14:7', '--:--', '??:??', 'xx:xx',
  '2026-03-14 12:09', '2026-03-14 12:09 KST', '2026-03-14T12:09:00Z', '2026-03-14T12:09:00+09:00', '2026/03/14 12:09',
  '2026년 3월 14일 12:09', '3월 14일 (토) 오전 9시', '2026년 3월 14일', 'Sep 27 2017 13:06', 'Mon, Sep 27 13:06', '27 Sept 2017',
  '07-27-2023 3:05 pm', '12-05 14:30', '20202-05-13 12:00', '2021-13-45 10:00', '2026-02-30 12:00', '2026-03-14 0616',
  '12:09 UTC', '12:09 UTC+9', '12:09 GMT-07:30', '12:09 PST/PDT', '[12:09]', '**12:09**', '`12:09`', '12:09 –', '99999:99',
];

export const ENGLISH = [
  'deploy', 'started', 'the', 'alert', 'fired', 'error rate', 'rolled back', 'customers', 'saw', '5xx', 'on-call', 'paged',
  'mitigated', 'root cause', 'because', 'Why?', 'Why did it fail?', 'forgot', 'careless', 'human error', 'should have',
  'could have', 'if only', 'the engineer', 'blamed', 'John', 'failed to', 'negligence', 'obviously', 'owner: @ana', 'due: 2026-12-01',
  '(owner: @ana, due 2026-12-01)', 'TODO', 'JIRA-123', '#42', 'https://example.com/issues/7', 'All times in UTC.', 'Date: 2026-03-14',
];

export const KOREAN = [
  '배포', '시작', '에러율', '상승', '알림', '발생', '장애', '선언', '롤백', '정상화', '결제', '요청이', '실패했습니다',
  '왜', '왜 실패했나요?', '실수로', '부주의', '담당자가 실수', '네 탓이다', '했어야', '했더라면', '신입이', '김 대리가',
  '(담당: @민지, 기한: 2026-12-01)', '담당: 준', '기한: 다음 주', '단기', '중기', '장기', '모든 시간은 KST 기준입니다.', '심각도: SEV2',
];

export const EMOJI = ['🚨', '🔥', '👩‍💻', '🇰🇷', '✅', '❌', '⚠️', '𝔘', '😀', '🧑🏽‍🚒', '𠀀', '👍🏿', 'é', 'e\u0301', '\u0915\u094d\u0937'];

/** Control characters and other code units that trip parsers and offset arithmetic. */
export const ODD = [
  '\u0000', '\u0001', '\u0007', '\b', '\u000b', '\f', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029',
  '\u200b', '\u200d', '\u200e', '\ufeff', '\ufffd', '\ud800', '\udc00', '\udbff\udfff', '\t', '\\', '|', '`', '*', '_',
  '<', '>', '[', ']', '(', ')', '#', '-', '~', '!', '&amp;', '<br>', '<br/>', '<!--', '-->', '\u3000',
];

export const MARKUP = ['**', '_', '`', '~~', '[link](https://example.com)', '![img](x.png)', '<b>', '</b>', '<br>', '\\|', '@ana', '@민지', '[^1]'];

export const eol = fc.constantFrom('\n', '\r\n', '\r');

const SEPARATORS = fc.constantFrom(' ', ' ', '\t', '', '  ');

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ENGLISH) },
  { weight: 4, arbitrary: fc.constantFrom(...KOREAN) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...TIMES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** A short run of words, emoji, markup and odd characters. */
export const inline: fc.Arbitrary<string> = fc
  .array(fc.tuple(SEPARATORS, word), { maxLength: 8 })
  .map((parts) => parts.map(([sep, w]) => sep + w).join(''));
