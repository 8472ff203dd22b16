import { unicodeWords } from '../lang/data.js';

/** Severity as a level from 1 (worst) to 5, whatever scale the team writes. */
export type SeverityLevel = 1 | 2 | 3 | 4 | 5 | 'unknown';

const LEVEL = /(?:^|[^\p{L}\p{N}])(?:sev(?:erity)?|p|s|level|lv|등급)?[\s:-]*([0-5])(?![\p{N}])/iu;
const WORDS: Array<[RegExp, SeverityLevel]> = [
  [unicodeWords(/\b(?:critical|blocker)\b|치명|긴급/i), 1],
  [unicodeWords(/\b(?:high|major)\b|높음/i), 2],
  [unicodeWords(/\b(?:medium|moderate)\b|보통/i), 3],
  [unicodeWords(/\b(?:low|minor)\b|낮음/i), 4],
];

/**
 * Reads "SEV1", "sev-2", "P0", "S3", "Level 2", "1등급", "Critical", "높음".
 * Scales that start at 0 (P0, SEV0) put 0 and 1 together as the worst.
 */
export function severityOf(value: unknown): SeverityLevel {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 5) return (Math.max(1, value) as SeverityLevel);
  if (typeof value !== 'string' || !value.trim()) return 'unknown';
  const text = value.trim().slice(0, 60);
  const m = LEVEL.exec(text);
  if (m) return Math.max(1, Number(m[1])) as SeverityLevel;
  for (const [re, level] of WORDS) if (re.test(text)) return level;
  return 'unknown';
}
