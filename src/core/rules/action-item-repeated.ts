import { documentDate } from '../related/document.js';
import { promisedBefore, type PromisedMatch } from '../related/promised.js';
import { defineRule, type Localized } from './define.js';

/** A document's short name: its file name without the extension ("2025-09-29-flags-is-down"). */
export function shortName(uri: string): string {
  const name = uri.split(/[\\/]/).pop() ?? uri;
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // A name with a stray % is shown as it is.
  }
  return decoded.replace(/\.(md|markdown)$/i, '');
}

function stateOf(match: PromisedMatch): Localized {
  const due = match.item.due;
  if (match.state === 'done') return { en: 'marked done there', ko: '그 문서에서는 완료로 표시됨' };
  if (match.state === 'overdue') return { en: `still open, overdue since ${due}`, ko: `아직 열려 있음, 기한 ${due} 지남` };
  return due ? { en: `still open, due ${due}`, ko: `아직 열려 있음, 기한 ${due}` } : { en: 'still open', ko: '아직 열려 있음' };
}

export default defineRule({
  id: 'action-item-repeated',
  description: 'An action item that repeats an earlier postmortem’s action item names it and its state.',
  defaultSeverity: 'info',
  defaultOptions: {},
  check({ model, related, file, today, report }) {
    if (!related?.documents.length) return;
    const uri = related.uri ?? file.path;
    const date = documentDate(model, uri ?? '');
    for (const item of model.actionItems) {
      const match = promisedBefore(item, related, { uri, date, today });
      if (!match) continue;
      const name = shortName(match.uri);
      const state = stateOf(match);
      report({
        message: {
          en: `The same fix was promised in ${name}, ${state.en}.`,
          ko: `같은 조치를 ${name}에서도 약속했습니다(${state.ko}).`,
        },
        span: item.span,
        related: [
          {
            uri: match.uri,
            span: match.item.span,
            message: { en: `The action item in ${name}`, ko: `${name}의 Action Item` },
          },
        ],
      });
    }
  },
});
