import { loadConfigText } from '../../../src/core/config/file.js';
import { RULES } from '../../../src/core/rules/index.js';
import type { Family } from '../measure.js';
import { analyse, analyseWithTerms, HEAD, repeat } from './support.js';

/** The inputs an audit found taking quadratic time or worse. */
export const issueFamilies: Family[] = [
  {
    // A paragraph of plain short lines: inline data merged with a splice per line.
    name: 'paragraph of short lines',
    short: 1_400,
    full: 37_500,
    prepare: (n) => analyse(HEAD + repeat(n, (k) => `ab c${k % 10}\n`)),
  },
  {
    // The same, with no word at all: "&&" breaks the text twice a line.
    name: 'paragraph of "&&" lines',
    short: 1_400,
    full: 75_000,
    prepare: (n) => analyse(HEAD + repeat(n, () => '&&\n')),
  },
  {
    // Lines that each open 97 levels, indented further each line (for 100 lines, then again from
    // the margin, so the input grows linearly with n): reported, never parsed.
    name: 'nesting carried across lines',
    short: 400,
    full: 800,
    prepare: (n) => analyse(HEAD + repeat(n, (k) => ' '.repeat((k % 100) * 2) + '- '.repeat(97) + 'x\n')),
  },
  {
    // Nesting up to 90 levels by indentation, block after block: parsed.
    name: 'deep lists under the limit',
    short: 2,
    full: 25,
    prepare: (n) => analyse(HEAD + repeat(n, () => repeat(90, (k) => '  '.repeat(k) + '- item\n') + '\nText.\n\n')),
  },
  {
    name: 'links and brackets',
    short: 1_000,
    full: 20_000,
    prepare: (n) => analyse(HEAD + '[a](b) [c] '.repeat(n) + '\n'),
  },
  {
    // A user pattern whose longer alternative rescans the line after each match. (Below about
    // 30,000 characters re2js runs another, slower algorithm: sizes start above that.)
    name: 'user pattern /a|a+b/ on a line of a',
    short: 40_000,
    full: 200_000,
    prepare: (n) => analyseWithTerms(HEAD + 'a'.repeat(n) + '\n', ['/a|a+b/', '/a+b|a/', '/\\w+x|\\w/i']),
  },
  {
    name: 'config: unknown keys (JSON)',
    short: 2_000,
    full: 20_000,
    prepare: (n) => {
      const text = JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, k) => [`unknownKey${k}`, k])), null, 2);
      return () => loadConfigText(text, '/repo/.postmortemrc.json', RULES);
    },
  },
  {
    name: 'config: unknown keys (YAML)',
    short: 2_000,
    full: 20_000,
    prepare: (n) => {
      const text = repeat(n, (k) => `unknownKey${k}: ${k}\n`);
      return () => loadConfigText(text, '/repo/.postmortemrc.yaml', RULES);
    },
  },
];
