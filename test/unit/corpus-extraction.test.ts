// Extraction measured against hand annotations of 50 real public postmortems
// and 10 templates (test/fixtures/corpus*, see test/fixtures/README.md).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText } from '../../src/core/lint/lint.js';
import type { SectionKind } from '../../src/core/model/types.js';
import { loadCorpus, ratio, score } from '../support/corpus.js';

const cases = [...loadCorpus('corpus'), ...loadCorpus('corpus-templates')];
const REQUIRED: SectionKind[] = ['timeline', 'impact', 'analysis', 'action-items'];

function totals(pick: (c: (typeof cases)[number]) => { expected: number[]; found: number[] }) {
  let expected = 0;
  let found = 0;
  let matched = 0;
  for (const c of cases) {
    const s = score(pick(c).expected, pick(c).found);
    expected += s.expected;
    found += s.found;
    matched += s.matched;
  }
  return { recall: ratio(matched, expected), precision: ratio(matched, found), expected };
}

describe('extraction on real postmortems', () => {
  it('loads all 60 annotated documents', () => {
    assert.equal(cases.length, 60);
  });

  it('recognises them as postmortems from their content alone, but for two blank templates', () => {
    const missed = cases.filter((c) => !c.model.isPostmortem).map((c) => c.name);
    // Two templates titled as such ("Postmortem Template", "Template for reports") describe no incident;
    // in their repositories a `postmortemGlobs` setting or `type: postmortem` opts them in.
    assert.deepEqual(missed.sort(), [
      'dastergon__postmortem-templates__postmortem-template-michael.kehoe.md',
      'jupyterhub__mybinder.org-deploy__template-incident-report.md',
    ]);
  });

  it('required-sections fires only for sections that are really absent', () => {
    const wrong: string[] = [];
    for (const c of cases.filter((x) => x.path.includes('/corpus/'))) {
      const messages = lintText(c.text, { path: c.path, force: true, today: '2026-11-25' }).messages.filter((m) => m.ruleId === 'required-sections');
      const reported = c.model.missingSections;
      for (const kind of reported) if (c.expected.sections[kind] === true) wrong.push(`${c.name}: ${kind}`);
      assert.equal(messages.length, reported.filter((k) => REQUIRED.includes(k)).length, c.name);
    }
    assert.deepEqual(wrong, []);
  });

  it('finds the required sections that are present', () => {
    let present = 0;
    let found = 0;
    for (const c of cases) {
      for (const kind of REQUIRED) {
        if (c.expected.sections[kind] !== true) continue;
        present++;
        if (c.model.sections.some((s) => s.kind === kind)) found++;
      }
    }
    assert.ok(found / present >= 0.98, `${found}/${present}`);
  });

  it('extracts timeline entries (recall ≥ 95%, precision ≥ 97%)', () => {
    const t = totals((c) => ({ expected: c.expected.timeline.map((e) => e.line), found: c.model.timeline.map((e) => e.line) }));
    assert.ok(t.expected > 400);
    assert.ok(t.recall >= 0.95, `recall ${t.recall}`);
    assert.ok(t.precision >= 0.97, `precision ${t.precision}`);
  });

  it('reads each entry’s clock time as annotated', () => {
    let right = 0;
    let total = 0;
    for (const c of cases) {
      for (const e of c.expected.timeline) {
        const got = c.model.timeline.find((x) => x.line === e.line);
        if (!got) continue;
        total++;
        if (got.time === e.time) right++;
      }
    }
    assert.ok(right / total >= 0.99, `${right}/${total}`);
  });

  it('extracts the 5-Whys chain', () => {
    const t = totals((c) => ({ expected: c.expected.whys.map((e) => e.line), found: c.model.whys.map((e) => e.line) }));
    assert.equal(t.recall, 1);
    assert.equal(t.precision, 1);
  });

  it('extracts action items (recall ≥ 91%, precision ≥ 92%)', () => {
    const t = totals((c) => ({ expected: c.expected.actionItems.map((e) => e.line), found: c.model.actionItems.map((e) => e.line) }));
    assert.ok(t.recall >= 0.91, `recall ${t.recall}`);
    assert.ok(t.precision >= 0.92, `precision ${t.precision}`);
  });

  it('reads action items’ done state', () => {
    let right = 0;
    let total = 0;
    for (const c of cases) {
      for (const e of c.expected.actionItems) {
        const got = c.model.actionItems.find((x) => x.line === e.line);
        if (!got) continue;
        total++;
        if (got.done === e.done) right++;
      }
    }
    assert.ok(right / total >= 0.95, `${right}/${total}`);
  });

  it('keeps every model line inside its document', () => {
    for (const c of cases) {
      const max = c.text.split(/\r\n|\r|\n/).length;
      for (const x of [...c.model.timeline, ...c.model.whys, ...c.model.actionItems, ...c.model.sections]) {
        assert.ok(x.line >= 1 && x.line <= max, `${c.name}: line ${x.line}`);
      }
    }
  });
});
