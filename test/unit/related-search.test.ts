// Related incidents and repeated fixes: the tokeniser (English stems and stop
// words; Korean particles and endings cut, then character bigrams), the index
// (never itself, never a later document, the words shared) and the strict
// repeated-item match.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelOf } from '../../src/core/lint/lint.js';
import { promisedBefore, RelatedIndex, relatedDocument, relatedIncidents } from '../../src/core/related/index.js';
import { koreanStem, terms, tokenize } from '../../src/core/related/tokenize.js';
import { postmortemTemplate } from '../../src/core/templates/postmortem.js';
import { isTemplateLine } from '../../src/core/templates/prompts.js';
import snippets from '../../snippets/postmortem.json';

describe('related tokeniser', () => {
  it('English: lowercase, no stop words, light stems, no clock times or years', () => {
    assert.deepEqual(terms('The deployments were rolled back at 12:05 UTC in 2023'), [...terms('deployment'), 'roll', 'back']);
    assert.deepEqual(terms('Deployed'), terms('deploying'));
    assert.deepEqual(terms('Deployments'), terms('deployment'));
    // Status codes and versions say what failed.
    assert.deepEqual(terms('HTTP 503 from Traefik v2'), ['503', 'traefik', 'v2']);
  });

  it('Korean: particles and verb endings cut before the bigrams', () => {
    assert.equal(koreanStem('배포를'), '배포');
    assert.equal(koreanStem('서버가'), '서버');
    assert.equal(koreanStem('재시작했다'), '재시작');
    assert.equal(koreanStem('데이터베이스에서'), '데이터베이스');
    assert.deepEqual(terms('배포를'), terms('배포가'));
    assert.deepEqual(terms('재시작했다'), ['재시', '시작']);
    // A compound shares terms with its parts.
    assert.ok(terms('배포파이프라인').includes('배포'));
  });

  it('mixed scripts: Latin words whole, a particle after one dropped, Hangul in bigrams', () => {
    assert.deepEqual(terms('Redis가 응답하지 않았다'), [...terms('redis'), '응답']);
    assert.equal(tokenize('Redis가')[0]!.surface, 'redis');
    assert.deepEqual(terms('CPU를 90% 사용'), ['cpu', '사용']);
    const surfaces = tokenize('커넥션풀이 고갈됨').map((t) => t.surface);
    assert.deepEqual([...new Set(surfaces)], ['커넥션풀', '고갈']);
  });

  it('whitespace mode keeps each Korean word whole (for comparison)', () => {
    assert.deepEqual(terms('커넥션풀이 고갈됨', { korean: 'whitespace' }), ['커넥션풀', '고갈']);
    assert.deepEqual(terms('커넥션풀이 고갈됨'), ['커넥', '넥션', '션풀', '고갈']);
  });
});

const DOC = (title: string, date: string, cause: string, items: string[], language: 'en' | 'ko' = 'en') =>
  language === 'en'
    ? `---\ntype: postmortem\ndate: ${date}\n---\n# ${title}\n\n## Summary\n\n${cause}\n\n## Action Items\n\n${items.map((i) => `- [ ] ${i} (owner: @ops, due: ${date.slice(0, 8)}28)`).join('\n')}\n`
    : `---\ntype: postmortem\ndate: ${date}\n---\n# ${title}\n\n## 요약\n\n${cause}\n\n## 재발 방지 대책\n\n${items.map((i) => `- [ ] ${i} (담당: @운영, 기한: ${date.slice(0, 8)}28)`).join('\n')}\n`;

function indexOf(docs: Array<[string, string]>) {
  const index = new RelatedIndex();
  for (const [uri, text] of docs) index.addModel({ uri, text, model: modelOf(text, { path: uri }) });
  return index;
}

const CORPUS: Array<[string, string]> = [
  ['2025-01-10-redis.md', DOC('Redis cache evictions', '2025-01-10', 'Redis ran out of memory and evicted session keys; logins failed.', ['Alert on Redis memory use above 80%'])],
  ['2025-03-02-dns.md', DOC('DNS resolution failures', '2025-03-02', 'CoreDNS pods crashed after an upgrade; services could not resolve names.', ['Pin the CoreDNS version'])],
  ['2025-05-20-redis-again.md', DOC('Redis memory exhausted again', '2025-05-20', 'Redis memory filled up and evicted session keys; users were logged out.', ['Alert on Redis memory use above 80%'])],
  ['2025-08-01-redis-later.md', DOC('Redis memory full', '2025-08-01', 'Redis memory full, session keys evicted.', ['Move sessions out of Redis'])],
];

