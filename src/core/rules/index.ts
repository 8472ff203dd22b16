import actionItemDue from './action-item-due.js';
import actionItemOverdue from './action-item-overdue.js';
import actionItemOwner from './action-item-owner.js';
import actionItemRepeated from './action-item-repeated.js';
import actionItemVague from './action-item-vague.js';
import type { AnyRule } from './define.js';
import blameLanguage from './blame-language.js';
import counterfactualLanguage from './counterfactual-language.js';
import fiveWhys from './five-whys.js';
import requiredSections from './required-sections.js';
import timelineInvalidTime from './timeline-invalid-time.js';
import timelineOrder from './timeline-order.js';
import timelineTimezone from './timeline-timezone.js';

/** Every rule, in the order their messages are documented. */
export const RULES: AnyRule[] = [
  requiredSections,
  fiveWhys,
  timelineInvalidTime,
  timelineOrder,
  timelineTimezone,
  actionItemOwner,
  actionItemDue,
  actionItemVague,
  actionItemOverdue,
  actionItemRepeated,
  blameLanguage,
  counterfactualLanguage,
];
