import { findWording } from '../blame/find-wording.js';
import { DEFAULT_WORDING_OPTIONS, validateWordingOptions, type WordingOptions } from '../blame/term-options.js';
import { defineRule } from './define.js';

/**
 * Flags hindsight and counterfactuals about what people should have done
 * ("should have caught", "we failed to", "~했어야 했다", "~했더라면"): they
 * judge past decisions by an outcome only known afterwards. Milder than
 * blame-language, hence 'info'.
 */
export const counterfactualLanguage = defineRule<WordingOptions>({
  id: 'counterfactual-language',
  description: 'Hindsight and counterfactual wording ("should have known", "failed to", "~했어야 했다").',
  defaultSeverity: 'info',
  defaultOptions: DEFAULT_WORDING_OPTIONS,
  validateOptions: validateWordingOptions,
  check(ctx) {
    for (const finding of findWording(ctx, 'counterfactual')) ctx.report(finding);
  },
});

export default counterfactualLanguage;
