// "Systems named most": terms a set of incidents names far more often than
// postmortems in general, without the set's template or everyday words.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { backgroundJson } from '../../scripts/background-terms.js';
import { nameLike } from '../../src/core/insights/name-like.js';
import { affectedSystems } from '../../src/core/insights/systems.js';
import { buildModel } from '../../src/core/model/build.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { relatedDocument } from '../../src/core/related/document.js';

const ROOT = join(__dirname, '..', '..');

function doc(path: string, title: string, summary: string, impact: string) {
  const text = `---\ntype: postmortem\n---\n# ${title}\n\n## Summary\n\n${summary}\n\n- Category: Observability\n- Time to detection: 19 minutes\n\n## Impact\n\n**Customer impact:** ${impact}\n\n## Timeline\n\n- 10:00 It started.\n`;
  const model = buildModel(parseMarkdown(text), text, { path: 'postmortems/' + path }).model;
  return { doc: relatedDocument({ uri: path, text, model }), model };
}

describe('systems named most', () => {
  const en = [
    doc('a.md', 'Kafka consumer lag', 'The Kafka consumers fell behind after a restart and the service returned errors for 40 minutes.', 'Orders were delayed for 40 minutes.'),
    doc('b.md', 'Ledger writes failed', 'Kafka brokers ran out of disk, so the ledger stopped writing for 25 minutes.', 'Payments failed for 25 minutes.'),
    doc('c.md', 'Certificate expired', 'The ledger API certificate expired and clients got errors for 10 minutes.', 'Payments failed for 10 minutes.'),
    doc('d.md', 'Kafka rebalance storm', 'A rolling deploy caused repeated Kafka rebalances; requests timed out for 15 minutes.', 'Search was slow for 15 minutes.'),
    doc('e.md', 'DNS outage', 'The resolver crashed and lookups failed for 5 minutes.', 'Every service returned errors for 5 minutes.'),
  ];
  const found = affectedSystems(en, { isName: nameLike });
  const words = found.map((s) => s.word);

  it('names the systems several incidents share, most named first, with the incidents', () => {
    assert.equal(words[0], 'kafka');
    assert.deepEqual(found[0]!.paths, ['a.md', 'b.md', 'd.md']);
    assert.equal(found[0]!.incidents, 3);
    assert.ok(words.includes('ledger'), words.join(', '));
  });

  it('leaves out words every postmortem uses, the set\'s template labels, verbs and one-off terms', () => {
    for (const w of ['minutes', 'errors', 'category', 'observability', 'detection', 'customer', 'impact', 'failed', 'resolver', 'certificate']) assert.ok(!words.includes(w), `${w} in ${words.join(', ')}`);
  });

  it('leaves out a term in nearly every document of the set: that is the set\'s own boilerplate', () => {
    const same = ['a', 'b', 'c', 'd', 'e'].map((n) => doc(`${n}.md`, `Acme ${n} outage`, `Acme's gateway ${n === 'a' || n === 'b' ? 'and the Redis cache ' : ''}failed.`, 'Some users saw errors.'));
    const w = affectedSystems(same, { isName: nameLike }).map((s) => s.word);
    assert.ok(!w.includes('acme') && !w.includes('gateway'), w.join(', '));
    assert.ok(w.includes('redis'), w.join(', '));
  });

  it('names a Korean system once, as written, not once per syllable pair', () => {
    const ko = [
      doc('k1.md', '정산배치 지연', '정산배치가 멈춰서 30분 동안 정산이 늦어졌다.', '가맹점 정산 지연'),
      doc('k2.md', '정산배치 실패', '정산배치가 메모리 부족으로 실패했다.', '정산 결과 누락'),
      doc('k3.md', '로그인 장애', '인증 서버가 응답하지 않았다.', '로그인 불가'),
    ];
    const w = affectedSystems(ko, { isName: nameLike }).map((s) => s.word);
    assert.equal(w.filter((x) => x === '정산배치').length, 1, w.join(', '));
  });

  it('without a noun test (the editor\'s bundle has none), verbs may rank too; with it they do not', () => {
    const docs = [
      doc('v1.md', 'Queue stalled', 'Workers stalled and the broker stalled again.', 'Orders stalled.'),
      doc('v2.md', 'Queue stalled again', 'The consumers stalled after a deploy.', 'Checkout stalled.'),
      doc('v3.md', 'Cache miss storm', 'The cache was cold.', 'Pages were slow.'),
    ];
    assert.ok(affectedSystems(docs).some((s) => s.word === 'stalled'));
    assert.ok(!affectedSystems(docs, { isName: nameLike }).some((s) => s.word === 'stalled'));
  });

  it('has a background table that matches the fixtures it is generated from', () => {
    assert.equal(readFileSync(join(ROOT, 'src/core/insights/background.json'), 'utf8'), backgroundJson(ROOT), 'run node --import tsx scripts/background-terms.ts');
  });
});
