import { hasContributingFactors } from '../model/factors.js';
import { analyseSentence } from '../wording/analyse.js';
import { defineRule } from './define.js';

export interface FiveWhysOptions {
  /** How many whys a chain needs. */
  minimum: number;
}

/**
 * A short answer that is only a person: a role, a mention (`@kim`, `@김철수`), "human error".
 * The `\b` around the English words stays: it also ends at a Korean particle ("the operator가"),
 * which a letter-aware boundary would not; the Korean words need no boundary.
 */
const PERSON_ANSWER =
  /\b(human error|operator error|(the|an?|our) (engineer|developer|operator|intern|admin|administrator|on-?call( engineer)?|new hire|person|employee|reviewer)\b|someone|somebody|(he|she) (forgot|missed|did not|didn't)|forgot to|was careless|negligen)|@[\p{L}\p{N}][\p{L}\p{N}_.-]*|담당자|개발자|운영자|작업자|신입|휴먼\s?에러|실수|부주의|(?:님|씨)(?:이|가|의)\s/iu;

/**
 * Does a why's answer stop at a person: a bare person or "human error" as
 * the answer ("The engineer.", "휴먼 에러"), or a sentence that names a person
 * as the agent of the failure ("Kim forgot to renew the certificate")?
 */
function endsAtPerson(answer: string): boolean {
  if (analyseSentence(answer).some((f) => f.kind === 'blame')) return true;
  return answer.length <= 60 && PERSON_ANSWER.test(answer);
}

/** The answer part of a why step: after "?" or an arrow when the step is a question. */
function answerOf(text: string): string {
  const q = text.lastIndexOf('?');
  const after = q >= 0 ? text.slice(q + 1).trim() : '';
  return after || text;
}

export default defineRule<FiveWhysOptions>({
  id: 'five-whys',
  description: 'The analysis asks "why?" enough times (5 by default), or lists contributing factors, and does not stop at a person.',
  defaultSeverity: 'warning',
  defaultOptions: { minimum: 5 },
  optionsSchema: {
    minimum: {
      type: 'integer',
      minimum: 1,
      maximum: 20,
      default: 5,
      description: 'How many whys the 5-Whys chain needs.',
      errorMessage: '`minimum` must be a whole number from 1 to 20',
    },
  },
  validateOptions(raw) {
    const problems: string[] = [];
    const options = { minimum: 5 };
    if (raw.minimum !== undefined) {
      if (typeof raw.minimum === 'number' && Number.isInteger(raw.minimum) && raw.minimum >= 1 && raw.minimum <= 20) options.minimum = raw.minimum;
      else problems.push('`minimum` must be a whole number from 1 to 20');
    }
    return { options, problems };
  },
  check({ tree, model, options, report }) {
    const analysis = model.sections.find((s) => s.kind === 'analysis');
    const whys = model.whys;
    if (!analysis && whys.length === 0) return; // required-sections reports the missing analysis.
    // Teams that write contributing factors instead of one root cause need no chain of whys.
    if (whys.length < options.minimum && !hasContributingFactors(tree, model)) {
      const span = whys.length ? whys[0].span : analysis!.heading;
      report({
        message:
          whys.length === 0
            ? {
                en: `The analysis has no 5-Whys chain. Ask "why?" ${options.minimum} times, down to a cause in a system or process.`,
                ko: `상세 분석에 5 Whys가 없습니다. 시스템이나 프로세스의 원인에 닿을 때까지 "왜?"를 ${options.minimum}번 물어보세요.`,
              }
            : {
                en: `The 5-Whys chain stops after ${whys.length} ${whys.length === 1 ? 'why' : 'whys'}; keep asking "why?" (at least ${options.minimum}) until you reach a system or process cause.`,
                ko: `5 Whys가 ${whys.length}번에서 멈췄습니다. 시스템이나 프로세스의 원인에 닿을 때까지 "왜?"를 이어가세요 (최소 ${options.minimum}번).`,
              },
        span,
      });
    }
    const last = whys[whys.length - 1];
    if (last && endsAtPerson(answerOf(last.text))) {
      report({
        message: {
          en: 'The 5-Whys chain ends at a person. Ask once more: what in the system or process made this mistake possible, and how will it catch it next time?',
          ko: '5 Whys가 사람에서 끝났습니다. 한 번 더 물어보세요: 시스템이나 프로세스의 무엇이 이 실수를 가능하게 했고, 다음에는 어떻게 걸러낼 수 있을까요?',
        },
        span: last.span,
      });
    }
  },
});
