import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../src/core/config/resolve.js';
import { lintText } from '../../src/core/lint/lint.js';
import { relatedReading } from '../../src/core/related/reading.js';
import { RULES } from '../../src/core/rules/index.js';
import { WorkerRunner } from '../../src/server/analysis-worker.js';
import type { LintMessages } from '../../src/server/runner.js';

const config = defaultConfig(RULES);
const example = readFileSync(join(__dirname, '../../examples/postmortems/2026-03-14-checkout-api-outage.md'), 'utf8');
const options = { path: 'postmortems/outage.md', config, today: '2026-06-01' };

describe('analysis worker (the language server\'s analyses off its thread)', () => {
  it('hands over the messages first, then the result with the model and the reading for the index', async () => {
    const runner = new WorkerRunner(() => undefined);
    try {
      const order: string[] = [];
      let early: LintMessages | undefined;
      const outcome = await runner.lint('file:///w/outage.md', example, { ...options, read: true }, undefined, (m) => {
        order.push('messages');
        early = m;
      });
      order.push('outcome');
      assert.deepEqual(order, ['messages', 'outcome']);
      assert.equal(outcome.kind, 'done');
      if (outcome.kind !== 'done') return;
      const fresh = lintText(example, options);
      assert.deepEqual(outcome.result, fresh, 'the parts make the whole result');
      assert.deepEqual(early, { messages: fresh.messages, skipped: null });
      assert.deepEqual(outcome.reading, relatedReading('file:///w/outage.md', example, fresh.model));
    } finally {
      runner.dispose();
    }
  });

  it('reads nothing for the index unless asked', async () => {
    const runner = new WorkerRunner(() => undefined);
    try {
      const outcome = await runner.lint('file:///w/outage.md', example, options);
      assert.equal(outcome.kind, 'done');
      assert.ok(outcome.kind === 'done' && outcome.reading === undefined && outcome.result.model.isPostmortem);
    } finally {
      runner.dispose();
    }
  });
});
