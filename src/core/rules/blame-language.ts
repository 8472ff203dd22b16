import { findWording } from '../blame/find-wording.js';
import { DEFAULT_WORDING_OPTIONS, validateWordingOptions, type WordingOptions } from '../blame/term-options.js';
import { defineRule } from './define.js';

/**
 * Flags wording that blames a person instead of the system: a person as the
 * cause ("Kim wrote bad code", "김 대리님이 코드를 잘못 짰네요"), "human error"
 * as a cause, judgements of character, fault-finding and punishment.
 * The word lists live in src/core/blame/terms.*.json.
 */
export const blameLanguage = defineRule<WordingOptions>({
  id: 'blame-language',
  description: 'Wording that blames a person instead of the system (blameless postmortems).',
  defaultSeverity: 'warning',
  defaultOptions: DEFAULT_WORDING_OPTIONS,
  validateOptions: validateWordingOptions,
  check(ctx) {
    for (const finding of findWording(ctx, 'blame')) ctx.report(finding);
  },
});

export default blameLanguage;
