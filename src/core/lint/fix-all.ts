import { RULES } from '../rules/index.js';
import type { FixType } from '../rules/define.js';
import type { LintMessage, TextEdit } from './types.js';

const FIX_TYPES = new Map<string, FixType | undefined>(RULES.map((r) => [r.id, r.fixType]));

/** The rule's fix type; rules that do not say are treated as suggestions. */
export function fixTypeOf(ruleId: string): FixType {
  return FIX_TYPES.get(ruleId) ?? 'suggestion';
}

/**
 * The first fix of every accepted message, without overlaps, in document
 * order: what "fix all" applies in one go. Two fixes whose ranges overlap
 * would make the result depend on their order, so the later one waits for a
 * second run (its problem is still reported after the first). Insertions at
 * one point keep the messages' order.
 */
export function fixAllEdits(messages: readonly LintMessage[], accept: (m: LintMessage) => boolean): TextEdit[] {
  const groups = messages
    .filter((m) => m.fixes.length > 0 && m.fixes[0]!.edits.length > 0 && accept(m))
    .map((m) => m.fixes[0]!.edits)
    .sort((a, b) => Math.min(...a.map((e) => e.start.offset)) - Math.min(...b.map((e) => e.start.offset)));
  const kept: TextEdit[] = [];
  let reached = -1;
  for (const group of groups) {
    const start = Math.min(...group.map((e) => e.start.offset));
    const end = Math.max(...group.map((e) => e.end.offset));
    if (start < reached) continue;
    reached = Math.max(reached, end);
    kept.push(...group);
  }
  return kept;
}

/** Every safe fix of the document (see FixType): what a fix-on-save applies. */
export const safeFixEdits = (messages: readonly LintMessage[]): TextEdit[] => fixAllEdits(messages, (m) => fixTypeOf(m.ruleId) === 'safe');
