import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as vscode from 'vscode';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { symbolsInSlices } from '../../src/extension/symbols-in-slices.js';

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });
const sym = (name: string, line: number, children?: DocumentSymbol[]): DocumentSymbol => ({ name, kind: 15, range: range(line), selectionRange: range(line), ...(children ? { children } : {}) });

/** A stand-in for the client's converter: the fields it reads, and a fresh children array, as vscode.DocumentSymbol has. */
const convert = (s: DocumentSymbol) => ({ name: s.name, had: 'children' in s, children: [] }) as unknown as vscode.DocumentSymbol;
const shape = (list: vscode.DocumentSymbol[]): unknown => list.map((s) => [s.name, (s as unknown as { had: boolean }).had, shape(s.children)]);

describe('document symbols converted in slices', () => {
  // One title holding sections holding entries: the shape of a long postmortem's outline.
  const tree = [sym('Title', 0, [sym('Timeline', 1, [sym('09:00 a', 2), sym('09:05 b', 3)]), sym('Action Items', 4, [sym('fix', 5)])]), sym('Appendix', 6)];

  it('keeps the tree: every symbol converted once, without its children, and placed under its parent', async () => {
    let calls = 0;
    const out = await symbolsInSlices(tree, (s) => (calls++, convert(s)), { isCancellationRequested: false });
    assert.equal(calls, 7);
    assert.deepEqual(shape(out!), [
      ['Title', false, [['Timeline', false, [['09:00 a', false, []], ['09:05 b', false, []]]], ['Action Items', false, [['fix', false, []]]]]],
      ['Appendix', false, []],
    ]);
  });

  it('lets the thread go between slices, whatever the depth, and stops when cancelled', async () => {
    // A slice of 0 ms ends after each symbol: the timer runs between any two, also inside one title.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const token = { isCancellationRequested: false };
    try {
      const out = await symbolsInSlices(tree, convert, token, 0);
      assert.equal(out!.length, 2);
      assert.ok(ticks >= 3, `the thread was let go ${ticks} times`);
      let converted = 0;
      const stopped = symbolsInSlices(tree, (s) => (converted++ === 2 && (token.isCancellationRequested = true), convert(s)), token, 0);
      assert.equal(await stopped, undefined);
      assert.equal(converted, 3, 'nothing converted after the cancellation');
    } finally {
      clearInterval(timer);
    }
  });
});
