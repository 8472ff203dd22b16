/**
 * Counterexamples found by the fuzz properties (test/fuzz), shrunk to their
 * smallest form, each with the behaviour the properties expect.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { loadConfigText } from '../../src/core/config/file.js';
import { lintText, modelOf } from '../../src/core/lint/lint.js';
import { RULES } from '../../src/core/rules/index.js';
import { checkModel, checkResult, Lines, pointAt } from '../fuzz/invariants.js';
import { msToRun } from '../support/timing.js';

const today = '2026-03-20';

describe('fuzz counterexamples', () => {
  it('a section in a document with a byte-order mark ends where its text ends', () => {
    const text = '\uFEFF# Timeline';
    const [section] = modelOf(text).sections;
    assert.equal(section?.heading.end.offset, 11);
    assert.equal(section?.endOffset, 11);
    assert.equal(lintText(text, { today, force: true }).model.sections[0]?.endOffset, 11);
  });

  it('a blaming phrase glued to HTML before a CRLF ends at its last word, never between CR and LF, and quotes no placeholder', () => {
    const text = ' 담당자가 실수<b>\r\n \u0000';
    const result = lintText(text, { today, force: true });
    checkResult(text, result);
    const blame = result.messages.find((m) => m.ruleId === 'blame-language');
    assert.ok(blame);
    assert.deepEqual([blame.line, blame.column, blame.endLine, blame.endColumn], [1, 2, 1, 9]);
    assert.ok(!blame.message.includes('\uFFFC'), blame.message);
  });

  it('positions stay right after a second byte-order mark', () => {
    const text = '\uFEFF\uFEFF# A\n# B';
    const model = modelOf(text);
    assert.deepEqual(model.sections[1]?.heading.start, { line: 2, column: 1, offset: 6 });
    checkModel(new Lines(text), model);
    checkResult(text, lintText(text, { today, force: true }));
  });

  it('a task-list item whose text starts on the next line gets points that agree with their offsets', () => {
    const text = '## 5 Whys\n\n1. [x] \n\tWhy did it fail?';
    const model = modelOf(text);
    const start = model.whys[0]?.span.start;
    assert.deepEqual(start && { line: start.line, column: start.column }, start && pointAt(new Lines(text), start.offset));
    checkResult(text, lintText(text, { today, force: true }));
  });

  it('a long run of white space at the start of a line takes time linear in its length', () => {
    // Expected: tens of milliseconds, like 10,000 "a"s; a bound 20 times that catches a quadratic pattern.
    for (const text of ['x\n' + ' '.repeat(10_000) + 'y', '\u3000'.repeat(10_000) + 'y']) {
      const ms = msToRun(() => modelOf(text));
      assert.ok(ms < 1000, `modelOf took ${Math.round(ms)} ms on ${JSON.stringify(text.slice(0, 4))}… (${text.length} characters)`);
    }
  });

  it('deeply nested blockquotes and lists are linted, not thrown on (stack overflow)', () => {
    for (const text of ['>'.repeat(6000) + ' x', '- '.repeat(6000) + 'x']) {
      assert.doesNotThrow(() => modelOf(text), JSON.stringify(text.slice(0, 4)));
      assert.doesNotThrow(() => lintText(text, { today, force: true }), JSON.stringify(text.slice(0, 4)));
    }
  });

  it('an empty postmortemGlobs entry is reported, not thrown on when linting', () => {
    const { config, problems } = loadConfigText('{"postmortemGlobs": [""]}', '.postmortemrc.json', RULES);
    assert.doesNotThrow(() => lintText('# Notes', { config, path: 'docs/notes.md', today }));
    assert.ok(problems.length > 0 || !config.postmortemGlobs.includes(''), 'the empty glob is neither reported nor dropped');
  });

  it('extraTerms or allowedTerms that are not lists, next to blameTerms/allowedTerms, are reported, not thrown', () => {
    for (const key of ['extraTerms', 'allowedTerms']) {
      const text = JSON.stringify({ rules: { 'blame-language': ['warning', { [key]: {} }] }, blameTerms: [], allowedTerms: [] });
      let result: ReturnType<typeof loadConfigText> | undefined;
      assert.doesNotThrow(() => (result = loadConfigText(text, '.postmortemrc.json', RULES)), key);
      assert.ok(result!.problems.some((p) => p.key === 'rules.blame-language'), `${key}: no problem reported`);
    }
  });
});
