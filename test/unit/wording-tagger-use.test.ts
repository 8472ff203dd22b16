import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSentence } from '../../src/core/wording/analyse.js';
import { infinitive, taggerRuns } from '../../src/core/wording/names.js';

/** How many sentences the tagger read while analysing these. */
function tagged(sentences: string[]): number {
  const before = taggerRuns();
  for (const s of sentences) analyseSentence(s);
  return taggerRuns() - before;
}

describe('the English tagger runs only where a reading needs it', () => {
  it('does not tag sentences of past acts with nobody to have left them undone', () => {
    // Past verbs that no word list knows ("rebuilt", "reshuffled") once made every such sentence go through the tagger.
    const sentences = [
      'the scheduler rebuilt the index and reshuffled the shards after the failover.',
      'the migration job rewrote the table, then the cache warmed up within ten minutes.',
      'at 10:42 the load balancer drained the node and the queue emptied.',
    ];
    assert.equal(tagged(sentences), 0);
  });

  it('still asks it about a past act that nobody took', () => {
    const sentence = 'Sadly nobody reshuffled the shards before the launch.';
    assert.equal(tagged([sentence]), 1);
    const [finding] = analyseSentence(sentence + ' ');
    assert.equal(finding?.kind, 'blame');
    assert.equal(finding?.agent?.text, 'nobody');
    assert.equal(finding?.cue.text, 'reshuffled');
  });

  it('turns each verb into its infinitive once, however often questions ask for it', () => {
    const before = taggerRuns();
    assert.equal(infinitive('reindexed'), 'reindex');
    assert.equal(infinitive('reindexed'), 'reindex');
    assert.equal(taggerRuns() - before, 1);
  });
});
