import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { restorableUri } from '../../src/extension/board/restore.js';

const OPEN = ['file:///work/postmortems/2026-11-03-checkout.md', 'untitled:Untitled-1'];
const INDEXED = ['file:///work/postmortems/2026-10-01-dns.md'];

describe('board restore: the saved uri', () => {
  it('is accepted for an open document', () => {
    assert.equal(restorableUri(OPEN[0], OPEN, INDEXED), OPEN[0]);
  });

  it('is accepted for a postmortem in the workspace index', () => {
    assert.equal(restorableUri(INDEXED[0], OPEN, INDEXED), INDEXED[0]);
  });

  for (const forged of ['file:///etc/passwd', 'https://example.com/x.md', 'file:///work/postmortems/2026-11-03-checkout.md?x', 'FILE:///work/postmortems/2026-10-01-dns.md', '', 'command:workbench.action.terminal.new']) {
    it(`is refused: ${JSON.stringify(forged)}`, () => {
      assert.equal(restorableUri(forged, OPEN, INDEXED), undefined);
    });
  }

  for (const odd of [undefined, null, 42, { toString: () => OPEN[0] }, [OPEN[0]]]) {
    it(`is refused when not a string: ${JSON.stringify(odd)}`, () => {
      assert.equal(restorableUri(odd, OPEN, INDEXED), undefined);
    });
  }
});
