import { BREAK, OPAQUE } from '../blame/placeholders.js';
import { infinitive } from './names.js';
import type { SentenceFinding } from './types.js';

/** Trims a phrase for quoting inside a question: no trailing punctuation, at most eight words. */
function short(phrase: string | undefined): string | undefined {
  // A phrase holding masked code, a link or a quote cannot be quoted as read: the question goes without it.
  if (!phrase || phrase.includes(OPAQUE) || phrase.includes(BREAK)) return undefined;
  const out = phrase.replace(/[\s.,;:!?]+$/, '').split(/\s+/).slice(0, 8).join(' ');
  return out || undefined;
}

/**
 * A question about the system for one blaming or hindsight sentence, built
 * from what the sentence says ("What made the primary and the replica easy
 * to confuse?"), so the rewrite keeps the facts and changes the subject.
 */
export function englishQuestion(f: SentenceFinding, verb: string): string {
  const object = short(f.object);
  const instead = short(f.instead);
  switch (f.shape) {
    case 'faulty-action':
      if (object && instead) return `What made ${object} and ${instead} easy to confuse?`;
      if (f.missing && /^(review|reviewing|a review|any review|approval|permission|authorization|testing|tests|a test|checking|verifying|a backup|backing|a ticket|a change request|double-checking|telling|notifying|informing|asking|consulting|following|reading|looking)/i.test(f.missing))
        return `What let this change go ahead without ${short(f.missing)}, and how can the process require it?`;
      if (object) return `What would have made it hard to ${infinitive(verb)} ${object} by mistake?`;
      return 'What made this step easy to get wrong, and what would catch it automatically?';
    case 'omission':
      if (object) return `What would have surfaced ${object} without relying on one person to remember it?`;
      return 'Why did the process rely on someone remembering this step, and what would do it automatically?';
    case 'damage':
      if (object) return `What let a single action affect ${object}, and what would limit the damage next time?`;
      return 'What let a single action cause this much damage, and what would limit it next time?';
    case 'mistake':
    case 'character':
    case 'human-error':
      return 'What made this mistake easy to make and hard to catch, and which safeguard was missing?';
    case 'fault':
    case 'punishment':
      return 'What will change in the system so that the next person in the same situation does not hit the same problem?';
    case 'blaming-question':
      if (object) return `What would have drawn attention to ${object} in time?`;
      return 'What would have drawn attention to this in time?';
    case 'person-hindsight':
      if (object) return `What would have made ${object} visible at the time, without hindsight?`;
      return 'What did people see at the time, and what would have made the problem visible?';
    case 'counterfactual':
      return 'What did people see at the time, and what would have made the problem easy to notice?';
  }
}
