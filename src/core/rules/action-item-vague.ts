import { defineRule } from './define.js';

/**
 * Items that only ask people to try harder change nothing in the system.
 * Korean endings attach to the stem, so those patterns match the stem.
 */
const VAGUE =
  /\b(be (more )?(careful|vigilant|diligent|cautious|attentive)|pay (more |closer )?attention|try harder|double[- ]check|triple[- ]check|remember to|don'?t forget|do not forget|make sure to be careful|take more care|be mindful|avoid (such |this kind of |these )?mistakes|not (let|allow) (this|it) happen again|prevent human error by being)\b|주의(하자|하기|할 것|해야|를 기울)|조심(하자|하기|할 것|해야)|신경\s?(쓰자|쓰기|써야)|꼼꼼(히|하게)|더 (잘|열심히) (하자|하기)|실수하지 (말자|않도록)|재발하지 않도록 (노력|주의)|각별히|경각심/i;

export default defineRule({
  id: 'action-item-vague',
  description: 'Action items change a system or process; they do not ask people to be more careful.',
  defaultSeverity: 'warning',
  defaultOptions: {},
  check({ model, report }) {
    for (const item of model.actionItems) {
      const m = VAGUE.exec(item.text);
      if (!m) continue;
      report({
        message: {
          en: `"${m[0]}" asks people to try harder. Name a change to a system or process instead: a check, an alert, a test, a guard rail.`,
          ko: `"${m[0]}"은(는) 사람에게 더 노력하라는 요구입니다. 대신 시스템이나 프로세스의 변화를 적어 주세요: 검증 단계, 알림, 테스트, 안전장치.`,
        },
        span: item.span,
        actual: m[0],
      });
    }
  },
});
