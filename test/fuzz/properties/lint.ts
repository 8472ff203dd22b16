/**
 * lintText and modelOf on any text: they never throw, every position lies in
 * the document, messages are sorted, fixes apply, results are deterministic,
 * and `force: true` lints anything.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lintText, modelOf, type LintResult } from '../../../src/core/lint/lint.js';
import type { PostmortemModel } from '../../../src/core/model/types.js';
import { mutatedCorpus } from '../arbitraries/corpus.js';
import { markdown } from '../arbitraries/markdown.js';
import { checkModel, checkResult, Lines, resultChecks } from '../invariants.js';
import type { Tally } from '../tally.js';

export const TODAY = '2026-03-20';

const PATHS = [undefined, 'postmortems/2026-03-14.md', 'README.md', 'docs/notes.md', 'C:\\incidents\\결제.md', '회고/장애.markdown'];
const path = fc.constantFrom(...PATHS);

/** Every check for one text; see Tally.check for how failures are raised. */
export function checkText(tally: Tally, text: string, docPath: string | undefined): void {
  let first: LintResult | undefined;
  let forced: LintResult | undefined;
  let model: PostmortemModel | undefined;
  const fixed: string[] = [];
  tally.check(text, [
    () => (first = lintText(text, { path: docPath, today: TODAY })),
    ...resultChecks(text, () => first, fixed),
    // Steps that compare results run only when the calls they compare returned; a throw is reported by its own step.
    () => first && assert.deepStrictEqual(lintText(text, { path: docPath, today: TODAY }), first, 'a second run gives a different result'),
    // A document that was linted is linted the same way when forced; only skipped ones need a forced run.
    () => (forced = first?.skipped === null ? first : lintText(text, { path: docPath, today: TODAY, force: true })),
    () => forced && assert.equal(forced.skipped, null, 'force: true still skipped the document'),
    ...resultChecks(text, () => (forced === first ? undefined : forced), fixed),
    () => (model = modelOf(text, { path: docPath })),
    () => model && checkModel(new Lines(text), model),
    () => model && first && assert.deepStrictEqual(model, first.model, 'modelOf disagrees with lintText().model'),
    // A fixed document is still a document: linting it must not throw either.
    () => fixed.slice(0, 1).forEach((out) => checkResult(out, lintText(out, { path: docPath, today: TODAY, force: true }))),
  ]);
}

export function randomMarkdownProperty(tally: Tally) {
  return fc.property(markdown, path, (text, docPath) => checkText(tally, text, docPath));
}

export function corpusMutationProperty(tally: Tally) {
  return fc.property(mutatedCorpus, path, (c, docPath) => checkText(tally, c.text, docPath));
}
