import { josa, withoutParticle } from './josa.js';
import type { SentenceFinding } from './types.js';
import { shownMasked as shown } from '../blame/placeholders.js';

/** What the failure was, in the sentence's words: the cue, what it was done to, and what was meant instead. */
function failure(f: SentenceFinding): string {
  let out = f.cue.text;
  // Korean puts the object first: "알림을 무시해서".
  if (f.object && !out.includes(f.object)) out = /[\uAC00-\uD7A3]/.test(out) ? `${f.object}${josa(f.object, '을를')} ${out}` : `${out} ${f.object}`;
  if (f.instead) out += ' instead of ' + f.instead;
  return shown(out).replace(/\s+/g, ' ').trim();
}

/** The message for a finding in both languages: what it saw (who, which failure) and a question to ask instead. */
export function describe(f: SentenceFinding, actual: string): { en: string; ko: string } {
  const who = f.agent && shown(f.agent.text).replace(/\s+/g, ' ');
  const ko = who === undefined ? '사람' : withoutParticle(who);
  const en = who ?? 'a person';
  const what = failure(f);
  const q = f.question;
  switch (f.shape) {
    case 'omission':
    case 'faulty-action':
    case 'damage':
      return {
        en: `Names ${en} as the cause: ${what}. Ask what in the system let it happen, for example: "${q}"`,
        ko: `${ko}${josa(ko, '을를')} 원인으로 지목합니다: ${what}. 시스템의 무엇이 이를 가능하게 했는지 물어보세요. 예: "${q}"`,
      };
    case 'blaming-question':
      // "Who approved this?", "누가 배포했나요?": the question asks for a person; "Why didn't Tom check?" asks a person to account.
      if (/^(who|whose)$/i.test(en) || /^(누가|누구가?|누구의)$/.test(who ?? '')) {
        return {
          en: `Asks who ${what}, which points at people. Ask what the system showed instead, for example: "${q}"`,
          ko: `누가 했는지 묻는 질문(${what})은 사람을 겨냥합니다. 시스템이 무엇을 보여 주었는지 물어보세요. 예: "${q}"`,
        };
      }
      return {
        en: `Asks ${en} to account for it (${what}), which points at people. Ask what the system showed instead, for example: "${q}"`,
        ko: `${ko}에게 까닭을 묻는 질문(${what})은 사람을 겨냥합니다. 시스템이 무엇을 보여 주었는지 물어보세요. 예: "${q}"`,
      };
    case 'mistake':
    case 'character':
      return {
        en: `Puts the failure on ${en} ("${actual}"). Describe the conditions and the missing safeguards instead, for example: "${q}"`,
        ko: `실패를 ${ko}에게 돌립니다("${actual}"). 대신 조건과 빠진 안전장치를 설명해 보세요. 예: "${q}"`,
      };
    case 'human-error':
      return {
        en: `"${actual}" ends the analysis at a person. Ask what made the error easy to make and hard to catch, for example: "${q}"`,
        ko: `"${actual}"${josa(actual, '은는')} 분석을 사람에서 멈춥니다. 무엇이 실수를 쉽게 만들고 걸러내지 못했는지 물어보세요. 예: "${q}"`,
      };
    case 'fault':
      return {
        en: `Looks for someone to blame (${en}: "${shown(f.cue.text)}"). Ask what allowed the failure instead, for example: "${q}"`,
        ko: `책임질 사람을 찾습니다(${ko}: "${shown(f.cue.text)}"). 무엇이 실패를 허용했는지 물어보세요. 예: "${q}"`,
      };
    case 'punishment':
      return {
        en: `Points at punishing ${en} ("${shown(f.cue.text)}"); a blameless postmortem changes systems, not people. For example: "${q}"`,
        ko: `${ko}에 대한 처벌("${shown(f.cue.text)}")을 말합니다. 비난 없는 회고는 사람이 아니라 시스템을 바꿉니다. 예: "${q}"`,
      };
    case 'person-hindsight':
      return {
        en: `Judges ${en} with hindsight: ${what}. Describe what was visible at the time, for example: "${q}"`,
        ko: `${ko}${josa(ko, '을를')} 결과론으로 평가합니다: ${what}. 그때 무엇이 보였는지 설명해 보세요. 예: "${q}"`,
      };
    case 'counterfactual':
      return {
        en: `"${actual}" judges with hindsight. Describe what happened and what the system made easy or hard, for example: "${q}"`,
        ko: `"${actual}"${josa(actual, '은는')} 결과론적 판단입니다. 무슨 일이 있었고 시스템이 무엇을 쉽거나 어렵게 했는지 설명해 보세요. 예: "${q}"`,
      };
  }
}
