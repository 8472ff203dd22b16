import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfigText } from '../../src/core/config/file.js';
import { lintText } from '../../src/core/lint/lint.js';
import type { Fix } from '../../src/core/lint/types.js';
import { RULES } from '../../src/core/rules/index.js';
import { FIXTURES } from '../support/corpus.js';

const EN = readFileSync(join(FIXTURES, 'rules/five-whys/en-five.md'), 'utf8');
const KO = readFileSync(join(FIXTURES, 'rules/five-whys/ko-five.md'), 'utf8');
const today = '2026-11-25';

function apply(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.start.offset - a.start.offset);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start.offset) + e.newText + out.slice(e.end.offset);
  return out;
}

describe('lintText', () => {
  it('passes a complete, blameless postmortem with no errors', () => {
    for (const text of [EN, KO]) {
      const r = lintText(text, { today });
      assert.equal(r.skipped, null);
      assert.deepEqual(r.messages.filter((m) => m.severity === 'error'), []);
    }
  });

  it('skips a document that is not a postmortem, and lints it when forced', () => {
    const notes = '# Meeting notes\n\nWe talked.\n';
    const r = lintText(notes, { path: 'docs/notes.md' });
    assert.match(r.skipped ?? '', /not under a postmortems/);
    assert.deepEqual(r.messages, []);
    assert.ok(lintText(notes, { path: 'docs/notes.md', force: true }).messages.length > 0);
  });

  it('inserts a missing section where it belongs, in the document language', () => {
    for (const [text, heading, title] of [
      [EN, '## Impact', '## Impact'],
      [KO, '## 영향 범위', '## 영향 범위'],
    ] as const) {
      const without = text.replace(new RegExp(`${heading}\\n\\n[^#]*`), '');
      const r = lintText(without, { today });
      const msg = r.messages.find((m) => m.ruleId === 'required-sections');
      assert.ok(msg, 'missing impact reported');
      assert.equal(msg.severity, 'error');
      const fixed = apply(without, msg.fixes[0]);
      assert.ok(fixed.indexOf(title) < fixed.indexOf(text === EN ? '## Timeline' : '## 타임라인'), 'impact inserted before the timeline');
      assert.ok(fixed.indexOf(title) > fixed.indexOf(text === EN ? '## Summary' : '## 요약'), 'and after the summary');
      // No longer missing; the skeleton's prompts are still to be written, and say so.
      const after = lintText(fixed, { today }).messages.filter((m) => m.ruleId === 'required-sections');
      assert.deepEqual(after.map((m) => [m.line, /empty/.test(m.message) || /비어/.test(m.message)]), [[fixed.split('\n').indexOf(title) + 1, true]]);
      const written = fixed.replace(/(- (?:Who was affected|영향받은 사용자):)/, '$1 every checkout user');
      assert.deepEqual(lintText(written, { today }).messages.filter((m) => m.ruleId === 'required-sections'), []);
    }
  });

  it('adds owner and due fields with quick fixes', () => {
    const text = EN.replace(' (owner: @minji, due: 2026-12-01)', '');
    const r = lintText(text, { today });
    const owner = r.messages.find((m) => m.ruleId === 'action-item-owner')!;
    const due = r.messages.find((m) => m.ruleId === 'action-item-due')!;
    const fixed = apply(apply(text, due.fixes[0]), lintText(apply(text, due.fixes[0]), { today }).messages.find((m) => m.ruleId === 'action-item-owner')!.fixes[0]);
    // Due then owner: one bracket, not two.
    assert.match(fixed, /Validate hostnames in the deploy pipeline \(due: 2026-12-09, owner: @owner\)/);
    assert.ok(owner);
    const after = lintText(fixed, { today }).messages;
    assert.equal(after.some((m) => m.ruleId === 'action-item-due'), false);
    // `@owner` is a placeholder: the item still has no owner until a real one is written.
    assert.equal(after.some((m) => m.ruleId === 'action-item-owner'), true);
    assert.equal(lintText(fixed.replace('owner: @owner', 'owner: @minji'), { today }).messages.some((m) => m.ruleId === 'action-item-owner'), false);
  });

  it('states the time zone with a quick fix', () => {
    const text = EN.replace('All times in UTC.\n\n', '');
    const msg = lintText(text, { today }).messages.find((m) => m.ruleId === 'timeline-timezone')!;
    const fixed = apply(text, msg.fixes[0]);
    assert.match(fixed, /## Timeline\n\nAll times in UTC\.\n/);
    assert.equal(lintText(fixed, { today }).messages.some((m) => m.ruleId === 'timeline-timezone'), false);
  });

  it('honours suppression comments', () => {
    const text = EN.replace('(owner: @minji, due: 2026-12-01)', '');
    assert.ok(lintText(text, { today }).messages.some((m) => m.ruleId === 'action-item-owner'));
    const disabled = text.replace('## Action Items\n', '## Action Items\n\n<!-- postmortem-disable action-item-owner -->\n');
    assert.equal(lintText(disabled, { today }).messages.some((m) => m.ruleId === 'action-item-owner'), false);
    assert.ok(lintText(disabled, { today }).messages.some((m) => m.ruleId === 'action-item-due'));
    const nextLine = text.replace('- [ ] Validate', '<!-- postmortem-disable-next-line action-item-owner action-item-due -->\n- [ ] Validate');
    const ids = lintText(nextLine, { today }).messages.map((m) => m.ruleId);
    assert.equal(ids.includes('action-item-owner') || ids.includes('action-item-due'), false);
    const sameLine = text.replace('Validate hostnames in the deploy pipeline', 'Validate hostnames in the deploy pipeline <!-- postmortem-disable-line action-item-owner -->');
    const sameIds = lintText(sameLine, { today }).messages.map((m) => m.ruleId);
    assert.equal(sameIds.includes('action-item-owner'), false);
    assert.equal(sameIds.includes('action-item-due'), true);
    const all = '<!-- postmortem-disable -->\n' + text;
    assert.deepEqual(lintText(all, { today }).messages, []);
  });

  it('honours line markers with Windows and old Mac line endings', () => {
    const text = EN.replace('(owner: @minji, due: 2026-12-01)', '');
    for (const eol of ['\r\n', '\r']) {
      const ids = (t: string) => lintText(t.replace(/\n/g, eol), { today }).messages.map((m) => m.ruleId);
      assert.ok(ids(text).includes('action-item-owner'), JSON.stringify(eol));
      const nextLine = text.replace('- [ ] Validate', '<!-- postmortem-disable-next-line action-item-owner -->\n- [ ] Validate');
      assert.equal(ids(nextLine).includes('action-item-owner'), false, JSON.stringify(eol));
      const sameLine = text.replace('Validate hostnames in the deploy pipeline', 'Validate hostnames in the deploy pipeline <!-- postmortem-disable-line action-item-owner -->');
      assert.equal(ids(sameLine).includes('action-item-owner'), false, JSON.stringify(eol));
      assert.equal(ids(sameLine).includes('action-item-due'), true, JSON.stringify(eol));
    }
  });

  it('uses configured severities and turns rules off', () => {
    const { config } = loadConfigText('{"rules":{"required-sections":"warning","five-whys":"off"}}', '/r/.postmortemrc.json', RULES);
    const r = lintText('---\ntype: postmortem\n---\n# X\n\n## Root cause\n\nDisk.\n', { config, today });
    assert.ok(r.messages.every((m) => m.ruleId !== 'five-whys'));
    assert.ok(r.messages.filter((m) => m.ruleId === 'required-sections').every((m) => m.severity === 'warning'));
  });

  it('answers a huge document with one message instead of analysing it', () => {
    const { config } = loadConfigText('{"maxFileSize": 1000}', '/r/.postmortemrc.json', RULES);
    const r = lintText(EN + 'x'.repeat(2000), { config });
    assert.deepEqual(r.messages.map((m) => m.ruleId), ['file-too-large']);
  });

  it('reports unreadable front matter and still lints', () => {
    const r = lintText('---\ntype: [postmortem\n---\n# X\n', { force: true });
    assert.ok(r.messages.some((m) => m.ruleId === 'front-matter'));
    assert.ok(r.messages.some((m) => m.ruleId === 'required-sections'));
  });

  it('reports a repeated front-matter key at its line, as the YAML library would', () => {
    const r = lintText('---\ntype: postmortem\ntitle: A\nseverity: SEV2\ntitle: B\n---\n# X\n', { force: true });
    const m = r.messages.find((x) => x.ruleId === 'front-matter');
    assert.match(m?.message ?? '', /Map keys must be unique at line 4, column 1/);
  });

  it('writes messages in the document language', () => {
    const ko = lintText(KO.replace('(담당: @민지, 기한: 2026-12-01)', ''), { today });
    assert.match(ko.messages.find((m) => m.ruleId === 'action-item-owner')!.message, /담당자/);
  });
});

describe('positions in stored files', () => {
  const check = (text: string) => {
    const r = lintText(text, { today });
    for (const e of r.model.timeline) assert.equal(text.slice(e.span.start.offset, e.span.end.offset), e.rawTime, JSON.stringify(e));
    for (const a of r.model.actionItems) assert.equal(text.split(/\r\n|\n/)[a.line - 1].slice(a.span.start.column - 1).startsWith('- ['), true);
    return r;
  };
  it('keeps ranges right after a byte-order mark, with CRLF, tabs, emoji and Korean', () => {
    const text = '\uFEFF' + KO.replace(/\n/g, '\r\n').replace('- 12:09 — 5xx', '- 12:09 — 😀\t5xx');
    const r = check(text);
    const plain = check(KO);
    assert.equal(r.model.timeline.length, plain.model.timeline.length);
    const title = r.model.sections.find((s) => s.depth === 1)!;
    assert.equal(text.slice(title.heading.start.offset, title.heading.end.offset), '# 결제 API 장애 회고');
    const fixed = EN.replace(' (owner: @minji, due: 2026-12-01)', '');
    const withBom = lintText('\uFEFF' + fixed, { today }).messages.find((m) => m.ruleId === 'action-item-owner')!;
    const without = lintText(fixed, { today }).messages.find((m) => m.ruleId === 'action-item-owner')!;
    assert.equal(withBom.fixes[0].edits[0].start.offset, without.fixes[0].edits[0].start.offset + 1);
  });
});
