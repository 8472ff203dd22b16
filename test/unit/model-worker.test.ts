import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../src/core/config/resolve.js';
import { modelOf } from '../../src/core/lint/lint.js';
import { relatedReading } from '../../src/core/related/reading.js';
import { RULES } from '../../src/core/rules/index.js';
import { WorkerModeller } from '../../src/server/model-worker.js';

const config = defaultConfig(RULES);
const example = readFileSync(join(__dirname, '../../examples/postmortems/2026-03-14-checkout-api-outage.md'), 'utf8');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('index worker (closed files modelled off the server thread)', () => {
  it('gives the same model as modelling on this thread', async () => {
    const modeller = new WorkerModeller(() => undefined);
    try {
      const path = 'postmortems/2026-03-14-checkout-api-outage.md';
      const uri = `file:///w/${path}`;
      const modelled = await modeller.model(example, { uri, path, config });
      const model = modelOf(example, { path, config });
      assert.deepEqual(modelled, { model, reading: relatedReading(uri, example, model) });
      assert.equal(modelled.reading.doc?.uri, uri, 'read for the index under its uri');
    } finally {
      modeller.dispose();
    }
  });

  it('goes when the files stop coming, and comes back for the next one', async () => {
    const modeller = new WorkerModeller(() => undefined, 50);
    try {
      await Promise.all([modeller.model(example, { uri: 'a.md', path: 'a.md', config }), modeller.model(example, { uri: 'b.md', path: 'b.md', config })]);
      assert.equal(modeller.started, 1, 'one worker for a burst');
      for (let waited = 0; modeller.alive && waited < 10_000; waited += 20) await sleep(20);
      assert.equal(modeller.alive, false);
      const { model } = await modeller.model(example, { uri: 'c.md', path: 'c.md', config });
      assert.equal(model.isPostmortem, true);
      assert.equal(modeller.started, 2);
    } finally {
      modeller.dispose();
    }
  });

  it('stops a file past analysisTimeoutMs with a clear error, and models the next one', async () => {
    const logged: string[] = [];
    const modeller = new WorkerModeller((m) => logged.push(m));
    try {
      const long = example + Array.from({ length: 20_000 }, (_, i) => `- 10:${String(i % 60).padStart(2, '0')} — Step ${i}`).join('\n');
      await assert.rejects(modeller.model(long, { uri: 'long.md', path: 'long.md', config: { ...config, analysisTimeoutMs: 1 } }), /^Error: modelling stopped after 1 ms$/);
      const { model } = await modeller.model(example, { uri: 'next.md', path: 'next.md', config });
      assert.equal(model.isPostmortem, true);
      assert.equal(modeller.started, 2, 'the stopped worker was replaced');
    } finally {
      modeller.dispose();
    }
  });

  it('refuses what is still queued when the server shuts down', async () => {
    const modeller = new WorkerModeller(() => undefined);
    const first = modeller.model(example, { uri: 'a.md', path: 'a.md', config });
    const second = modeller.model(example, { uri: 'b.md', path: 'b.md', config });
    modeller.dispose();
    await assert.rejects(second, /the server is shutting down/);
    await assert.rejects(first, /the server is shutting down/);
  });
});
