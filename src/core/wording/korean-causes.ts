import { alternation } from './alternation.js';
import { KO } from './lexicon.js';

// Shapes that pin a failure on a person without a person-verb pair: the
// person's act named as the cause, negligence in a court's words, a fault or
// a lack of competence said to lie with someone.

const F = KO.failures;

/** An act named by its noun as the means of what followed: "클릭으로", "판단으로", "조작으로 인해". */
const CAUSING_ACT = new RegExp(`^[\\uAC00-\\uD7A3]{0,3}(?:${alternation(F.causingActs)})(?:으로|로)$`);
/** A failure that happened, told as an event: "주가가 폭락했다", "장애가 발생했다", "전산망이 마비됐다"; not one someone chose ("서비스를 중단했다"). */
const FAILURE_EVENT = /(폭락|급락|(?:장애|사고|화재|정전|유출|피해|손실|오류|참사|붕괴|추락|충돌|침몰|사망)[이가]?\s?(?:발생|났|나서|일어|생겼|커졌|번졌|이어졌)|(?:마비|먹통|붕괴|추락|침몰|폭발)(?:됐|되었|돼|되어|했|하였)|(?:중단|정지|유출|삭제)(?:됐|되었|돼|되어))/;

/**
 * "직원의 단 한 번의 클릭으로 인해 주가가 폭락했다": a person's act, named
 * by its noun (eojeol `act`), followed by a failure that happened. Only the
 * words up to the next clause that stands on its own are read.
 */
export function actCausedFailure(act: string, rest: string): boolean {
  if (!CAUSING_ACT.test(act)) return false;
  const clause = rest.slice(0, 60).split(/[,.;]|지만\s/)[0]!;
  return FAILURE_EVENT.test(clause);
}

/** "업무상 과실로", "업무상의 과실이": negligence at work, a court's finding about a person. */
const WORK_NEGLIGENCE = /업무상(?:의)?\s?과실(?!치사|치상)/;
/** What makes a finding of negligence no finding: asked, charged, denied or acquitted. */
const NOT_FOUND = /(여부|혐의|무죄|없다|없었|없음|없고|인정되지|인정하지|아니|않았|않는다|않은)/;

/**
 * "업무상 과실로 인하여 … 소훼한 사실이 확인되며", "업무상의 과실로 …
 * 상해를 입게 하였다": negligence at work found of someone. The charge
 * ("업무상과실치사 혐의로"), a question of it ("과실 여부") or its denial is
 * no finding.
 */
export function workNegligence(sentence: string): string | undefined {
  const m = WORK_NEGLIGENCE.exec(sentence);
  if (!m) return undefined;
  if (NOT_FOUND.test(sentence.slice(m.index, m.index + 40))) return undefined;
  return m[0];
}

/** "…에게 과실이 있다", "…에게는 책임이 있었다": a fault said to lie with the person before it. */
const OWED_FAULT = /^(?:\S+\s){0,12}?\S*?(과실|책임|잘못|귀책사유)[이가]\s?있/;
/** "…에게 지식과 경험이 없었으며", "…에게는 전문성이 부족했다": a lack of competence said of the person before it. */
const LACKED = /^(?:\S+\s){0,6}?\S*?(지식|경험|능력|자격|전문성|역량|지견)[이가]?\s?(없었|없는\s?상태|부족했|부족하였|모자랐)/;

/** What is said to lie with a person named with 에게: a fault, or a lack of competence; the phrase found, or undefined. */
export function laidOnPerson(rest: string): ['fault' | 'character', string] | undefined {
  const fault = OWED_FAULT.exec(rest);
  // "과실이 있는지 조사 중": asked, not said.
  if (fault && /^\S*?(는지|을지|나요|냐|을까)/.test(rest.slice(fault[0].length))) return undefined;
  if (fault) return ['fault', fault[0].slice(fault[0].lastIndexOf(fault[1]!))];
  const lacked = LACKED.exec(rest);
  return lacked ? ['character', lacked[0].slice(lacked[0].lastIndexOf(lacked[1]!))] : undefined;
}
