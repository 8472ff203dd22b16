import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeInsights, type InsightSource } from '../../src/core/insights/compute.js';
import { severityOf } from '../../src/core/insights/severity.js';
import { buildModel } from '../../src/core/model/build.js';
import { parseMarkdown } from '../../src/core/parse.js';

function source(path: string, front: Record<string, string>, timeline: string[], items: string[]): InsightSource {
  const fm = Object.entries(front).map(([k, v]) => `${k}: ${v}`).join('\n');
  const text = `---\ntype: postmortem\n${fm}\n---\n# ${path}\n\n## Summary\n\nIt broke.\n\n## Timeline\n\nAll times in UTC.\n\n${timeline.map((t) => '- ' + t).join('\n')}\n\n## Action items\n\n${items.map((t) => '- ' + t).join('\n')}\n`;
  return { path, model: buildModel(parseMarkdown(text), text, { path: 'postmortems/' + path }).model };
}

describe('insights across postmortems', () => {
  const sources = [
    source('a.md', { date: '2026-01-10', severity: 'SEV1' }, ['10:00 Deploy started', '10:20 Alert fired for errors', '11:00 Service recovered'], ['[x] Add a canary (owner: @a, due: 2026-02-01)', '[ ] Add a test (owner: @b, due: 2026-02-01)']),
    source('b.md', { date: '2026-01-25', severity: 'P2' }, ['09:00 Config pushed', '09:10 Alert fired', '09:40 Service recovered'], ['[ ] Validate configs (owner: @c, due: 2026-12-31)']),
    source('c.md', { date: '2026-03-03', 심각도: '높음' }, ['08:00 Disk filled', '08:05 Alert fired', '08:15 Service recovered'], ['[x] Rotate logs (owner: @d, due: 2026-03-10)']),
    source('d.md', { date: '2026-04-20', severity: 'sev-3' }, ['12:00 Cert expired', '12:02 Alert fired', '12:10 Service recovered'], ['[ ] Alert on expiry (owner: @e, due: 2026-05-01)']),
    source('2026-05-02-e.md', {}, ['13:00 Queue stalled'], []),
  ];
  const insights = computeInsights(sources, '2026-06-01');

  it('counts incidents per month by severity, with empty months in between', () => {
    assert.deepEqual(
      insights.months.map((m) => [m.month, m.total]),
      [['2026-01', 2], ['2026-02', 0], ['2026-03', 1], ['2026-04', 1], ['2026-05', 1]],
    );
    assert.equal(insights.months[0]!.bySeverity[1], 1);
    assert.equal(insights.months[0]!.bySeverity[2], 1);
    assert.equal(insights.months[2]!.bySeverity[2], 1, '높음 is level 2');
    assert.equal(insights.months[4]!.bySeverity.unknown, 1);
  });

  it('takes the date from the file name when the document states none', () => {
    assert.equal(insights.incidents.find((p) => p.path === '2026-05-02-e.md')?.date, '2026-05-02');
    assert.equal(insights.undated, 0);
  });

  it('gives the median time to detect and recover and its direction', () => {
    assert.deepEqual(insights.incidents.map((p) => p.timeToRecoverMinutes), [60, 40, 15, 10, null]);
    assert.equal(insights.timeToRecover.median, 27.5);
    assert.equal(insights.timeToRecover.count, 4);
    // Older half (60, 40) against newer half (15, 10): recovery got faster.
    assert.equal(insights.timeToRecover.earlier, 50);
    assert.equal(insights.timeToRecover.later, 12.5);
    assert.equal(insights.timeToRecover.direction, 'better');
    assert.equal(insights.timeToDetect.median, 7.5);
  });

  it('reports action items: done, open, overdue, their age and follow-through by postmortem age', () => {
    assert.deepEqual({ ...insights.actionItems, openAge: undefined }, { total: 5, done: 2, open: 3, overdue: 2, openAge: undefined });
    // January's postmortems are 127–142 days old on 2026-06-01; April's 42.
    const age = Object.fromEntries(insights.actionItems.openAge.map((b) => [b.ageDays[0], b.count]));
    assert.equal(age[90], 2);
    assert.equal(age[30], 1);
    const follow = insights.followThrough.find((f) => f.ageDays[0] === 90)!;
    assert.deepEqual([follow.postmortems, follow.items, follow.done, follow.share], [3, 4, 2, 0.5]);
  });

  it('says nothing of a direction with fewer than four incidents', () => {
    const few = computeInsights(sources.slice(0, 3), '2026-06-01');
    assert.equal(few.timeToRecover.direction, null);
    assert.equal(few.timeToRecover.median, 40);
  });

  it('lists at most twenty years of months, however far apart the dates', () => {
    const far = computeInsights([source('old.md', { date: '1970-01-01' }, [], []), source('new.md', { date: '2999-01-01' }, [], [])], '2026-06-01');
    assert.equal(far.months.length, 240);
  });
});

describe('severity levels', () => {
  it('reads the scales teams write', () => {
    const cases: Array<[unknown, ReturnType<typeof severityOf>]> = [
      ['SEV1', 1], ['sev-2', 2], ['P0', 1], ['P3', 3], ['S4', 4], ['Level 2', 2], ['1등급', 1], ['등급: 2', 2],
      ['Critical', 1], ['major', 2], ['Medium', 3], ['low', 4], ['높음', 2], ['낮음', 4], [2, 2], [0, 1], ['', 'unknown'], ['none', 'unknown'], [null, 'unknown'],
    ];
    for (const [value, level] of cases) assert.equal(severityOf(value), level, String(value));
  });
});
