/** A sentence ends at ! ? 。 a hard break, or a period followed by space (not "crates.io", not "v1.2"). */
const SENTENCE_END = /[!?？！。\u2029]|\.(?=\s|$)/;
const KO_QUESTION = /(까|까요|나요|는가)$/;

/** Does the sentence holding [start, end) end with a question mark (or a Korean question ending)? */
export function inQuestion(text: string, start: number, end: number): boolean {
  const rest = text.slice(end);
  const at = rest.search(SENTENCE_END);
  const mark = at < 0 ? undefined : rest[at];
  if (mark === '?' || mark === '？') return true;
  const sentence = text.slice(start, at < 0 ? text.length : end + at);
  const last = /([\uAC00-\uD7A3]+)\s*$/.exec(sentence);
  return last !== null && KO_QUESTION.test(last[1]!);
}
