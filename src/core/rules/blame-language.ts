import { findWording } from '../blame/find-wording.js';
import { DEFAULT_WORDING_OPTIONS, validateWordingOptions, WORDING_OPTIONS_SCHEMA, type WordingOptions } from '../blame/term-options.js';
import { findWordingFindings } from '../wording/find.js';
import { defineRule } from './define.js';

/**
 * Flags sentences that make a person the agent of a failure ("Tom restarted
 * the primary instead of the replica", "김 대리님이 확인 없이 배포했다"),
 * judge a person's character, look for someone to blame or punish, or stop
 * at "human error". Who did what is read by src/core/wording; the
 * project's own `blameTerms` are matched as listed.
 */
export const blameLanguage = defineRule<WordingOptions>({
  id: 'blame-language',
  description: 'Wording that blames a person instead of the system (blameless postmortems).',
  defaultSeverity: 'warning',
  fixType: 'wording',
  defaultOptions: DEFAULT_WORDING_OPTIONS,
  optionsSchema: WORDING_OPTIONS_SCHEMA,
  validateOptions: validateWordingOptions,
  check(ctx) {
    for (const f of findWordingFindings({ ...ctx, allowedTerms: ctx.options.allowedTerms }, 'blame')) ctx.report(f);
    for (const finding of findWording(ctx, 'blame')) ctx.report(finding);
  },
});

export default blameLanguage;
