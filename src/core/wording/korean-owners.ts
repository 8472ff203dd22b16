import { alternation } from './alternation.js';
import { KO } from './lexicon.js';

// People read as agents only as the owners of a slip: the users a service is
// for, who mostly suffer an outage ("사용자가 접속하지 못했다"), and nouns in
// -자 that are no role word ("운전자", "탑승자"), which may also name things
// ("연산자", "생성자").


/** A mistake noun, also glued to the task it spoiled ("운행실수", "조작과실"): 실수, 과실, 부주의 and 착오 are only people's. */
export const MISTAKE_AFTER = new RegExp(`^(?:${alternation(KO.failures.mistakeNouns)}|[\\uAC00-\\uD7A3]{1,3}(?:실수|과실|부주의|착오))`);
const USERS = new Set(KO.persons.users);
/** A user's own slip as the predicate: "잘못 입력했다", "실수로 지웠다", "착각해". */
const USER_SLIP = /^(잘못|실수|착각|착오|오타|오입력)(로|를|을|했|해|하여|하고|한|해서)?$/;
/** Slips and faults only people have: a noun in -자 owning one is a person. */
const HUMAN_SLIP = /^(실수|과실|부주의|착오|착각|잘못|책임|탓|태만|소홀|방심)/;

export const isUser = (stem: string): boolean => USERS.has(stem);

/** Is the predicate a user's own slip ("잘못", "실수로"), the only failure a user as the subject is read as the agent of? */
export const userSlipCue = (eojeol: string): boolean => USER_SLIP.test(eojeol);

/**
 * "사용자의 실수로", "운전자의 과실", "탑승자 책임": does the noun `stem`
 * at eojeol `i` of `words`, with `particle` ('의' or none), own a slip or a
 * fault a word or two later? A thing in -자 ("연산자의 오류") makes no slip
 * only people make; 실수 as a real number ("실수 처리") is none.
 */
export function ownsSlip(words: readonly string[], i: number, stem: string, particle: string): boolean {
  const user = USERS.has(stem);
  // Bare ("탑승자 책임") only before a fault.
  if (!particle && !/^(책임|탓|과실|실수|잘못)/.test(words[i + 1] ?? '')) return false;
  if (!user && !/^[\uAC00-\uD7A3]{2,}자$/.test(stem)) return false;
  // The mistake may follow the task it spoiled: "고객의 입력 착오로".
  for (let k = i + 1; k <= Math.min(i + 2, words.length - 1); k++) {
    const t = words[k]!;
    const realNumber = /^실수(형|값)/.test(t) || (t === '실수' && /^(처리|연산|타입|자료형|값|변수|계산)/.test(words[k + 1] ?? ''));
    if (!realNumber && (user ? MISTAKE_AFTER.test(t) : HUMAN_SLIP.test(t))) return true;
    if (/([을를이가은는도와과에기]|로)$/.test(t)) break;
  }
  return false;
}
