import { defineRule } from './define.js';

export default defineRule({
  id: 'timeline-invalid-time',
  description: 'Every timeline entry has a time that can be read.',
  defaultSeverity: 'warning',
  defaultOptions: {},
  check({ model, report }) {
    for (const entry of model.timeline) {
      if (!entry.unreadable) continue;
      report({
        message: {
          en: `Cannot read the time "${entry.unreadable}" of this timeline entry; write it as HH:MM (24-hour) or YYYY-MM-DD HH:MM.`,
          ko: `이 타임라인 항목의 시간 "${entry.unreadable}"을(를) 읽을 수 없습니다. HH:MM(24시간) 또는 YYYY-MM-DD HH:MM 형식으로 적어 주세요.`,
        },
        span: entry.span,
      });
    }
  },
});
