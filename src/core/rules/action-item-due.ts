import { defineRule } from './define.js';
import { addDays, addField } from './edits.js';

export default defineRule({
  id: 'action-item-due',
  description: 'Every open action item has a due date or a term (short, mid or long).',
  defaultSeverity: 'warning',
  fixType: 'suggestion',
  defaultOptions: {},
  check({ tree, model, lines, language, today, report }) {
    for (const item of model.actionItems) {
      if (item.due || item.term || item.done) continue;
      const date = addDays(today, 14);
      const field = language === 'ko' ? `기한: ${date}` : `due: ${date}`;
      const edit = addField(item, field, lines, { tree, items: model.actionItems }, date);
      report({
        message: {
          en: 'This action item has no due date or term; add `due: YYYY-MM-DD` or mark it short-, mid- or long-term.',
          ko: '이 Action Item에 기한이나 기간이 없습니다. `기한: YYYY-MM-DD`를 적거나 단기/중기/장기로 구분해 주세요.',
        },
        span: item.span,
        fixes: edit ? [{ title: language === 'ko' ? '기한 필드 추가' : 'Add a due date', edits: [edit] }] : [],
      });
    }
  },
});
