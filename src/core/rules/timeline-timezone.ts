import { defineRule } from './define.js';
import { insertAt } from './edits.js';

export default defineRule({
  id: 'timeline-timezone',
  description: 'The timeline states its time zone, on the entries or once above them.',
  defaultSeverity: 'warning',
  fixType: 'suggestion',
  defaultOptions: {},
  check({ model, lines, language, report }) {
    const timed = model.timeline.filter((e) => e.time !== null);
    if (timed.length === 0 || timed.some((e) => e.zone !== null)) return;
    const section = model.sections.find((s) => s.kind === 'timeline');
    const span = section ? section.heading : timed[0].span;
    const fixes = [];
    if (section && section.depth <= 6) {
      const at = lines.point(lines.lineEnd(section.heading.end.line));
      const zone = language === 'ko' ? 'KST' : 'UTC';
      const sentence = language === 'ko' ? '모든 시간은 KST 기준입니다.' : 'All times in UTC.';
      fixes.push({ title: language === 'ko' ? `시간대 명시: ${zone}` : `State the time zone: ${zone}`, edits: [insertAt(at, `\n\n${sentence}`)] });
    }
    report({
      message: {
        en: 'The timeline gives no time zone. State it once above the entries ("All times in UTC") or after each time.',
        ko: '타임라인에 시간대가 없습니다. 항목 위에 한 번("모든 시간은 KST 기준") 또는 각 시간 뒤에 적어 주세요.',
      },
      span,
      fixes,
    });
  },
});
