import { EN } from './lexicon.js';
import { isFirstName } from './names.js';
import { PhraseSet, words, type Word } from './phrases.js';
import { englishQuestion } from './questions-en.js';
import { StemSet } from './stem.js';
import type { Piece, SentenceFinding, Shape } from './types.js';

const P = EN.persons;
const F = EN.failures;
const M = EN.meta;
const C = EN.counterfactual;

const set = (list: readonly string[]): Set<string> => new Set(list);
const PRONOUNS = set(P.pronouns);
const COLLECTIVE = set(P.collective);
const INDEFINITE = set(P.indefinite);
const ROLES = set(P.roles);
const DETERMINERS = set(P.determiners);
const NEGATIVE = new PhraseSet(P.negative);
const OMISSION = new PhraseSet(F.omission);
const OMISSION_STEMS = new StemSet(F.omission);
const FAULTY = new PhraseSet(F.faultyVerbs);
const FAULTY_STEMS = new StemSet(F.faultyVerbs);
const DAMAGE = new PhraseSet(F.damageVerbs);
const DAMAGE_STEMS = new StemSet(F.damageVerbs);
const ACTION = new StemSet(F.actionVerbs);
const CHECK = new StemSet(F.checkVerbs);
const NEGATORS = new PhraseSet(F.negators);
const NEGATOR_WORDS = set(F.negators.filter((n) => !n.includes(' ')));
const MODIFIERS = new PhraseSet(F.modifiers);
const ACCIDENTAL = set(['accidentally', 'accidently', 'mistakenly', 'inadvertently', 'unintentionally', 'unknowingly', 'by mistake', 'by accident', 'in error', 'erroneously', 'wrongly', 'incorrectly', 'the wrong', 'wrong']);
const MISTAKES = set(F.mistakes);
const REMEDIAL = new StemSet(F.remedialVerbs);
const DESTRUCTIVE = new StemSet(F.destructiveVerbs);
const PRECIOUS = set(F.precious);
const CHARACTER = new PhraseSet(F.character);
const FAULT = new PhraseSet(F.fault);
const NOT_FAULT = set(F.notFault);
const PUNISHMENT = new PhraseSet(F.punishment);
const PUNISHMENT_ALONE = new PhraseSet(F.punishmentAlone);
const CAUSES = new PhraseSet(F.causeConnectors);
const BLAME_WORDS = new PhraseSet(M.blameWords);
const GENERIC = new PhraseSet(M.genericFrames);
const GUIDANCE = new PhraseSet(M.guidance);
const NEGATED = new PhraseSet(M.negatedJudgement);
const MODAL_PERFECT = new PhraseSet(C.modals);
const OUTCOMES = set(C.outcomes);
const CONDITIONALS = new PhraseSet(C.conditionals);
const PROMPTS = new PhraseSet(C.questionPrompts);

/** Words between a subject and its verb that do not change who acts. */
const BETWEEN = set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'also', 'then', 'just', 'already', 'again', 'still', 'even', 'simply', 'apparently', 'reportedly', 'allegedly', 'subsequently', 'initially', 'later', 'first', 'somehow', 'once', 'both', 'all', 'themselves', 'himself', 'herself', 'myself', 'ourselves', 'personally', 'probably', 'likely', 'clearly', 'obviously', 'unfortunately', 'instead', 'actually', 'in', 'fact', 'then', 'quickly', 'soon', 'never', 'not', 'only', 'ultimately', 'eventually', 'immediately', 'did', 'does', 'do', 'got', 'get', 'managed', 'to', 'accidentally', 'mistakenly', 'inadvertently', 'unintentionally', 'wrongly', 'incorrectly', 'carelessly', 'hastily', 'hurriedly']);
/** Words that start a new clause: a subject does not reach past them. */
const CLAUSE = set(['and', 'but', 'because', 'so', 'which', 'who', 'that', 'when', 'while', 'after', 'before', 'until', 'since', 'although', 'though', 'whereas', 'if', 'unless', 'where', 'or', 'whenever', 'however', 'yet']);
const COORDINATORS = set(['and', 'but', 'then', 'or', 'yet', 'so']);
const PREPOSITIONS = set(['by', 'at', 'in', 'on', 'of', 'for', 'from', 'with', 'during', 'about', 'to', 'into', 'over', 'under', 'behind', 'within', 'inside', 'near', 'like', 'via', 'per', 'across', 'after', 'before', 'through', 'while', 'who', 'responsible']);
const MODALS = set(['can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', "can't", 'cannot', "won't", "wouldn't", "shouldn't", 'shall', "mustn't", 'need', 'needs']);
const HYPOTHETICAL_START = set(['if', 'when', 'whenever', 'unless', 'suppose', 'imagine', 'should', 'even', 'whether', 'once']);
const OBJECT_STOP = set(['in', 'on', 'at', 'for', 'during', 'without', 'instead', 'because', 'after', 'before', 'when', 'while', 'and', 'but', 'to', 'with', 'from', 'by', 'which', 'that', 'so', 'as', 'into', 'rather', 'causing', 'leading', 'resulting', 'than', 'until', 'using', 'via', 'despite']);
const POSSESSIVE_PRONOUNS = set(['his', 'her', 'my', 'their', 'your']);
const QUESTION_WORDS = set(['why', 'who', 'how', 'whose']);
const PURPOSE = set(['reduce', 'reduces', 'reducing', 'prevent', 'prevents', 'preventing', 'avoid', 'avoids', 'avoiding', 'minimize', 'minimise', 'eliminate', 'against', 'mitigate', 'catch', 'catches', 'tolerate', 'tolerates', 'handle', 'absorb', 'risk', 'chance', 'likelihood', 'possibility', 'potential', 'prone', 'denied', 'deny', 'denies', 'ruled', 'rule']);

