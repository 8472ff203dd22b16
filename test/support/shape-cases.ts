import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSentence } from '../../src/core/wording/analyse.js';

/** Sentences written for one shape of blame, and look-alikes of the same shape that must stay clean. */
export interface ShapeCases {
  name: string;
  /** Sentence, the agent the finding names, or '' when it names none. */
  blame: Array<[string, string]>;
  clean: string[];
}

/** One suite per shape: each blame sentence is read as blame naming its agent; no look-alike is. */
export function checkShapes(title: string, shapes: readonly ShapeCases[]): void {
  describe(title, () => {
    for (const c of shapes) {
      describe(c.name, () => {
        for (const [sentence, agent] of c.blame) {
          it(`blame: ${sentence}`, () => {
            const f = analyseSentence(sentence)[0];
            assert.equal(f?.kind, 'blame', sentence);
            if (agent) assert.equal(f!.agent?.text, agent);
          });
        }
        for (const sentence of c.clean) {
          it(`not blame: ${sentence}`, () => assert.notEqual(analyseSentence(sentence)[0]?.kind, 'blame', sentence));
        }
      });
    }
  });
}
