import { defineRule } from './define.js';
import { addField } from './edits.js';

export default defineRule({
  id: 'action-item-owner',
  description: 'Every open action item has an owner.',
  defaultSeverity: 'warning',
  fixType: 'suggestion',
  defaultOptions: {},
  check({ tree, model, lines, language, report }) {
    for (const item of model.actionItems) {
      if (item.owner || item.done) continue;
      const field = language === 'ko' ? '담당: @owner' : 'owner: @owner';
      const edit = addField(item, field, lines, { tree, items: model.actionItems }, '@owner');
      report({
        message: {
          en: 'This action item has no owner; name one (`owner: @name` or an @mention) so it does not get forgotten.',
          ko: '이 Action Item에 담당자가 없습니다. 잊히지 않도록 담당자를 적어 주세요 (`담당: @이름` 또는 @멘션).',
        },
        span: item.span,
        fixes: edit ? [{ title: language === 'ko' ? '담당자 필드 추가' : 'Add an owner field', edits: [edit] }] : [],
      });
    }
  },
});
