import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/core/lint/lint.js';

export type Label = 'blame' | 'counterfactual' | 'clean';

/** `dev` to `dev6` are tuned on; `test` to `test5` are only measured. */
export type Split =
  | 'dev' | 'dev2' | 'dev3' | 'dev4' | 'dev5' | 'dev6'
  | 'test' | 'test2' | 'test3' | 'test4' | 'test5';
export const SPLITS: readonly Split[] = [
  'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'test', 'test2', 'test3', 'test4', 'test5',
];
/** The held-out splits: figures only, never their errors. */
export const HELD_OUT: readonly Split[] = ['test', 'test2', 'test3', 'test4', 'test5'];

/** One labelled sentence of the wording data set (test/fixtures/wording). */
export interface LabelledSentence {
  id: string;
  lang: 'en' | 'ko';
  text: string;
  label: Label;
  shape: string;
  source: string;
  split: Split;
  note: string;
}

export function loadSentences(split: Split): LabelledSentence[] {
  const path = join(__dirname, '..', 'fixtures', 'wording', `sentences.${split}.jsonl`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledSentence);
}

/** What the rules say of one sentence, read as a one-paragraph document. */
export function predict(text: string): Label {
  const { messages } = lintText(text, { force: true });
  if (messages.some((m) => m.ruleId === 'blame-language')) return 'blame';
  if (messages.some((m) => m.ruleId === 'counterfactual-language')) return 'counterfactual';
  return 'clean';
}

export interface Scores {
  n: number;
  blame: { tp: number; fp: number; fn: number; precision: number; recall: number };
  /** Clean sentences flagged as blame, over all clean sentences. */
  cleanFlagged: number;
  /** Counterfactual sentences flagged by counterfactual-language. */
  counterfactualRecall: number;
  /** Counterfactual-language flags that were labelled counterfactual. */
  counterfactualPrecision: number;
  errors: Array<{ s: LabelledSentence; got: Label }>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function score(sentences: readonly LabelledSentence[]): Scores {
  let tp = 0, fp = 0, fn = 0, clean = 0, cleanFlagged = 0, cf = 0, cfHit = 0, cfFlags = 0;
  const errors: Scores['errors'] = [];
  for (const s of sentences) {
    const got = predict(s.text);
    if (got !== s.label) errors.push({ s, got });
    if (s.label === 'blame') got === 'blame' ? tp++ : fn++;
    else if (got === 'blame') fp++;
    if (s.label === 'clean') {
      clean++;
      if (got === 'blame') cleanFlagged++;
    }
    if (s.label === 'counterfactual') {
      cf++;
      if (got === 'counterfactual') cfHit++;
    }
    if (got === 'counterfactual') cfFlags += 1;
  }
  const cfTrue = sentences.filter((s) => s.label === 'counterfactual').length;
  return {
    n: sentences.length,
    blame: { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) },
    cleanFlagged: ratio(cleanFlagged, clean),
    counterfactualRecall: ratio(cfHit, cf),
    counterfactualPrecision: ratio(cfHit, cfFlags === 0 && cfTrue === 0 ? 0 : cfFlags),
    errors,
  };
}
