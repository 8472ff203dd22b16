import { loadConfigText } from '../../../src/core/config/file.js';
import { RULES } from '../../../src/core/rules/index.js';
import type { ResolvedConfig } from '../../../src/core/config/types.js';
import { lintText } from '../../../src/core/lint/lint.js';

export const TODAY = '2026-03-20';

/** The full analysis, as the CLI and the extension run it. */
export function analyse(text: string, config?: ResolvedConfig): () => unknown {
  // Past the default maxFileSize the document is not analysed at all: such a size measures nothing.
  if (text.length > 1_000_000) throw new Error(`input of ${text.length} characters is over the default maxFileSize`);
  return () => lintText(text, { today: TODAY, force: true, path: 'postmortems/2026-03-14-outage.md', ...(config ? { config } : {}) });
}

/** The full analysis of `text` under a configuration with these `blameTerms`. */
export function analyseWithTerms(text: string, blameTerms: string[]): () => unknown {
  const { config } = loadConfigText(JSON.stringify({ blameTerms }), '.postmortemrc.json', RULES);
  return analyse(text, config);
}

export const HEAD = '---\ntype: postmortem\ndate: 2026-03-14\n---\n\n# Checkout API outage\n\n## Summary\n\nCheckout requests failed for 51 minutes.\n\n';

export const repeat = (n: number, piece: (k: number) => string): string => Array.from({ length: n }, (_, k) => piece(k)).join('');

export const clock = (k: number): string => `${String(Math.floor(k / 60) % 24).padStart(2, '0')}:${String(k % 60).padStart(2, '0')}`;