/** Words that never modify a role noun: a mention does not reach back past them. */
const FUNCTION_WORDS = set(['what', 'which', 'who', 'whom', 'whose', 'that', 'this', 'these', 'those', 'there', 'here', 'so', 'very', 'too', 'how', 'why', 'when', 'where', 'if', 'than', 'as', 'not', 'no', 'and', 'or', 'but', 'it', 'its', 'we', 'you', 'they', 'i', 'he', 'she', 'saying', 'say', 'says', 'said']);
const IRREGULAR_PAST = set(['been', 'taken', 'gone', 'done', 'given', 'broken', 'written', 'forgotten', 'known', 'seen', 'broke', 'ran', 'wrote', 'took', 'forgot', 'left', 'made', 'did', 'sent', 'put', 'set', 'hit', 'cut', 'shut', 'got', 'went', 'came', 'saw', 'knew', 'thought', 'told', 'said', 'gave', 'brought', 'caught', 'lost', 'kept', 'held', 'began', 'chose', 'drove', 'fell', 'felt', 'found', 'heard', 'led', 'meant', 'paid', 'read', 'rode', 'rose', 'sold', 'spent', 'stood', 'struck', 'swept', 'threw', 'understood', 'woke', 'won']);

interface Mention extends Piece {
  indefinite: boolean;
  specific: boolean;
  collective: boolean;
  at: number;
}

/** Reads one English sentence: who is said to have failed, and hindsight about what would have helped. */
export function analyseEnglish(sentence: string): SentenceFinding[] {
  const ws = words(sentence);
  if (ws.length < 2) return [];
  const a = new Analysis(sentence, ws);
  const blame = a.blame();
  if (blame) return [blame];
  const cf = a.counterfactual();
  return cf ? [cf] : [];
}

class Analysis {
  readonly question: boolean;
  constructor(
    readonly sentence: string,
    readonly ws: Word[],
  ) {
    this.question = /\?\W*$/.test(sentence);
  }

  piece(from: number, to: number): Piece {
    const start = this.ws[from]!.start;
    const end = this.ws[to - 1]!.end;
    return { start, end, text: this.sentence.slice(start, end) };
  }

