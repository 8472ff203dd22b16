import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { lintText, toLintMessage } from '../../src/core/lint/lint.js';
import { defaultConfig } from '../../src/core/config/resolve.js';
import { RULES } from '../../src/core/rules/index.js';
import { defineRule } from '../../src/core/rules/define.js';
import { parseMarkdown } from '../../src/core/parse.js';

const DOC = '---\ntype: postmortem\n---\n\n# Outage\n\n## Timeline\n\n- 10:00 — Alert\n';

describe('a rule that throws', () => {
  it('becomes one internal-error message with its stack kept aside, and the other rules still report', () => {
    const broken = defineRule({ id: 'broken-rule', description: 'throws', defaultSeverity: 'warning', defaultOptions: {}, check: () => { throw new TypeError('boom'); } });
    const working = defineRule({ id: 'working-rule', description: 'reports', defaultSeverity: 'warning', defaultOptions: {}, check: (ctx) => ctx.report({ message: { en: 'seen', ko: '봄' }, span: ctx.model.sections[0]!.heading }) });
    const { model } = lintText(DOC);
    const file = new VFile({ value: DOC });
    file.data.postmortem = model;
    unified().use(broken.plugin as never).use(working.plugin as never).runSync(parseMarkdown(DOC), file);
    const messages = file.messages.map((m) => toLintMessage(m, defaultConfig(RULES)));
    assert.deepEqual(messages.map((m) => [m.ruleId, m.severity, m.line]), [['internal-error', 'error', 1], ['working-rule', 'warning', 5]]);
    assert.match(messages[0]!.message, /The rule broken-rule failed on this document; the other rules ran/);
    assert.match(messages[0]!.url, /docs\/rules\/internal-error\.md$/);
    assert.equal(file.data.internalErrors?.length, 1);
    assert.equal(file.data.internalErrors![0]!.ruleId, 'broken-rule');
    assert.match(file.data.internalErrors![0]!.stack, /TypeError: boom/);
  });

  it('keeps the stack of an error thrown after the rule reported (messages are made without one)', () => {
    const limit = Error.stackTraceLimit;
    const reportsThenThrows = defineRule({
      id: 'reports-then-throws',
      description: 'reports, then throws',
      defaultSeverity: 'warning',
      defaultOptions: {},
      check: (ctx) => {
        ctx.report({ message: { en: 'seen', ko: '봄' }, span: ctx.model.sections[0]!.heading });
        throw new RangeError('late');
      },
    });
    const { model } = lintText(DOC);
    const file = new VFile({ value: DOC });
    file.data.postmortem = model;
    unified().use(reportsThenThrows.plugin as never).runSync(parseMarkdown(DOC), file);
    assert.equal(Error.stackTraceLimit, limit);
    assert.match(file.data.internalErrors![0]!.stack, /RangeError: late\n\s+at /);
    assert.equal(file.messages.filter((m) => m.reason === 'seen').length, 1);
  });
});
