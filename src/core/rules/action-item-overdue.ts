import { isOverdue } from '../model/overdue.js';
import { defineRule } from './define.js';

export default defineRule({
  id: 'action-item-overdue',
  description: 'Open action items are not past their due date.',
  defaultSeverity: 'info',
  defaultOptions: {},
  check({ model, today, report }) {
    for (const item of model.actionItems) {
      if (!isOverdue(item, today)) continue;
      // A deadline counted from the incident's day says how it was read, so a wrong reading shows.
      const written = item.dueWritten;
      report({
        message: {
          en: `This action item was due on ${item.due}${written ? ` ("${written}" from the incident's day)` : ''} and is not done.`,
          ko: `이 Action Item은 기한(${item.due}${written ? `, 장애 날짜로부터 "${written}"` : ''})이 지났지만 완료되지 않았습니다.`,
        },
        span: item.span,
      });
    }
  },
});
