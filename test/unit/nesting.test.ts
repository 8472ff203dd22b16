import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../src/core/config/resolve.js';
import { lintText, modelOf } from '../../src/core/lint/lint.js';
import { deeplyNestedLine, MAX_NESTING } from '../../src/core/lint/nesting.js';
import { RULES } from '../../src/core/rules/index.js';

const today = '2026-03-20';
const deep = (marker: string, n: number) => `# Incident\n\nSome text.\n\n${marker.repeat(n)}x\n`;

describe('nesting depth', () => {
  it('counts block quotes, bullets and ordered markers opened on one line', () => {
    for (const marker of ['> ', '- ', '* ', '+ ', '1. ', '2) ', '>', '- > ']) {
      const perMarker = marker === '- > ' ? 2 : 1;
      assert.equal(deeplyNestedLine(deep(marker, MAX_NESTING / perMarker)), 0, `${JSON.stringify(marker)} at the limit`);
      assert.equal(deeplyNestedLine(deep(marker, MAX_NESTING / perMarker + 1)), 5, `${JSON.stringify(marker)} past the limit`);
    }
  });

  it('does not count what is not a container marker', () => {
    for (const text of [
      '-'.repeat(500),
      '- '.repeat(500),
      '* '.repeat(500) + '\n',
      '-x '.repeat(500),
      '1.5 '.repeat(500),
      '1234567890. '.repeat(200),
      'text ' + '> '.repeat(500),
      ('- '.repeat(60) + 'x\n').repeat(50),
    ]) {
      assert.equal(deeplyNestedLine(text), 0, JSON.stringify(text.slice(0, 12)));
    }
  });

  it('counts the levels a line continues by indentation, not only those it opens', () => {
    // One more level per line: no line has more than one marker.
    const stairs = (levels: number) => Array.from({ length: levels }, (_, k) => '  '.repeat(k) + '- item').join('\n') + '\n';
    assert.equal(deeplyNestedLine(stairs(MAX_NESTING)), 0);
    assert.equal(deeplyNestedLine(stairs(MAX_NESTING + 20)), MAX_NESTING + 1);
    assert.equal(deeplyNestedLine(stairs(MAX_NESTING + 20).replace(/\n/g, '\r\n')), MAX_NESTING + 1);
    // Ordered items and tabs: the content column follows the marker's width.
    const ordered = Array.from({ length: 130 }, (_, k) => '   '.repeat(k) + '1. x').join('\n');
    assert.equal(deeplyNestedLine(ordered), MAX_NESTING + 1);
    const tabs = Array.from({ length: 130 }, (_, k) => '\t'.repeat(k) + '- x').join('\n');
    assert.equal(deeplyNestedLine(tabs), MAX_NESTING + 1);
    // Lines that are not indented to the content close the levels they do not continue.
    const flat = Array.from({ length: 300 }, (_, k) => '  '.repeat(k % 50) + '- item').join('\n');
    assert.equal(deeplyNestedLine(flat), 0);
    // A blank line continues list items; text after it at the margin closes them.
    const gaps = Array.from({ length: 130 }, (_, k) => '  '.repeat(k) + '- item\n\n' + (k % 60 === 59 ? 'end\n\n' : '')).join('');
    assert.equal(deeplyNestedLine(gaps), 0);
  });

  it('a document whose lines each open 97 levels, indented further each line, is reported at once', () => {
    // Took over a minute to parse before: the depth grows by one level a line.
    const text = Array.from({ length: 400 }, (_, k) => ' '.repeat(k * 2) + '- '.repeat(97) + 'x').join('\n') + '\n';
    assert.equal(deeplyNestedLine(text), 5);
    const result = lintText(text, { today, force: true });
    assert.deepEqual(result.messages.map((m) => [m.ruleId, m.line]), [['document-too-complex', 5]]);
  });

  it('finds a deep line after others, with any line ending', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      assert.equal(deeplyNestedLine(`# A${eol}${eol}text${eol}${'> '.repeat(150)}x${eol}more`), 4, JSON.stringify(eol));
    }
  });

  it('a document past the limit gets one document-too-complex message and an empty model, quickly', () => {
    // 6,000 levels took the parser tens of seconds before this check.
    for (const marker of ['> ', '- ', '>']) {
      const text = deep(marker, 6000);
      const start = performance.now();
      const result = lintText(text, { today, force: true });
      const model = modelOf(text);
      const ms = performance.now() - start;
      assert.deepEqual(result.messages.map((m) => [m.ruleId, m.line]), [['document-too-complex', 5]]);
      assert.match(result.messages[0]!.message, /more than 100 nested/);
      assert.equal(model.sections.length, 0);
      assert.match(model.reason, /nested/);
      assert.ok(ms < 2000, `${Math.round(ms)} ms`);
    }
  });

  it('without force, such a document is a postmortem only when its path says so', () => {
    const text = deep('- ', 500);
    const note = lintText(text, { today, path: 'notes/deep.md' });
    assert.deepEqual(note.messages, []);
    assert.match(note.skipped ?? '', /nested.*path does not mark it/);
    assert.equal(modelOf(text, { path: 'notes/deep.md' }).isPostmortem, false);
    const postmortem = lintText(text, { today, path: 'postmortems/2026-03-01-outage.md' });
    assert.deepEqual(postmortem.messages.map((m) => m.ruleId), ['document-too-complex']);
    assert.equal(postmortem.skipped, null);
    assert.equal(modelOf(text, { path: 'postmortems/2026-03-01-outage.md' }).isPostmortem, true);
  });

  it('a document at the limit is analysed as usual', () => {
    const text = deep('- ', MAX_NESTING);
    const result = lintText(text, { today, force: true });
    assert.ok(!result.messages.some((m) => m.ruleId === 'document-too-complex'));
    assert.equal(modelOf(text).title, 'Incident');
  });

  it('a huge document is reported as too large, not scanned for nesting', () => {
    const text = '> '.repeat(300) + 'x';
    const config = { ...defaultConfig(RULES), maxFileSize: 100 };
    assert.deepEqual(lintText(text, { today, force: true, config }).messages.map((m) => m.ruleId), ['file-too-large']);
  });
});

