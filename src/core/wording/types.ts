/** What kind of wording a sentence holds. */
export type WordingKind = 'blame' | 'counterfactual';

/** How a sentence blames: which judgement or which shape of failure it pins on a person. */
export type Shape =
  | 'omission'
  | 'faulty-action'
  | 'damage'
  | 'mistake'
  | 'character'
  | 'fault'
  | 'punishment'
  | 'human-error'
  | 'blaming-question'
  | 'person-hindsight'
  | 'counterfactual';

/** A piece of the analysed sentence: [start, end) in its text. */
export interface Piece {
  start: number;
  end: number;
  text: string;
}

/** One finding in one sentence, with what it saw, so the message can say it. */
export interface SentenceFinding {
  kind: WordingKind;
  shape: Shape;
  /** The person named as the cause, when one is. */
  agent?: Piece;
  /** The failure pinned on the agent, or the counterfactual phrase. */
  cue: Piece;
  /** What the failure was done to ("the primary"), when it can be read. */
  object?: string;
  /** For a wrong target: what was meant instead ("the replica"). */
  instead?: string;
  /** The quoted check that was skipped ("review"), for "without X". */
  missing?: string;
  /** A system-focused question for this sentence, in the sentence's language. */
  question: string;
}