describe('related index', () => {
  it('finds the earlier incident with the same cause, with the shared words, never itself or a later one', () => {
    const index = indexOf(CORPUS);
    const results = relatedIncidents(index.get('2025-05-20-redis-again.md')!, index, { limit: 3 });
    assert.equal(results[0]!.uri, '2025-01-10-redis.md');
    assert.ok(results[0]!.sharedTerms.includes('redis'), results[0]!.sharedTerms.join());
    assert.ok(results[0]!.sharedTerms.includes('evicted') || results[0]!.sharedTerms.includes('session'), results[0]!.sharedTerms.join());
    assert.ok(!results.some((r) => r.uri === '2025-05-20-redis-again.md' || r.uri === '2025-08-01-redis-later.md'));
    assert.equal(results[0]!.date, '2025-01-10');
  });

  it('a removed or replaced document is no longer found', () => {
    const index = indexOf(CORPUS);
    index.remove('2025-01-10-redis.md');
    assert.ok(!index.related(index.get('2025-05-20-redis-again.md')!).some((r) => r.uri === '2025-01-10-redis.md'));
    const [, dns] = CORPUS[1]!;
    index.addModel({ uri: '2025-03-02-dns.md', text: dns.replace('CoreDNS pods crashed', 'Redis evicted session keys'), model: modelOf(dns.replace('CoreDNS pods crashed', 'Redis evicted session keys')) });
    assert.equal(index.size, 3);
    assert.equal(index.related(index.get('2025-05-20-redis-again.md')!)[0]!.uri, '2025-03-02-dns.md');
  });

  it('Korean: the earlier incident of the same system ranks first', () => {
    const index = indexOf([
      ['2025-01-10-결제.md', DOC('결제 데이터베이스 커넥션풀 고갈', '2025-01-10', '결제 API의 데이터베이스 커넥션풀이 고갈되어 결제가 실패했습니다.', ['커넥션풀 사용량 알림 추가'], 'ko')],
      ['2025-02-10-로그인.md', DOC('로그인 인증서 만료', '2025-02-10', '로그인 서버의 인증서가 만료되어 로그인이 실패했습니다.', ['인증서 만료 알림 추가'], 'ko')],
      ['2025-06-10-결제-재발.md', DOC('결제 API 커넥션풀 고갈 재발', '2025-06-10', '트래픽이 몰리면서 결제 데이터베이스 커넥션풀이 다시 고갈되었습니다.', ['커넥션풀 크기 조정'], 'ko')],
    ]);
    const results = index.related(index.get('2025-06-10-결제-재발.md')!);
    assert.equal(results[0]!.uri, '2025-01-10-결제.md');
    assert.ok(results[0]!.sharedTerms.some((t) => t.includes('커넥션풀')), results[0]!.sharedTerms.join());
  });

  it('a document outside the index can be compared too', () => {
    const index = indexOf(CORPUS);
    const text = DOC('Redis evictions', '2025-12-01', 'Redis memory full; session keys evicted.', ['Alert on Redis memory use above 80%']);
    const doc = relatedDocument({ uri: 'new.md', text, model: modelOf(text) });
    assert.ok(index.related(doc).length >= 2);
  });
});

