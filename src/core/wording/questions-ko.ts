import { BREAK, OPAQUE } from '../blame/placeholders.js';
import { josa } from './josa.js';
import type { SentenceFinding } from './types.js';

/** A question about the system for one Korean blaming or hindsight sentence, built from its object when it has one. */
export function koreanQuestion(f: SentenceFinding): string {
  // Masked code, a link or a quote cannot be quoted as read: the question goes without it.
  const quotable = (p: string | undefined) => (p && !p.includes(OPAQUE) && !p.includes(BREAK) ? p.trim() : undefined);
  const object = quotable(f.object);
  const missing = quotable(f.missing);
  switch (f.shape) {
    case 'faulty-action':
      if (missing) return `${missing} 없이도 작업이 진행될 수 있었던 이유는 무엇이고, 절차가 이를 어떻게 강제할 수 있을까?`;
      if (object) return `${object}${josa(object, '을를')} 잘못 다루기 쉬웠던 이유는 무엇이고, 무엇이 이를 자동으로 막을 수 있을까?`;
      return '이 작업을 잘못하기 쉬웠던 이유는 무엇이고, 무엇이 이를 자동으로 걸러낼 수 있을까?';
    case 'omission':
      if (object) return `${object}${josa(object, '을를')} 한 사람의 기억에 기대지 않고 확인하려면 무엇이 필요할까?`;
      return '이 단계가 사람의 기억에 의존하지 않으려면 무엇을 자동화해야 할까?';
    case 'damage':
      if (object) return `한 번의 작업이 ${object}에 이렇게 큰 영향을 줄 수 있었던 이유는 무엇이고, 피해를 어떻게 줄일 수 있을까?`;
      return '한 번의 작업이 이렇게 큰 피해를 낼 수 있었던 이유는 무엇이고, 피해를 어떻게 줄일 수 있을까?';
    case 'mistake':
    case 'character':
    case 'human-error':
      return '이 실수를 하기 쉽고 걸러내기 어렵게 만든 조건과 빠진 안전장치는 무엇일까?';
    case 'fault':
    case 'punishment':
      return '같은 상황에서 누구라도 같은 문제를 겪지 않으려면 시스템의 무엇을 바꿔야 할까?';
    case 'blaming-question':
      return '무엇이 있었다면 이 신호가 제때 눈에 띄었을까?';
    case 'person-hindsight':
      return '그때 무엇이 보였고, 무엇이 있었다면 문제가 드러났을까?';
    case 'counterfactual':
      return '그 당시 무엇이 보였고, 무엇이 문제를 알아차리기 어렵게 만들었을까?';
  }
}
