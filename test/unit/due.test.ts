import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dueInText, placeDue, readDue, resolveDue } from '../../src/core/model/due.js';
import { buildModel } from '../../src/core/model/build.js';
import { parseMarkdown } from '../../src/core/parse.js';

const placed = (text: string, day: string | null) => {
  const m = dueInText(text);
  return m ? resolveDue(m.reading, day) : undefined;
};

describe('deadlines as action items write them', () => {
  it('reads spans after the incident in both languages', () => {
    const day = '2025-08-11';
    assert.equal(placed('기한: 2주', day), '2025-08-25');
    assert.equal(placed('기한: 1주일', day), '2025-08-18');
    assert.equal(placed('(담당: 인프라팀, 3일 내)', day), '2025-08-14');
    assert.equal(placed('한 달 이내에 적용', day), '2025-09-11');
    assert.equal(placed('due: in 2 weeks', day), '2025-08-25');
    assert.equal(placed('fix it within three days', day), '2025-08-14');
    assert.equal(placed('deadline: 6 months', day), '2026-02-11');
  });

  it('reads dates without a year in the incident year, or the next when they would come before it', () => {
    assert.equal(placed('담당: 운영팀, ~ 8/25', '2025-08-11'), '2025-08-25');
    assert.equal(placed('8/25까지 배포', '2025-08-11'), '2025-08-25');
    assert.equal(placed('기한: 8월 25일', '2025-08-11'), '2025-08-25');
    assert.equal(placed('due by 1/15', '2025-11-20'), '2026-01-15');
    assert.equal(placed('due: Jan 15', '2025-11-20'), '2026-01-15');
    assert.equal(placed('due by 25/8', '2025-08-11'), '2025-08-25');
  });

  it('keeps full dates and quarters as they are', () => {
    assert.equal(placed('due: 2025-9-1', null), '2025-09-01');
    assert.equal(placed('기한: 2025년 9월 1일', null), '2025-09-01');
    assert.deepEqual(readDue('Q3 2025')?.reading, { kind: 'period' });
  });

  it('cannot place a span or a yearless date without the incident day', () => {
    assert.equal(placed('due: in 2 weeks', null), null);
    assert.equal(placed('기한: ~8/25', null), null);
    assert.deepEqual(placeDue('2주', null), { due: '2주' });
  });

  it('clamps to the end of a shorter month', () => {
    assert.equal(resolveDue({ kind: 'span', days: 0, months: 1 }, '2025-01-31'), '2025-02-28');
    assert.equal(resolveDue({ kind: 'span', days: 0, months: 1 }, '2024-01-31'), '2024-02-29');
  });

  it('does not take other numbers for deadlines', () => {
    for (const text of ['Retry 3 times before failing over', '로그를 30일 보관', 'Keep 2 weeks of logs', 'Raise the pool to 8/25 of the limit? no', '3일 동안 장애가 이어졌다', 'Upgrade to 1.25']) {
      const m = dueInText(text);
      assert.ok(m === null || (text.includes('8/25') && m.reading.kind === 'date'), `${text}: ${JSON.stringify(m)}`);
    }
    assert.equal(dueInText('Retry 3 times before failing over'), null);
    assert.equal(dueInText('로그를 30일 보관'), null);
    assert.equal(dueInText('Keep 2 weeks of logs'), null);
    assert.equal(dueInText('3일 동안 장애가 이어졌다'), null);
  });

  it('reads a text full of numbers in time that grows with its length', () => {
    // Each candidate reads a bounded window, so a long run of digits stays linear.
    const text = '1 '.repeat(50_000) + '기한: 2주';
    assert.equal(placed(text, '2025-08-11'), '2025-08-25');
  });
});

describe('action items with relative deadlines', () => {
  const doc = (body: string) => `---\ntype: postmortem\ndate: 2025-08-11\n---\n# 결제 장애\n\n## 조치 항목\n\n${body}\n`;

  it('places table cells and fields from the front matter date and keeps what was written', () => {
    const text = doc('| 조치 | 담당 | 기한 |\n| --- | --- | --- |\n| 커넥션 풀 모니터링 추가 | 인프라팀 | 2주 |\n| 부하 테스트 자동화 | SRE팀 | ~ 8/25 |\n| 문서화 | 플랫폼팀 | Q4 2025 |');
    const { model } = buildModel(parseMarkdown(text), text, { path: 'postmortems/a.md' });
    assert.deepEqual(
      model.actionItems.map((a) => [a.owner, a.due, a.dueWritten]),
      [
        ['인프라팀', '2025-08-25', '2주'],
        ['SRE팀', '2025-08-25', '8/25'],
        ['플랫폼팀', 'Q4 2025', undefined],
      ],
    );
  });

  it('falls back on the first dated timeline entry', () => {
    const text = '# Outage\n\n## Timeline\n\n- 2025-03-02 10:00 UTC alert fired\n\n## Action items\n\n- [ ] Add a canary (owner: platform team, due: in 2 weeks)\n';
    const { model } = buildModel(parseMarkdown(text), text, { path: 'postmortems/b.md' });
    assert.equal(model.actionItems[0]?.due, '2025-03-16');
    assert.equal(model.actionItems[0]?.owner, 'platform team');
  });
});