describe('promisedBefore', () => {
  const index = indexOf(CORPUS);
  const later = index.get('2025-05-20-redis-again.md')!;

  it('names the earlier document, its item and state for a strong repeat', () => {
    const match = promisedBefore(later.items[0]!, index, { uri: later.uri, date: later.date, today: '2025-06-01' });
    assert.equal(match?.uri, '2025-01-10-redis.md');
    assert.equal(match?.item.text, 'Alert on Redis memory use above 80% (owner: @ops, due: 2025-01-28)');
    assert.equal(match?.state, 'overdue');
    assert.equal(promisedBefore(later.items[0]!, index, { uri: later.uri, date: later.date, today: '2025-01-20' })?.state, 'open');
  });

  it('is silent on a weak match, on itself and on later documents', () => {
    assert.equal(promisedBefore({ text: 'Alert on disk use' }, index, { date: '2025-06-01' }), null);
    assert.equal(promisedBefore(later.items[0]!, index, { uri: later.uri, date: '2024-12-01' }), null);
    // Two documents of the same day would otherwise each flag the other.
    assert.equal(promisedBefore(later.items[0]!, index, { uri: later.uri, date: '2025-01-10' }), null);
    assert.ok(promisedBefore(later.items[0]!, index, { uri: later.uri, date: '2025-01-11' }));
    const only = { documents: [later] };
    assert.equal(promisedBefore(later.items[0]!, only, { uri: later.uri, date: later.date }), null);
  });
});

/** A snippet as a user who tabs through it leaves it: each placeholder its default, the title typed. */
function expanded(name: string, title: string): string {
  const body = (snippets as Record<string, { body: string[] }>)[name]!.body.join('\n');
  return body
    .replace(/\$\{\d+:\$CURRENT_HOUR:\$CURRENT_MINUTE\}/g, '09:41')
    .replace(/\$CURRENT_[A-Z_]+/g, (v) => (v === 'CURRENT_YEAR' ? '2026' : '07'))
    .replace(/\$\{1:[^}]*\}|\$1\b/g, title)
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$0/, '');
}

describe('a new postmortem, before anything is written', () => {
  // Every new postmortem holds the same headings and prompts; they must not make it look like the others.
  const TEMPLATE_TEXT = {
    'template, en': postmortemTemplate({ language: 'en', title: 'Queue backlog', severity: 'SEV3', date: '2025-09-01', time: '00:39' }),
    'template, ko': postmortemTemplate({ language: 'ko', title: 'Queue backlog', severity: 'SEV3', date: '2025-09-01', time: '00:39' }),
    'snippet, en': expanded('Postmortem (English)', 'Queue backlog'),
    'snippet, ko': expanded('Postmortem (한국어)', 'Queue backlog'),
  };
  const earlier = [
    ...CORPUS.slice(0, 2),
    ['2025-04-01-template-en.md', postmortemTemplate({ language: 'en', title: 'Login errors', severity: 'SEV2', date: '2025-04-01', time: '10:00' })],
    ['2025-04-02-snippet-ko.md', expanded('Postmortem (한국어)', 'Login errors')],
  ] as Array<[string, string]>;

  for (const [name, text] of Object.entries(TEMPLATE_TEXT)) {
    it(`${name}: only the title's words are searched, and nothing is related or promised before`, () => {
      const doc = relatedDocument({ uri: '2025-09-01-queue-backlog.md', text, model: modelOf(text) });
      const words = new Set(Object.values(doc.fields).flatMap((f) => terms(f)));
      assert.deepEqual([...words].sort(), terms('backlog queue'));
      assert.deepEqual(doc.items, []);
      const index = indexOf(earlier);
      assert.deepEqual(index.related(doc), []);
      const items = modelOf(text).actionItems;
      assert.ok(items.length >= 1);
      for (const item of items) assert.equal(promisedBefore(item, index, { uri: doc.uri, date: '2025-09-01' }), null);
    });
  }

  it('a line the user wrote in place of a prompt counts again', () => {
    assert.ok(isTemplateLine('## Impact'));
    assert.ok(isTemplateLine('- [ ] Describe the change (owner: @name, due: YYYY-MM-DD)'));
    assert.ok(isTemplateLine('- 12:05 — Incident started'));
    assert.ok(!isTemplateLine('## Impact on checkout'));
    assert.ok(!isTemplateLine('- 12:05 — Queue consumers stopped'));
    const text = postmortemTemplate({ language: 'en', title: 'Queue backlog', severity: 'SEV3', date: '2025-09-01', time: '00:39' }).replace('1. Why did the service fail?', '1. Why did Redis evict the session keys?');
    const index = indexOf(earlier);
    const doc = relatedDocument({ uri: '2025-09-01-queue-backlog.md', text, model: modelOf(text) });
    assert.equal(index.related(doc)[0]?.uri, '2025-01-10-redis.md');
  });
});