  /** The person whose head word is at `i`, with its determiner and modifiers. */
  personAt(i: number, collective = false): Mention | undefined {
    const w = this.ws[i];
    if (!w || w.punct) return undefined;
    let specific = false;
    let indefinite = false;
    let isCollective = false;
    const bare = w.norm.replace(/'(s|ve|d|ll|re|m)$/, '');
    if (NEGATIVE.matchAt(this.ws, i) > 0 || (i > 0 && NEGATIVE.matchAt(this.ws, i - 1) > 1)) return undefined;
    if (i > 0 && /^(no|not|none)$/.test(this.ws[i - 1]!.norm)) return undefined;
    if (w.text.startsWith('@') && w.text.length > 1) specific = true;
    else if (PRONOUNS.has(bare)) specific = true;
    else if (COLLECTIVE.has(bare)) {
      if (!collective) return undefined;
      isCollective = true;
    } else if (INDEFINITE.has(bare) || ((bare === 'who' || bare === 'whose') && this.question)) indefinite = true;
    else if (ROLES.has(bare) || ROLES.has(bare.replace(/s$/, ''))) {
      // A role word before a noun modifies it ("user data", "engineer laptops").
      const next = this.ws[i + 1];
      if (next && !next.punct && (ROLES.has(next.norm) || this.nounAfterRole(next))) return undefined;
    } else if (isFirstName(w.text, this.sentence, i === 0) || (i > 0 && /^\p{Lu}/u.test(w.text) && isFirstName(this.ws[i - 1]!.text, this.sentence, i - 1 === 0))) specific = true;
    else return undefined;
    let from = i;
    while (!specific && !isCollective && from > 0 && from > i - 4) {
      const prev = this.ws[from - 1]!;
      if (prev.punct || CLAUSE.has(prev.norm) || BETWEEN.has(prev.norm) || MODALS.has(prev.norm) || PREPOSITIONS.has(prev.norm)) break;
      if (DETERMINERS.has(prev.norm) || POSSESSIVE_PRONOUNS.has(prev.norm) || prev.norm.endsWith("'s")) {
        from--;
        if (/^(a|an|some|one|another|any)$/.test(prev.norm)) indefinite = true;
        break;
      }
      if (this.isVerbish(prev.norm) || !/^[a-z][a-z-]*$/.test(prev.norm) || /(ed|ing)$/.test(prev.norm) || IRREGULAR_PAST.has(prev.norm) || FUNCTION_WORDS.has(prev.norm)) break;
      from--;
    }
    return { ...this.piece(from, i + 1), indefinite, specific, collective: isCollective, at: i };
  }

  /** Is the word after a role word a noun the role modifies ("user data"), rather than the role's verb? */
  nounAfterRole(next: Word): boolean {
    const n = next.norm;
    if (!/^[a-z][a-z-]*$/.test(n) || this.isVerbish(n) || PREPOSITIONS.has(n) || BETWEEN.has(n) || CLAUSE.has(n) || FUNCTION_WORDS.has(n) || this.verbLike(n)) return false;
    return !/(ed|ly|ing)$/.test(n) && !IRREGULAR_PAST.has(n);
  }

  /** A word the vocabulary knows as a verb, in any form. */
  verbLike(norm: string): boolean {
    return ACTION.has(norm) || CHECK.has(norm) || OMISSION_STEMS.has(norm) || FAULTY_STEMS.has(norm) || DAMAGE_STEMS.has(norm) || REMEDIAL.has(norm) || /^(was|were|is|are|has|had|have|did|does|do|made|got|went|became)$/.test(norm);
  }

  isVerbish(norm: string): boolean {
    return MODALS.has(norm) || NEGATOR_WORDS.has(norm) || /^(is|are|was|were|has|have|had|did|does|do|be|been)$/.test(norm);
  }

  /** The subject of the verb at `j`: the person right before it, past adverbs, auxiliaries and a phrase attached to the person. */
  subjectOf(j: number, collective: boolean): Mention | undefined {
    let i = j - 1;
    while (i >= 0 && !this.ws[i]!.punct && (BETWEEN.has(this.ws[i]!.norm) || this.ws[i]!.norm.endsWith('ly') || NEGATORS.matchAt(this.ws, i) === 1)) i--;
    if (i < 0) return undefined;
    if (this.ws[i]!.punct) {
      if (this.ws[i]!.text !== ',') return undefined;
      // ", inadvertently causing a panic": a participle after a comma shares the clause's subject.
      return this.subjectBeforeAside(i, collective) ?? (this.ws[j]!.norm.endsWith('ing') ? this.subjectBefore(i, collective) : undefined);
    }
    const direct = this.personAt(i, collective);
    if (direct) return direct;
    if (COORDINATORS.has(this.ws[i]!.norm)) return this.subjectBefore(i, collective);
    // "the employee doing a routine test … mistakenly hit": the person heads a phrase that ends before the verb.
    let sawLink = false;
    for (let k = i; k >= Math.max(0, i - 14); k--) {
      const w = this.ws[k]!;
      if (w.punct && w.text !== ',') return undefined;
      if (CLAUSE.has(w.norm) && w.norm !== 'who') return undefined;
      if (PREPOSITIONS.has(w.norm) || w.norm.endsWith('ing') || w.text === ',' || w.norm === 'who') sawLink = true;
      else if (this.isVerbish(w.norm) && k < i) return undefined;
      const m = sawLink && k < i ? this.personAt(k, collective) : undefined;
      if (m && !PREPOSITIONS.has(this.ws[k - 1]?.norm ?? '')) return m;
    }
    return undefined;
  }

  /** "The operator, tired after a long shift, deleted…": the subject before a parenthetical. */
  subjectBeforeAside(comma: number, collective: boolean): Mention | undefined {
    for (let k = comma - 1; k >= Math.max(0, comma - 10); k--) {
      if (this.ws[k]!.text === ',') {
        const m = this.personAt(k - 1, collective);
        return m;
      }
      if (this.ws[k]!.punct) return undefined;
    }
    return undefined;
  }

  /** The subject of the clause before a coordinator: "An operator used a tool … but forgot to type -n". */
  subjectBefore(conj: number, collective: boolean): Mention | undefined {
    for (let k = conj - 1; k >= 0; k--) {
      const w = this.ws[k]!;
      if (w.punct && w.text !== ',') return undefined;
      const m = this.personAt(k, collective);
      // Not the object of a preposition, neither the head word nor the mention's first word ("with the engineer").
      if (m && !PREPOSITIONS.has(this.ws[k - 1]?.norm ?? '') && !PREPOSITIONS.has(this.ws[this.wordIndexAt(m.start) - 1]?.norm ?? '')) return m;
    }
    return undefined;
  }

  wordIndexAt(offset: number): number {
    return this.ws.findIndex((w) => w.start === offset);
  }

  clauseEnd(from: number): number {
    let k = from;
    while (k < this.ws.length && !(this.ws[k]!.punct && this.ws[k]!.text !== '"') && !(k > from && CLAUSE.has(this.ws[k]!.norm))) k++;
    return k;
  }

  clauseStart(from: number): number {
    let k = from;
    while (k > 0 && !this.ws[k - 1]!.punct && !CLAUSE.has(this.ws[k - 1]!.norm)) k--;
    return k;
  }

  objectAfter(j: number): string | undefined {
    let k = j;
    const end = Math.min(this.clauseEnd(j), j + 8);
    while (k < end && !OBJECT_STOP.has(this.ws[k]!.norm)) k++;
    return k > j ? this.piece(j, k).text : undefined;
  }

  blame(): SentenceFinding | undefined {
    if (this.isMeta()) return undefined;
    const ws = this.ws;
    for (let j = 0; j < ws.length; j++) {
      const found = this.failureAt(j);
      if (!found) continue;
      const [shape, len, missing] = found;
      const accidental = missing !== undefined && ACCIDENTAL.has(missing.toLowerCase());
      const agent = this.subjectOf(j, true) ?? this.invertedSubject(j) ?? this.passiveAgent(j + len);
      if (!agent || this.hypothetical(agent, j) || this.purposeBefore(j)) continue;
      if (!agent.specific && !this.question && !this.past()) continue;
      const cueEnd = j + len;
      const object = this.objectAfter(cueEnd);
      const insteadAt = this.findWord(['instead', 'rather'], cueEnd);
      const instead = insteadAt >= 0 ? this.objectAfter(insteadAt + 2) : undefined;
      const finding: SentenceFinding = { kind: 'blame', shape: this.question ? 'blaming-question' : shape, agent, cue: this.piece(j, cueEnd), object, instead, missing, question: '' };
      finding.question = englishQuestion(finding, ws[j]!.norm);
      return finding;
    }
    return this.askedWhy() ?? this.judgement();
  }

  findWord(list: string[], from: number): number {
    const end = this.clauseEnd(from);
    for (let k = from; k < end; k++) if (list.includes(this.ws[k]!.norm)) return k;
    return -1;
  }

  /** A failing predicate starting at `j`: [shape, words, modifier]. */
  failureAt(j: number): [Shape, number, string?] | undefined {
    const ws = this.ws;
    const w = ws[j]!;
    if (w.punct) return undefined;
    let n = NEGATORS.matchAt(ws, j);
    if (n > 0) {
      let k = j + n;
      while (k < ws.length && (BETWEEN.has(ws[k]!.norm) || ws[k]!.norm.endsWith('ly'))) k++;
      if (this.question && this.personAt(k)) k++;
      const v = ws[k];
      if (!v || v.punct) return undefined;
      // "was not alerted" is passive: the person was not told, not the one who failed.
      if (/^(was|were|is|are|wasn't|weren't|isn't|aren't)$/.test(w.norm) && !v.norm.endsWith('ing') && v.norm !== 'aware') return undefined;
      if (v.norm === 'aware') return ['omission', k - j + 1];
      if (CHECK.has(v.norm) || /^(failed|forgot|neglected|omitted)$/.test(w.norm) || FAULTY_STEMS.has(v.norm)) return ['omission', k - j + 1];
      return undefined;
    }
    n = DAMAGE.matchAt(ws, j);
    if (n > 0 || (DAMAGE_STEMS.has(w.norm) && j > 0)) {
      if (/^caus/.test(w.norm) && !this.findWordIn(['outage', 'outages', 'incident', 'failure', 'downtime', 'crash', 'disruption', 'problem', 'issue', 'damage', 'loss', 'chaos', 'panic', 'meltdown', 'bug', 'error', 'errors', 'breach', 'leak', 'incidents'], j + 1, j + 6)) return undefined;
      return ['damage', n || 1];
    }
    n = FAULTY.matchAt(ws, j);
    if (n > 0 || FAULTY_STEMS.has(w.norm)) return ['faulty-action', n || 1];
    n = OMISSION.matchAt(ws, j);
    if (n > 0 || OMISSION_STEMS.has(w.norm)) return ['omission', n || 1];
    if (/^(made|make|makes|making)$/.test(w.norm)) {
      for (let k = j + 1; k < Math.min(ws.length, j + 6); k++) if (MISTAKES.has(ws[k]!.norm)) return ['mistake', k - j + 1];
    }
    if (w.norm === 'left' && this.findWord(['on', 'enabled', 'running', 'open', 'unlocked', 'exposed', 'unattended', 'public', 'unencrypted'], j + 1) > j + 1) return ['omission', 1];
    if (DESTRUCTIVE.has(w.norm) && this.findWordIn(PRECIOUS, j + 1, Math.min(this.clauseEnd(j + 1), j + 5))) return ['damage', 1];
    // "ran a drop table command on production", "ran terraform destroy".
    if (/^(ran|run|executed|issued|typed|entered|triggered)$/.test(w.norm)) {
      const end = Math.min(this.clauseEnd(j + 1), j + 7);
      for (let k = j + 1; k < end; k++) if (DESTRUCTIVE.has(ws[k]!.norm) || /^(rm|destroy|drop|truncate)$/.test(ws[k]!.norm)) return ['damage', 1];
    }
    if (ACTION.has(w.norm)) {
      const modifier = this.modifierAround(j);
      // Fixing a bad change is not making one: "rolled back the bad deploy".
      if (modifier && !(REMEDIAL.has(w.norm) && !ACCIDENTAL.has(modifier.toLowerCase()))) return ['faulty-action', 1, modifier];
    }
    return undefined;
  }

  findWordIn(list: readonly string[] | Set<string>, from: number, to: number): boolean {
    const has = (w: string): boolean => (list instanceof Set ? list.has(w) : list.includes(w));
    for (let k = from; k < Math.min(to, this.ws.length); k++) if (has(this.ws[k]!.norm)) return true;
    return false;
  }

  modifierAround(j: number): string | undefined {
    const from = Math.max(this.clauseStart(j), j - 3);
    const to = this.clauseEnd(j + 1);
    const hit = MODIFIERS.find(this.ws, from, to);
    if (!hit) return undefined;
    const text = this.piece(hit[0], hit[0] + hit[1]).text;
    const without = /^without\s+(.*)$/i.exec(text);
    return without ? without[1]! : text;
  }

  invertedSubject(j: number): Mention | undefined {
    if (!this.question) return undefined;
    const n = NEGATORS.matchAt(this.ws, j);
    return n > 0 ? this.personAt(j + n) : undefined;
  }

  passiveAgent(from: number): Mention | undefined {
    const end = this.clauseEnd(from);
    for (let k = from; k < end - 1; k++) {
      if (this.ws[k]!.norm !== 'by') continue;
      for (let h = k + 1; h < Math.min(end, k + 6); h++) {
        const m = this.personAt(h);
        if (m && (h + 1 >= end || !this.personAt(h + 1))) return m;
      }
      return undefined;
    }
    return undefined;
  }

  /** "Why did they run that command?", "Who wrote that?": a question that asks which person acted. */
  askedWhy(): SentenceFinding | undefined {
    if (!this.question) return undefined;
    const ws = this.ws;
    const q = ws.findIndex((w) => QUESTION_WORDS.has(w.norm));
    if (q < 0 || q > 3) return undefined;
    if (ws[q]!.norm === 'who' || ws[q]!.norm === 'whose') {
      const v = ws[q + 1];
      if (v && (ACTION.has(v.norm) || FAULTY_STEMS.has(v.norm) || DAMAGE_STEMS.has(v.norm)) && /ed$|wrote|broke|ran|did|made|took|hit|left|put|set|sent|pushed|approved/.test(v.norm)) {
        const f: SentenceFinding = { kind: 'blame', shape: 'blaming-question', agent: { ...this.piece(q, q + 1) }, cue: this.piece(q + 1, q + 2), object: this.objectAfter(q + 2), question: '' };
        f.question = englishQuestion(f, v.norm);
        return f;
      }
      return undefined;
    }
    if (ws[q]!.norm !== 'why') return undefined;
    const aux = ws[q + 1];
    if (!aux || !/^(did|didn't|does|doesn't|was|wasn't|were|weren't|would|wouldn't|had|hadn't|has|hasn't|is|isn't|are|aren't)$/.test(aux.norm)) return undefined;
    let k = q + 2;
    if (ws[k]?.norm === 'not') k++;
    const agent = this.personAt(k) ?? this.personAt(k + 1);
    if (!agent || agent.collective) return undefined;
    const v = ws[this.wordIndexAt(agent.end) + 1] ?? ws[k + 1];
    const f: SentenceFinding = { kind: 'blame', shape: 'blaming-question', agent, cue: v ? this.piece(this.wordIndexAt(v.start), this.wordIndexAt(v.start) + 1) : agent, object: v ? this.objectAfter(this.wordIndexAt(v.start) + 1) : undefined, question: '' };
    f.question = englishQuestion(f, v?.norm ?? '');
    return f;
  }

  hypothetical(agent: Mention, j: number): boolean {
    const first = this.ws[0]!.norm;
    const told = this.pastAt(j);
    const at = this.wordIndexAt(agent.start);
    for (let k = Math.max(0, at - 2); k < at; k++) if (/^(if|unless|whether)$/.test(this.ws[k]!.norm)) return true;
    if (HYPOTHETICAL_START.has(first) && !this.question && !(told && first !== 'if' && first !== 'unless' && first !== 'suppose' && first !== 'imagine')) return true;
    const from = Math.min(this.wordIndexAt(agent.start) < 0 ? j : this.wordIndexAt(agent.start), j);
    for (let k = Math.max(0, from - 2); k < j; k++) if (MODALS.has(this.ws[k]!.norm) || (this.ws[k]!.norm === 'to' && k === j - 1)) return true;
    if (agent.indefinite && /\b(can|could|may|might|will|would|should|if|whenever)\b/i.test(this.sentence.slice(0, agent.start))) return true;
    if (agent.indefinite && !told && /\bwhen\b/i.test(this.sentence.slice(0, agent.start))) return true;
    if (/^(people|humans|engineers|developers|operators|everyone|everybody|anyone|anybody|teams)$/.test(agent.text.toLowerCase()) && !this.past()) return true;
    return false;
  }

  purposeBefore(j: number): boolean {
    for (let k = Math.max(0, j - 3); k < j; k++) if (PURPOSE.has(this.ws[k]!.norm)) return true;
    return false;
  }

  /** Judgements that need no verb: a person's mistake, character, fault, punishment; "human error" as a cause. */
  judgement(): SentenceFinding | undefined {
    const ws = this.ws;
    for (let j = 0; j < ws.length; j++) {
      let shape: Shape | undefined;
      let n = 0;
      let alone = false;
      if ((n = PUNISHMENT.matchAt(ws, j))) [shape, alone] = ['punishment', PUNISHMENT_ALONE.matchAt(ws, j) > 0];
      else if ((n = CHARACTER.matchAt(ws, j))) [shape, alone] = ['character', true];
      else if ((n = FAULT.matchAt(ws, j))) {
        if (NOT_FAULT.has(ws[j + n]?.norm ?? '')) continue;
        const last = ws[j + n - 1]!.norm;
        shape = /error|factor/.test(last) ? 'human-error' : 'fault';
        // "Human error" with nobody named counts only where it is given as the cause that ends the analysis.
        alone = (shape === 'human-error' && this.causal()) || /^(my|our|whose|who)/.test(ws[j]!.norm) || /blame$/.test(last) || /^owned|^own/.test(ws[j]!.norm);
      } else if (MISTAKES.has(ws[j]!.norm)) {
        [shape, n] = ['mistake', 1];
        // "a sysadmin error", "engineer error": a role word naming whose error it was.
        if (j > 0 && ROLES.has(ws[j - 1]!.norm) && !/^(human|humans|user|users|people|person|individual)$/.test(ws[j - 1]!.norm) && !this.negatedBefore(j)) return this.make('mistake', { ...this.piece(j - 1, j), indefinite: false, specific: false, collective: false, at: j - 1 }, j - 1, j + 1);
        if (/^(error|errors|slip)$/.test(ws[j]!.norm) && !this.possessiveBefore(j)) continue;
      } else if ((n = CAUSES.matchAt(ws, j))) {
        const agent = this.personAfter(j + n, 3);
        if (agent && !agent.collective && !this.negatedBefore(j)) return this.make('fault', agent, j, j + n);
        continue;
      } else continue;
      if (this.negatedBefore(j) || this.purposeBefore(j)) {
        j += n - 1;
        continue;
      }
      if (shape === 'fault' && ws[j]!.norm === 'responsible' && !this.faultResponsibility(j)) continue;
      const agent = this.personNear(j, n, shape === 'mistake');
      if ((!agent || !agent.specific) && shape !== 'fault' && !this.past()) continue;
      if (agent) {
        if (shape !== 'punishment' && shape !== 'fault' && this.hypothetical(agent, j)) continue;
        return this.make(shape, agent, j, j + n);
      }
      if (alone && !this.hypotheticalSentence(j)) return this.make(shape, undefined, j, j + n);
    }
    return undefined;
  }

  /** Is the verb at `j` (or the one after its auxiliary) in the past tense? */
  pastAt(j: number): boolean {
    for (let k = j; k < Math.min(this.ws.length, j + 3); k++) {
      const n = this.ws[k]!.norm;
      if (/[^e]ed$|ied$/.test(n) || IRREGULAR_PAST.has(n) || /^(was|were|had|did|didn't|wasn't|weren't|hadn't)$/.test(n)) return true;
      if (!NEGATORS.matchAt(this.ws, k) && !BETWEEN.has(n)) break;
    }
    return false;
  }

  /** Does the sentence tell of something that happened (a past-tense verb), rather than state a general truth? */
  past(): boolean {
    return this.ws.some((w, k) => /^(was|were|had|did|didn't|wasn't|weren't|hadn't)$/.test(w.norm) || (k > 0 && /[^e]ed$/.test(w.norm) && w.norm.length > 4 && !this.ws[k - 1]!.norm.match(/^(be|been|being|is|are|get|gets)$/)) || IRREGULAR_PAST.has(w.norm));
  }

  causal(): boolean {
    return /\b(root cause|cause was|caused by|cause of (the|this) (outage|incident|failure)|attributed to|blamed on|boils down to|came down to)\b/i.test(this.sentence) && !/\bnot\b|\bnever\b|n't\b|\bno\b|\bany\b/i.test(this.sentence);
  }

  hypotheticalSentence(j: number): boolean {
    if (HYPOTHETICAL_START.has(this.ws[0]!.norm)) return true;
    for (let k = Math.max(0, j - 4); k < j; k++) if (MODALS.has(this.ws[k]!.norm)) return true;
    return false;
  }

  make(shape: Shape, agent: Mention | undefined, from: number, to: number): SentenceFinding {
    const finding: SentenceFinding = { kind: 'blame', shape, agent, cue: this.piece(from, to), question: '' };
    finding.question = englishQuestion(finding, this.ws[from]!.norm);
    return finding;
  }

  faultResponsibility(j: number): boolean {
    const next = this.ws.slice(j + 1, j + 6).map((w) => w.norm);
    if (next[0] === 'for') return next.slice(1, 4).some((w) => /^(outage|outages|incident|failure|mistake|error|breach|loss|problem|downtime|deletion|bug|crash|leak|damage|chaos|disruption|accident|disaster|mess|fiasco|blackout|causing|breaking|deleting|dropping|missing|introducing|disconnecting|taking)$/.test(w));
    return j > 0 && ROLES.has(this.ws[j - 1]!.norm);
  }

  personNear(j: number, n: number, collective: boolean): Mention | undefined {
    const from = this.clauseStart(j);
    for (let k = j - 1; k >= Math.max(from, j - 8); k--) {
      const m = this.personAt(k, collective);
      if (m) return m;
    }
    return this.personAfter(j + n, 6) ?? this.possessiveBefore(j);
  }

  personAfter(from: number, span: number): Mention | undefined {
    const end = Math.min(this.clauseEnd(from), from + span);
    for (let k = from; k < end; k++) {
      const m = this.personAt(k);
      if (m && (k + 1 >= this.ws.length || !this.personAt(k + 1))) return m;
    }
    return undefined;
  }

  possessiveBefore(j: number): Mention | undefined {
    for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
      const prev = this.ws[k]!;
      if (POSSESSIVE_PRONOUNS.has(prev.norm)) return { ...this.piece(k, k + 1), indefinite: false, specific: true, collective: false, at: k };
      if (prev.norm.endsWith("'s")) {
        const m = this.personAt(k);
        if (m) return m;
      }
    }
    return undefined;
  }

  negatedBefore(j: number): boolean {
    for (let k = Math.max(0, j - 5); k < j; k++) if (NEGATED.matchAt(this.ws, k) > 0 || NEGATIVE.matchAt(this.ws, k) > 0) return true;
    return false;
  }

  isMeta(): boolean {
    const ws = this.ws;
    const first = ws[0]!.norm;
    if (first === "don't" || (first === 'do' && ws[1]?.norm === 'not') || first === 'avoid' || first === 'never' || first === 'instead') return true;
    if (!BLAME_WORDS.find(ws)) return false;
    // Blame as a subject of its own, in the present tense: "Blame creates fear".
    if (!this.past()) return true;
    return Boolean(GENERIC.find(ws) || GUIDANCE.find(ws) || NEGATED.find(ws));
  }

  counterfactual(): SentenceFinding | undefined {
    const ws = this.ws;
    if (this.question || PROMPTS.find(ws)) return undefined;
    for (let j = 0; j < ws.length; j++) {
      const n = MODAL_PERFECT.matchAt(ws, j);
      if (n > 0) {
        let k = j + n;
        while (k < ws.length && (/^(been|not|also|still|even|all|both|then|never)$/.test(ws[k]!.norm) || ws[k]!.norm.endsWith('ly'))) k++;
        const verb = ws[k];
        if (!verb || verb.punct) continue;
        if (DETERMINERS.has(verb.norm) || /^\d/.test(verb.norm) || /^(more|enough|no|any|less|fewer|better|plenty|lots)$/.test(verb.norm)) continue;
        // "should have double checked": after "should have" any verb is a duty in hindsight.
        if (!(ws[j]!.norm.startsWith('should') || OUTCOMES.has(verb.norm) || IRREGULAR_PAST.has(verb.norm) || /(ed|en|wn|ght|aid|un|one)$/.test(verb.norm) || /^(obvious|clear|apparent|evident|possible|better|different|easier|faster|sooner|earlier)$/.test(verb.norm))) continue;
        if (this.negatedExistential(j)) return undefined;
        const subject = this.subjectOf(j, false);
        const cue = this.piece(j, k + 1);
        // "what people should have done": hindsight about people in general is writing about hindsight.
        if (subject && /^(people|humans|engineers|operators|developers|someone|anyone|everyone|they)$/.test(subject.text.toLowerCase()) && /\bwhat\b/i.test(this.sentence.slice(0, subject.start))) return undefined;
        if (subject && !subject.indefinite) {
          const f: SentenceFinding = { kind: 'blame', shape: 'person-hindsight', agent: subject, cue, object: this.objectAfter(k + 1), question: '' };
          f.question = englishQuestion(f, verb.norm);
          return f;
        }
        const f: SentenceFinding = { kind: 'counterfactual', shape: 'counterfactual', cue, question: '' };
        f.question = englishQuestion(f, verb.norm);
        return f;
      }
      const c = CONDITIONALS.matchAt(ws, j);
      if (c > 0 && (c > 1 || j === 0) && (ws[j]!.norm !== 'if' || j === 0 || ws[j - 1]!.punct || CLAUSE.has(ws[j - 1]!.norm) || ws[j - 1]!.norm === 'even')) {
        if (ws[j]!.norm === 'if' && ws[j + 1]?.norm === 'only' && j > 0) continue;
        const f: SentenceFinding = { kind: 'counterfactual', shape: 'counterfactual', cue: this.piece(j, j + c), question: '' };
        f.question = englishQuestion(f, ws[j]!.norm);
        return f;
      }
    }
    return undefined;
  }

  /** "There are no items that could have prevented this": nothing would have helped. */
  negatedExistential(j: number): boolean {
    for (let k = 0; k < j; k++) if (/^(no|nothing|none|neither)$/.test(this.ws[k]!.norm)) return true;
    return false;
  }
}
