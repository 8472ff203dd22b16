import { DOCS_BASE } from '../rules/define.js';
import { RULES } from '../rules/index.js';
import { PHASE } from './lint.js';
import type { LintMessage } from './types.js';

/** Every stage an analysis reports through `onPhase`, so a watchdog can pass the stage as a number in shared memory. */
export const PHASES: readonly string[] = ['', PHASE.parse, PHASE.model, PHASE.suppress, ...RULES.map((r) => r.id)];
const RULE_IDS = new Set(RULES.map((r) => r.id));

/** The message for a document a watchdog stopped: where it was, and how to raise the budget. */
export function timeoutMessage(stage: string, timeoutMs: number): LintMessage {
  const where = !stage ? 'the document' : RULE_IDS.has(stage) ? `the rule ${stage}` : stage;
  return {
    ruleId: 'analysis-timeout',
    severity: 'error',
    message: `Analysis stopped after ${timeoutMs.toLocaleString('en')} ms in ${where}; the document was not linted. Raise \`analysisTimeoutMs\` (or --timeout-ms) if it is merely large.`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    url: DOCS_BASE + 'analysis-timeout.md',
    fixes: [],
  };
}
