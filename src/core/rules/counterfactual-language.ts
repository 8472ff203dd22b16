import { findWording } from '../blame/find-wording.js';
import { DEFAULT_WORDING_OPTIONS, validateWordingOptions, WORDING_OPTIONS_SCHEMA, type WordingOptions } from '../blame/term-options.js';
import { findWordingFindings } from '../wording/find.js';
import { defineRule } from './define.js';

/**
 * Flags hindsight: what would, could or should have prevented the failure
 * ("an integration test would have flagged this", "~했다면 피할 수 있었을
 * 것이다", "~만 있었어도"). It judges past decisions by an outcome only known
 * afterwards. A person who "should have caught this" is blame-language's.
 * Milder than blame, hence 'info'.
 */
export const counterfactualLanguage = defineRule<WordingOptions>({
  id: 'counterfactual-language',
  description: 'Hindsight and counterfactual wording ("would have caught", "~했다면 막을 수 있었을 것이다").',
  defaultSeverity: 'info',
  fixType: 'wording',
  defaultOptions: DEFAULT_WORDING_OPTIONS,
  optionsSchema: WORDING_OPTIONS_SCHEMA,
  validateOptions: validateWordingOptions,
  check(ctx) {
    for (const f of findWordingFindings({ ...ctx, allowedTerms: ctx.options.allowedTerms }, 'counterfactual')) ctx.report(f);
    for (const finding of findWording(ctx, 'counterfactual')) ctx.report(finding);
  },
});

export default counterfactualLanguage;
