import { AnalysisCache } from '../../../src/core/lint/analysis-cache.js';
import { lintText } from '../../../src/core/lint/lint.js';
import type { Family } from '../measure.js';
import { HEAD, repeat, TODAY } from './support.js';

/**
 * A one-character edit analysed with the document's cache: the chunks must
 * be found and moved in time linear in the document, however many repeat.
 */
function edited(text: string): () => unknown {
  const cache = new AnalysisCache();
  const options = { today: TODAY, force: true, path: 'postmortems/2026-03-14-outage.md', cache };
  const at = Math.floor(text.length / 2);
  const versions = [text, text.slice(0, at) + 'x' + text.slice(at)];
  lintText(versions[0]!, options);
  let k = 0;
  return () => lintText(versions[++k % 2]!, options);
}

export const incrementalFamilies: Family[] = [
  { name: 'edit among identical sections', short: 400, full: 5_000, prepare: (n) => edited(HEAD + repeat(n, () => '## Notes\n\nNothing new.\n\n')) },
  { name: 'edit among distinct sections', short: 300, full: 4_000, prepare: (n) => edited(HEAD + repeat(n, (k) => `## Part ${k}\n\n- ${String(k % 24).padStart(2, '0')}:00 — Step ${k}\n\nTom forgot step ${k}.\n\n`)) },
];
