import { actThenConsequence, askedWhyPassive, confessionAfterLead, culpritNamed, failureWhenActed, letThrough, ownDefectFound } from './english-agency.js';
import { OPAQUE } from '../blame/placeholders.js';
import { EN } from './lexicon.js';
import { isFirstName, isWordName, pastTense, taggedPerson } from './names.js';
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
const NON_PERSON = set(P.nonPersonHeads);
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
const ACCIDENTAL_ADVERBS = set(['accidentally', 'accidently', 'mistakenly', 'inadvertently', 'unintentionally', 'erroneously']);
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
const POWER = new PhraseSet(F.powerVerbs);
const POWER_OBJECTS = set(F.powerObjects);
const SKIPPED_CHECKS = set(F.skippedChecks);
/** Verbs whose gerund after "without" names a step skipped ("without first updating the branch", "without even reading it"). */
const SKIPPED_CHECK_VERBS = new StemSet(F.skippedCheckVerbs);
const AUTHORED = set(F.authoredWork);
const DEFECTS = set(F.introducedDefects);
const OWNED = set(F.owned);
const JUDGEMENTS = set(C.judgements);
const IMPACTS = set(C.impacts);
const DETECTIONS = set(C.detections);
const HEDGES = new PhraseSet(C.hedges);
const AVOIDABLE = set(C.avoidable);
const APOLOGIES = set(F.apologies);
const APOLOGY_EXCUSES = new PhraseSet(F.apologyExcuses);
const NOT_CAUSES = set(F.notCauses);
const SECRETS = set(F.secrets);
const SECRET_KEY_MODIFIERS = set(F.secretKeyModifiers);
const EXPOSING = new StemSet(F.exposingVerbs);
const PLACING = new StemSet(F.placingVerbs);
const PUBLIC_PLACES = set(F.publicPlaces);
const LABEL_WORDS = set(P.labelWords);
const OWNED_AFTER = new PhraseSet(F.ownedAfter);
const OWNED_FAILURES = set(F.ownedFailures);
/** Words between "I" and an apology that do not change who apologises: "I am terribly sorry", "I do apologize". */
const APOLOGY_BETWEEN = set(['so', 'very', 'terribly', 'really', 'truly', 'deeply', 'sincerely', 'extremely', 'awfully', 'do', 'am', 'was', 'totally']);
/** Interjections that may open an apology: "ahhhh sorry", "oops, sorry". */
const INTERJECTION = /^(ah+|oh+|oops|whoops|argh+|ugh|welp|uh|um+|yikes|damn)$/;
const BE = set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'get', 'gets', 'got', 'getting', "isn't", "aren't", "wasn't", "weren't"]);
/** Past acts that nobody taking is no omission: knowing, meeting, suffering or being affected ("nobody lost their data", "nobody saw the outage"). */
const NOT_DUE = set(['knew', 'known', 'thought', 'expected', 'lost', 'saw', 'seen', 'got', 'had', 'felt', 'heard', 'suffered', 'experienced', 'touched', 'used', 'accessed', 'wanted', 'liked', 'asked', 'complained', 'blamed', 'faced', 'hit', 'received', 'caused', 'broke', 'made', 'needed', 'anticipated', 'predicted', 'foresaw', 'imagined', 'believed', 'understood', 'suspected', 'considered', 'guessed', 'assumed', 'died', 'panicked', 'objected', 'disagreed', 'minded']);
/** Words ending in -ing that are not a verb's participle. */
const NOT_GERUND = set(['during', 'morning', 'evening', 'thing', 'something', 'nothing', 'anything', 'everything', 'string', 'ring', 'king', 'spring', 'ceiling', 'building', 'meeting', 'setting', 'settings', 'ping', 'bring', 'sing', 'wing', 'swing', 'sibling']);
/** A connective between two commas that keeps the clause's subject: "X deployed …, however, missed one". */
const QUOTES = set(['"', '“', '”']);
const CONNECTIVES = set(['however', 'therefore', 'then', 'also', 'eventually', 'subsequently', 'later', 'unfortunately', 'instead', 'somehow', 'apparently']);

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
const PURPOSE = set(['disagree', 'disagrees', 'reduce', 'reduces', 'reducing', 'prevent', 'prevents', 'preventing', 'avoid', 'avoids', 'avoiding', 'minimize', 'minimise', 'eliminate', 'against', 'mitigate', 'catch', 'catches', 'tolerate', 'tolerates', 'handle', 'absorb', 'risk', 'chance', 'likelihood', 'possibility', 'potential', 'prone', 'denied', 'deny', 'denies', 'ruled', 'rule']);

/** Words that never modify a role noun: a mention does not reach back past them. */
const FUNCTION_WORDS = set(['what', 'which', 'who', 'whom', 'whose', 'that', 'this', 'these', 'those', 'there', 'here', 'so', 'very', 'too', 'how', 'why', 'when', 'where', 'if', 'than', 'as', 'not', 'no', 'and', 'or', 'but', 'it', 'its', 'we', 'you', 'they', 'i', 'he', 'she', 'saying', 'say', 'says', 'said', 'come']);
const IRREGULAR_PAST = set(['been', 'taken', 'gone', 'done', 'given', 'broken', 'written', 'forgotten', 'known', 'seen', 'broke', 'ran', 'wrote', 'took', 'forgot', 'left', 'made', 'did', 'sent', 'put', 'set', 'hit', 'cut', 'shut', 'got', 'went', 'came', 'saw', 'knew', 'thought', 'told', 'said', 'gave', 'brought', 'caught', 'lost', 'kept', 'held', 'began', 'chose', 'drove', 'fell', 'felt', 'found', 'heard', 'led', 'meant', 'paid', 'read', 'rode', 'rose', 'sold', 'spent', 'stood', 'struck', 'swept', 'threw', 'understood', 'woke', 'won', 'let']);

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
      // A role word before a noun modifies it ("user data", "engineer laptops"), unless it owns it ("the engineer's mistake", "the managements fault").
      const next = this.ws[i + 1];
      const owns = w.norm.endsWith("'s") || w.norm.endsWith("s'") || /^(faults?|accountable|responsible)$/.test(next?.norm ?? '');
      if (!owns && next && !next.punct && (ROLES.has(next.norm) || this.nounAfterRole(next))) return undefined;
      // "leads to", "hires the": the verb, not the role.
      if (/^(leads|hires)$/.test(w.norm) && next && /^(to|the|a|an)$/.test(next.norm)) return undefined;
    } else if (/^[A-Z]$/.test(w.text) && i > 0 && ROLES.has(this.ws[i - 1]!.norm)) {
      // "Developer X", "Engineer B": a person named by a role and a letter.
      specific = true;
      return { ...this.piece(i - 1, i + 1), indefinite, specific, collective: false, at: i };
    } else if ((bare === 'one' || bare === 'ones') && this.ws[i + 1]?.norm === 'who' && i > 0 && /^(the|that)$/.test(this.ws[i - 1]!.norm)) {
      // "the one who flubbed the command": a person named by what they did.
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
    // "due to dev target's dependency": a possessive noun is still the noun the role modifies.
    const n = next.norm.replace(/'s$|s'$/, '');
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
    // "I kept forgetting to run migrations": a habit of failing has the same subject.
    const habit = this.isGerund(this.ws[j]!.norm);
    // "Kim may have deleted …": a guess about what someone did keeps its subject; the writers' own hedge ("we may have missed") does not blame.
    while (i >= 0 && !this.ws[i]!.punct && (BETWEEN.has(this.ws[i]!.norm) || this.ws[i]!.norm.endsWith('ly') || NEGATORS.matchAt(this.ws, i) === 1 || (habit && /^(kept|keeps|keep)$/.test(this.ws[i]!.norm)) || (this.epistemicPast(i) && !/^(we|i)$/.test(this.ws[i - 1]?.norm ?? '')))) i--;
    if (i < 0) return undefined;
    // "your PR #6185 broke …", "Bob's commit 3f2a1c …": the identifier after the work names it; the owner is before the work.
    if (i > 1 && /^(\d+|[0-9a-f]{6,40})$/.test(this.ws[i]!.norm) && AUTHORED.has(this.ws[i - 1]!.norm)) i--;
    if (this.ws[i]!.punct) {
      if (this.ws[i]!.text !== ',') return undefined;
      // ", inadvertently causing a panic": a participle after a comma shares the clause's subject.
      return this.subjectBeforeAside(i, collective) ?? (this.ws[j]!.norm.endsWith('ing') ? this.subjectBefore(i, collective) : undefined);
    }
    // "a bug I deployed caused …", "the change Tom merged broke …": the author named in a clause on the work.
    if (i > 1 && /ed$|^(wrote|ran|made|put|set)$/.test(this.ws[i]!.norm) && (AUTHORED.has(this.ws[i - 2]!.norm) || DEFECTS.has(this.ws[i - 2]!.norm))) {
      const author = this.personAt(i - 1, false);
      if (author && author.at === i - 1 && author.specific) return author;
    }
    // "Bob's change broke production": the author of the work that failed.
    if (i > 0 && AUTHORED.has(this.ws[i]!.norm)) {
      const owner = this.ws[i - 1]!;
      const m = POSSESSIVE_PRONOUNS.has(owner.norm) ? { ...this.piece(i - 1, i), indefinite: false, specific: true, collective: false, at: i - 1 } : /'s$|s'$/.test(owner.norm) ? this.personAt(i - 1, false) : undefined;
      if (m) return m;
    }
    const direct = this.personAt(i, collective);
    // "Firing the intern would not have …": the object of a gerund is not the verb's subject.
    if (direct) {
      // "… instead of choosing "create a branch" I committed": the gerund's object was the quoted term between them.
      const before = this.ws[this.wordIndexAt(direct.start) - 1];
      return before && this.isGerund(before.norm) && !this.sentence.slice(before.end, direct.start).includes(OPAQUE) ? undefined : direct;
    }
    if (COORDINATORS.has(this.ws[i]!.norm)) return this.subjectBefore(i, collective);
    // "the employee doing a routine test … mistakenly hit": the person heads a phrase that ends before the verb.
    let sawLink = false;
    // A verb of its own ("who was on call") ends the phrase, unless a relative clause on the person holds it.
    let verbSeen = false;
    for (let k = i; k >= Math.max(0, i - 14); k--) {
      const w = this.ws[k]!;
      if (w.punct && w.text !== ',' && !QUOTES.has(w.text)) return undefined;
      if (k < i && k > 0) {
        // "The engineer who was on call deleted…", "the developer that wrote the patch skipped…": a relative clause on the person ends before the verb.
        // "the contractor we hired deleted…": one without its pronoun, after a person named with a determiner.
        const relative = /^(who|that|whom)$/.test(w.norm) || (/^(we|they|i|he|she|you)$/.test(w.norm) && DETERMINERS.has(this.ws[this.clauseHead(k - 1)]?.norm ?? ''));
        const m = relative ? this.personAt(k - 1, collective) : undefined;
        if (m && !m.collective && !PRONOUNS.has(m.text.toLowerCase()) && !PREPOSITIONS.has(this.ws[this.wordIndexAt(m.start) - 1]?.norm ?? '')) return m;
      }
      if (CLAUSE.has(w.norm) && w.norm !== 'who') return undefined;
      if (PREPOSITIONS.has(w.norm) || w.norm.endsWith('ing') || w.text === ',' || w.norm === 'who') sawLink = true;
      else if (this.isVerbish(w.norm) && k < i) verbSeen = true;
      const m = sawLink && !verbSeen && k < i ? this.personAt(k, collective) : undefined;
      if (m && !PREPOSITIONS.has(this.ws[k - 1]?.norm ?? '')) return m;
    }
    return undefined;
  }

  /** The first word of the noun phrase whose head is at `k`: back over modifiers to its determiner, if any. */
  clauseHead(k: number): number {
    let h = k;
    while (h > 0 && h > k - 4 && !this.ws[h - 1]!.punct && /^[a-z][a-z-]*$/.test(this.ws[h - 1]!.norm) && !DETERMINERS.has(this.ws[h]!.norm) && !CLAUSE.has(this.ws[h - 1]!.norm) && !PREPOSITIONS.has(this.ws[h - 1]!.norm) && !this.isVerbish(this.ws[h - 1]!.norm)) h--;
    return h;
  }

  isGerund(norm: string | undefined): boolean {
    return norm !== undefined && /^[a-z]{2,}ing$/.test(norm) && !NOT_GERUND.has(norm);
  }

  /** "The operator, tired after a long shift, deleted…": the subject before a parenthetical. */
  subjectBeforeAside(comma: number, collective: boolean): Mention | undefined {
    for (let k = comma - 1; k >= Math.max(0, comma - 10); k--) {
      if (this.ws[k]!.text === ',') {
        // ", however, missed one": a connective keeps the subject of the clause before it.
        if (k === comma - 2 && CONNECTIVES.has(this.ws[k + 1]!.norm)) return this.subjectBefore(k, collective);
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
    while (k < this.ws.length && !(this.ws[k]!.punct && !QUOTES.has(this.ws[k]!.text)) && !(k > from && CLAUSE.has(this.ws[k]!.norm))) k++;
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
    // A writer owning the failure, a headline's "blames X on Y" and "Instead of X, Y did Z" read before the test for writing about blame.
    const early = this.owned() ?? this.blamedOn() ?? this.insteadOfLead();
    if (early) return early;
    if (this.isMeta() || this.notPunished()) return undefined;
    const ws = this.ws;
    for (let j = 0; j < ws.length; j++) {
      const found = this.failureAt(j);
      if (!found) continue;
      const [shape, len, missing] = found;
      // "we have not introduced any other regressions": a negated act is no failure (omissions are read from the negation itself).
      if (shape !== 'omission' && this.findWordIn(['not', 'never', "haven't", "hasn't", "hadn't", "didn't", "don't", "doesn't"], Math.max(0, j - 3), j)) continue;
      // "was broken", "got knocked offline": a passive participle's subject is what it happened to; only a "by" agent acts.
      const passive = (shape === 'damage' || shape === 'faulty-action') && BE.has(ws[j - 1]?.norm ?? '') && !ws[j]!.norm.endsWith('ing');
      const agent = passive ? this.passiveAgent(j + len) : (this.subjectOf(j, true) ?? this.invertedSubject(j) ?? this.passiveAgent(j + len) ?? this.participleSubject(j) ?? this.namedSubject(j) ?? (shape === 'damage' ? this.causerOf(j) : undefined));
      if (!agent || this.hypothetical(agent, j) || this.purposeBefore(j)) continue;
      if (!agent.specific && !this.question && !this.past()) continue;
      // "I am merging this without a review as…": announcing one's own step, not telling a failure.
      if (/^(am|i'm|we're)$/.test(ws[j - 1]?.norm ?? '') || (ws[j - 1]?.norm === 'are' && agent.collective)) continue;
      // "What did we do wrong?": a team asking about its own process.
      if (this.question && agent.collective) continue;
      return this.finding(shape, agent, j, j + len, missing);
    }
    return this.logHandle() ?? this.askedWhy() ?? this.askedShould() ?? this.judgement() ?? this.nobodyChecked() ?? this.leadingConfession() ?? this.apology() ?? this.mistakenBelief() ?? this.agency();
  }

  /** A person as the agent of a failure told in another clause, or asked about in the passive (english-agency.ts). */
  agency(): SentenceFinding | undefined {
    return actThenConsequence(this) ?? ownDefectFound(this) ?? confessionAfterLead(this) ?? failureWhenActed(this) ?? askedWhyPassive(this) ?? letThrough(this) ?? culpritNamed(this);
  }

  /**
   * "bd808: changed scap such that …", "andrewbogott: typo in a variable
   * name that caused …": a log line that opens with a person's handle tells
   * what that person did; it blames when what follows is a failure.
   */
  logHandle(): SentenceFinding | undefined {
    const ws = this.ws;
    const handle = ws[0]!;
    if (ws[1]?.text !== ':' || !/^[a-z][a-z0-9_.-]{2,}$/.test(handle.text) || LABEL_WORDS.has(handle.norm) || this.question) return undefined;
    const agent: Mention = { ...this.piece(0, 1), indefinite: false, specific: true, collective: false, at: 0 };
    for (let j = 2; j < ws.length; j++) {
      // "handle: typo in …": the entry is the slip itself, named first; an error met later ("after the error") is not.
      if (MISTAKES.has(ws[j]!.norm) && j <= 3) return this.make('mistake', agent, j, j + 1);
      const found = this.failureAt(j);
      // The failure of a thing the handle's act made ("… such that X was missing") counts as the act's.
      if (found && !this.findWordIn(['not', 'never', "didn't", "don't"], Math.max(2, j - 3), j)) return this.finding(found[0], agent, j, j + found[1], found[2]);
    }
    return undefined;
  }

  /**
   * "#1488 was accidentally merged, because I thought I was making a PR
   * elsewhere", "accident push to master, thought this was disabled": an
   * accident told with the writer's mistaken belief owns it.
   */
  mistakenBelief(): SentenceFinding | undefined {
    const ws = this.ws;
    if (this.question) return undefined;
    const accident = ws.findIndex((w) => ACCIDENTAL_ADVERBS.has(w.norm) || /^(accident|accidental|mistake)$/.test(w.norm) || (w.norm === 'by' && /^(mistake|accident)$/.test(ws[ws.indexOf(w) + 1]?.norm ?? '')));
    if (accident < 0 || this.negatedInClause(accident) || this.findWordIn(['no', 'nothing', 'none', 'never', 'not', 'nobody'], 0, accident)) return undefined;
    for (let j = 0; j < ws.length; j++) {
      // A belief holds a clause ("thought this was disabled"), not a topic ("thought about it").
      if (!/^(thought|assumed|believed|figured)$/.test(ws[j]!.norm) || /^(about|of|through|hard|long|so|twice)$/.test(ws[j + 1]?.norm ?? '')) continue;
      const prev = ws[j - 1];
      // The writer's belief: "I thought", or "thought" opening a clause with no other subject.
      if (prev && !prev.punct && !/^(i|i'd|we|we'd)$/.test(prev.norm)) continue;
      const at = prev && !prev.punct ? j - 1 : -1;
      const agent: Mention | undefined = at >= 0 ? { ...this.piece(at, at + 1), indefinite: false, specific: true, collective: prev!.norm.startsWith('we'), at } : undefined;
      return this.make('mistake', agent, accident, accident + (ws[accident]!.norm === 'by' ? 2 : 1));
    }
    return undefined;
  }

  /**
   * "deployed a config change that took down payments", "issued an order
   * that unintentionally disconnected the data centers": damage done by a
   * thing is pinned on the person whose act made the thing, when the thing
   * is the object of that act, a few words back in the same clause.
   */
  causerOf(j: number): Mention | undefined {
    const ws = this.ws;
    let k = j - 1;
    while (k >= 0 && !ws[k]!.punct && (BETWEEN.has(ws[k]!.norm) || ws[k]!.norm.endsWith('ly'))) k--;
    const link = ws[k];
    if (!link || !(/^(that|which)$/.test(link.norm) || (link.text === ',' && this.isGerund(ws[j]!.norm)))) return undefined;
    // ", which caused issues": the whole act had the consequence, even an act meant as a remedy; "the change that broke it": only what made the thing.
    const clauseLink = link.text === ',' || ws[k - 1]?.text === ',';
    let v = ws[k - 1]?.text === ',' ? k - 2 : k - 1;
    for (const stop = Math.max(0, v - 8); v >= stop; v--) {
      const w = ws[v]!;
      // The object may hold a phrase of its own ("support for the old format"), but not a passive's agent.
      if (w.punct || CLAUSE.has(w.norm) || w.norm === 'by') return undefined;
      const past = /[^e]ed$|ied$/.test(w.norm) || IRREGULAR_PAST.has(w.norm);
      if (!past || !ACTION.has(w.norm) || NOT_CAUSES.has(w.norm) || (REMEDIAL.has(w.norm) && !clauseLink) || BE.has(ws[v - 1]?.norm ?? '')) continue;
      const m = this.subjectOf(v, true);
      return m && !this.hypothetical(m, v) ? m : undefined;
    }
    return undefined;
  }

  /**
   * "Sorry, forgot to push the tag", "my apologies, I pushed to main", "I
   * apologize for the inconvenience this caused": the writer apologising
   * owns a failure. Not a company's formula ("we apologize"), an apology
   * asked of others ("should have apologised"), nor "sorry to hear".
   */
  apology(): SentenceFinding | undefined {
    const ws = this.ws;
    if (this.question) return undefined;
    for (let j = 0; j < ws.length; j++) {
      const w = ws[j]!.norm;
      if (!APOLOGIES.has(w) || APOLOGY_EXCUSES.matchAt(ws, j + 1) > 0) continue;
      let k = j - 1;
      while (k >= 0 && APOLOGY_BETWEEN.has(ws[k]!.norm)) k--;
      const before = ws[k];
      const opens = !before || before.punct || (k === 0 && INTERJECTION.test(before.norm));
      let at = -1;
      if (before && /^(i|i'm|im|my)$/.test(before.norm)) at = k;
      else if (!(opens && (w === 'sorry' || w === 'apologies'))) continue;
      if (w === 'apologies' && before?.norm !== 'my' && !opens) continue;
      const agent: Mention | undefined = at >= 0 ? { ...this.piece(at, at + 1), indefinite: false, specific: true, collective: false, at } : undefined;
      return this.make('fault', agent, j, j + 1);
    }
    return undefined;
  }

  finding(shape: Shape, agent: Mention | undefined, j: number, cueEnd: number, missing?: string): SentenceFinding {
    const object = this.objectAfter(cueEnd);
    const insteadAt = this.findWord(['instead', 'rather'], cueEnd);
    const instead = insteadAt >= 0 ? this.objectAfter(insteadAt + 2) : undefined;
    const finding: SentenceFinding = { kind: 'blame', shape: this.question ? 'blaming-question' : shape, agent, cue: this.piece(j, cueEnd), object, instead, missing, question: '' };
    finding.question = englishQuestion(finding, this.ws[j]!.norm);
    return finding;
  }

  /**
   * "Then Nakamura pushed the wrong config": a surname the first-name lexicon
   * does not know, right before the failing verb. The tagger runs only here,
   * on a sentence that already has a failure and no other agent.
   */
  namedSubject(j: number): Mention | undefined {
    let i = j - 1;
    while (i >= 0 && !this.ws[i]!.punct && (BETWEEN.has(this.ws[i]!.norm) || this.ws[i]!.norm.endsWith('ly'))) i--;
    const w = this.ws[i];
    // Title case ("Receipts Validation Skip") is a heading, not a name and its verb.
    if (!w || w.punct || !/^\p{Ll}/u.test(this.ws[j]!.text) || (i > 1 && /^\p{Lu}/u.test(this.ws[i - 1]!.text))) return undefined;
    if (!taggedPerson(w.text, this.sentence) && !(isWordName(w.text) && this.pastAt(i + 1))) return undefined;
    return { ...this.piece(i, i + 1), indefinite: false, specific: true, collective: false, at: i };
  }

  /**
   * "…, then went to lunch forgetting to put it back": a participle that
   * trails its clause shares the sentence's subject, a person at its start
   * followed by a verb in the past.
   */
  participleSubject(j: number): Mention | undefined {
    const ws = this.ws;
    if (!this.isGerund(ws[j]!.norm) || j < 2) return undefined;
    const prev = ws[j - 1]!.norm;
    if (BE.has(prev) || this.isGerund(prev) || /ed$/.test(prev) || /^(kept|keep|keeps|started|stopped|began|continued|avoid|without|by|of|for|from|about|after|before|while)$/.test(prev)) return undefined;
    for (let k = 0; k < Math.min(4, j - 1); k++) {
      const m = this.personAt(k, true);
      if (!m) continue;
      const next = ws[k + 1]?.norm ?? '';
      return /[^e]ed$/.test(next) || IRREGULAR_PAST.has(next) || /^(had|was|were)$/.test(next) ? m : undefined;
    }
    return undefined;
  }

  /** Is the clause before `j` negated or hedged ("it's not my fault", "if it was my mistake")? Does not look past clause punctuation. */
  negatedInClause(j: number): boolean {
    for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
      const w = this.ws[k]!;
      if (w.punct) break;
      if (/^(not|never|no|if|whether|unless)$/.test(w.norm) || w.norm.endsWith("n't") || NEGATIVE.matchAt(this.ws, k) > 0) return true;
    }
    return false;
  }

  /** The writer owns the failure: "my bad", "it's my responsibility", "that one is on me", "the mistake on our side", "our own stupidity". */
  owned(): SentenceFinding | undefined {
    const ws = this.ws;
    for (let j = 0; j < ws.length; j++) {
      const w = ws[j]!.norm;
      let end = 0;
      let at = j;
      if (w === 'my' || w === 'our') {
        const k = ws[j + 1]?.norm === 'own' ? j + 2 : j + 1;
        const noun = ws[k];
        // "our mistakes log", "my bad luck": the noun modifies another.
        // "our failure to finish": failure owned only with the act it failed at.
        if (noun && OWNED.has(noun.norm) && !(noun.norm === 'failure' && ws[k + 1]?.norm !== 'to') && !(ws[k + 1] && !ws[k + 1]!.punct && NOT_FAULT.has(ws[k + 1]!.norm)) && !(noun.norm === 'bad' && ws[k + 1] && !ws[k + 1]!.punct)) end = k + 1;
      } else if (w === 'on' && /^(me|us)$/.test(ws[j + 1]?.norm ?? '') && j > 0) {
        const prev = ws[j - 1]!.norm;
        // "it's on me", "I'll take that one on me", "this is all on us".
        if (/^(is|was|been|be|one|all|entirely|squarely|solely|fully)$/.test(prev) || prev.endsWith("'s")) [end, at] = [j + 2, j + 1];
      } else if (w === 'on' && /^(is|was|'s)$|^(that|it|this)'s$/.test(ws[j - 1]?.norm ?? '')) {
        // "This outage is on Tom", "that one is on the release manager": the failure laid on a person named at the end.
        let last = j + 1;
        while (last + 1 < ws.length && !ws[last + 1]!.punct && last < j + 4) last++;
        const who = last + 1 >= ws.length || ws[last + 1]!.punct ? this.personAt(last) : undefined;
        const topic = ws.slice(Math.max(0, j - 4), j - 1).some((x) => /^(this|that|it|outage|incident|failure|one|mistake|breakage|downtime)$/.test(x.norm));
        if (who && who.start === ws[j + 1]!.start && !who.indefinite && !who.collective && (topic || /^(that|it|this)'s$/.test(ws[j - 1]!.norm))) return this.make('fault', who, j, last + 1);
      } else if (MISTAKES.has(w) || w === 'fault') {
        if (ws[j + 1]?.norm === 'on' && /^(my|our)$/.test(ws[j + 2]?.norm ?? '') && /^(side|part|end)$/.test(ws[j + 3]?.norm ?? '')) [end, at] = [j + 4, j + 2];
      }
      // "bad testing on my part", "a briefing omission of mine": a failure the writer owns after the fact.
      const after = end ? 0 : OWNED_AFTER.matchAt(ws, j);
      if (after && this.findWordIn(OWNED_FAILURES, Math.max(0, j - 4), j)) [end, at] = [j + after, j + 1];
      if (!end || this.negatedInClause(j)) continue;
      const agent: Mention = { ...this.piece(at, at + 1), indefinite: false, specific: true, collective: /^(our|us|ours)$/.test(ws[at]!.norm), at };
      return this.make(MISTAKES.has(w) || MISTAKES.has(ws[end - 1]!.norm) ? 'mistake' : 'fault', agent, j, end);
    }
    return undefined;
  }

  /** "BA blames outage on technician", "the outage was blamed on an engineer": blame laid on a named person or role. */
  blamedOn(): SentenceFinding | undefined {
    const ws = this.ws;
    for (let j = 0; j < ws.length; j++) {
      if (!/^(blame|blames|blamed)$/.test(ws[j]!.norm)) continue;
      // "don't blame it on the intern", "it is tempting to blame outages on people".
      const prev = ws[j - 1]?.norm ?? '';
      if (this.negatedInClause(j) || /^(to|not|never|avoid|stop|would|will|should|could|can|may|might)$/.test(prev)) continue;
      if (j === 0 && ws[j]!.norm === 'blame') continue;
      for (let k = j + 1; k < Math.min(ws.length - 1, j + 9) && !ws[k]!.punct; k++) {
        if (ws[k]!.norm !== 'on') continue;
        const agent = this.personAfter(k + 1, 4);
        // Generic people ("blamed on people") are writing about blame.
        if (agent && !agent.collective && !agent.indefinite && !GENERIC.find(this.ws, this.wordIndexAt(agent.start), agent.at + 1)) return this.make('fault', agent, j, j + 1);
        break;
      }
    }
    return undefined;
  }

  /** "Instead of using a library, someone wrote code that…": a person's action set against the one expected. */
  insteadOfLead(): SentenceFinding | undefined {
    const ws = this.ws;
    if (ws[0]?.norm !== 'instead' || ws[1]?.norm !== 'of' || !this.isGerund(ws[2]?.norm)) return undefined;
    const comma = ws.findIndex((w) => w.text === ',');
    if (comma < 0) return undefined;
    for (let k = comma + 1; k < Math.min(ws.length - 1, comma + 5); k++) {
      const agent = this.personAt(k, true);
      if (!agent) continue;
      const v = ws[k + 1]!.norm;
      if (!(/[^e]ed$/.test(v) || IRREGULAR_PAST.has(v) || pastTense(this.sentence, ws[k + 1]!.text))) return undefined;
      const f: SentenceFinding = { kind: 'blame', shape: 'faulty-action', agent, cue: this.piece(k + 1, k + 2), object: this.objectAfter(k + 2), instead: this.objectAfter(3), question: '' };
      f.question = englishQuestion(f, v);
      return f;
    }
    return undefined;
  }

  /** "Nobody had checked the exit code", "no one at Knight realized": everyone failed to check. */
  nobodyChecked(): SentenceFinding | undefined {
    const ws = this.ws;
    // Only a "nobody" can make one; asking the tagger about every past verb first would cost most of the analysis.
    if (!ws.some((w, k) => w.norm !== 'neither' && NEGATIVE.matchAt(ws, k) > 0)) return undefined;
    for (let j = 1; j < ws.length; j++) {
      const v = ws[j]!.norm;
      // "no one bothers to check", "nobody thought to delete it": a step nobody took.
      const thoughtTo = /^(thought|think)$/.test(v) && ws[j + 1]?.norm === 'to';
      // "nobody bothered to look", "nobody bothered checking"; not "nobody bothered us".
      const bothered = /^(bothered|bothers|bother)$/.test(v) && (ws[j + 1]?.norm === 'to' || (ws[j + 1]?.norm.endsWith('ing') ?? false));
      // "Did nobody test this?": the question asks who failed to check.
      const askedPast = this.question && /^(did|has|had|have)$/.test(ws[0]!.norm);
      // "Nobody deleted it", "no one renewed the certificate": any act on a thing that nobody took, not what nobody knew, met or suffered.
      const dueAct = this.pastAt(j) && !NOT_DUE.has(v) && /^(it|them|the|this|that|these|those|its|their|our)$/.test(ws[j + 1]?.norm ?? '') && (ACTION.has(v) || DESTRUCTIVE.has(v) || REMEDIAL.has(v) || pastTense(this.sentence, ws[j]!.text));
      if (!((CHECK.has(v) && (this.pastAt(j) || askedPast)) || bothered || thoughtTo || dueAct)) continue;
      // "Nobody noticed any impact": a good outcome, not a check left undone; "nobody was paged": passive.
      if ((/^(any|anything|a)$/.test(ws[j + 1]?.norm ?? '') && !thoughtTo) || !ws[j + 1] || ws[j + 1]!.punct || BE.has(ws[j - 1]!.norm)) continue;
      for (let k = j - 1; k >= Math.max(0, j - 6); k--) {
        const w = ws[k]!;
        if (w.punct || CLAUSE.has(w.norm) || MODALS.has(w.norm)) break;
        const n = NEGATIVE.matchAt(ws, k);
        if (n > 0 && w.norm !== 'neither') {
          // "no alert was configured, so nobody noticed": the consequence of a gap, told as such.
          if (this.hypotheticalSentence(k) || /^(so|therefore|thus|hence)$/.test(ws[k - 1]?.norm ?? '')) return undefined;
          return this.make('omission', { ...this.piece(k, k + n), indefinite: false, specific: false, collective: true, at: k }, j, j + 1);
        }
      }
    }
    return undefined;
  }

  /** "Accidentally destroyed production database…", "Missed a semicolon in the config": a first-person failure told without its subject. */
  leadingConfession(): SentenceFinding | undefined {
    const ws = this.ws;
    let j = 0;
    if (ACCIDENTAL.has(ws[0]!.norm)) j = 1;
    const v = ws[j];
    if (!v || !(/[^e]ed$/.test(v.norm) || IRREGULAR_PAST.has(v.norm))) return undefined;
    const found = this.failureAt(j);
    if (!found || found[0] === 'mistake') return undefined;
    const next = ws[j + found[1]];
    // A determiner or production after the verb makes it a verb with its object, not an adjective ("Missed alerts piled up").
    if (!next || !(DETERMINERS.has(next.norm) || PRECIOUS.has(next.norm) || next.norm === 'to' || j === 1)) return undefined;
    return this.finding(found[0], undefined, j, j + found[1], found[2]);
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
      // "didn't bother to check", "never bothered": an omission phrase that opens with a negation is read whole.
      const whole = OMISSION.matchAt(ws, j);
      // Not bothering someone ("didn't bother the customer") is leaving them alone: only bothering to do a thing counts.
      if (whole > n && (!/^bother/.test(ws[j + whole - 1]!.norm) || ws[j + whole]?.norm === 'to' || this.isGerund(ws[j + whole]?.norm))) return ['omission', whole];
      // "didn't do their job", "did not do its homework".
      if (ws[j + n]?.norm === 'do' && this.findWordIn(['job', 'jobs', 'homework', 'diligence'], j + n + 1, j + n + 5)) return ['omission', n + 1];
      let k = j + n;
      while (k < ws.length && (BETWEEN.has(ws[k]!.norm) || ws[k]!.norm.endsWith('ly'))) k++;
      if (this.question && this.personAt(k)) k++;
      // "didn't want to run the tests": the step not wanted is the step not taken.
      if (/^(want|wanna)$/.test(ws[k]?.norm ?? '') && ws[k + 1]?.norm === 'to') k += 2;
      const v = ws[k];
      if (!v || v.punct) return undefined;
      // "didn't think to scroll down": a step that did not occur to them.
      if (v.norm === 'think' && ws[k + 1]?.norm === 'to' && !/^(was|were|is|are|wasn't|weren't|isn't|aren't)$/.test(w.norm)) return ['omission', k - j + 2];
      // "did something he wasn't supposed to do".
      // Not "he wasn't supposed to be on call": a schedule, not a wrong act.
      if (v.norm === 'supposed' && ws[k + 1]?.norm === 'to' && /^(was|were|wasn't|weren't)$/.test(w.norm) && !/^(be|have|know)$/.test(ws[k + 2]?.norm ?? '')) return ['faulty-action', k - j + 2];
      // "was not alerted" is passive: the person was not told, not the one who failed.
      if (/^(was|were|is|are|wasn't|weren't|isn't|aren't)$/.test(w.norm) && !v.norm.endsWith('ing') && v.norm !== 'aware') return undefined;
      if (/^(not|never)$/.test(w.norm) && BE.has(ws[j - 1]?.norm ?? '') && !v.norm.endsWith('ing')) return undefined;
      if (v.norm === 'aware') return ['omission', k - j + 1];
      // "I don't see how a test would have caught it": an opinion, not a look not taken.
      if (v.norm === 'see' && /^(how|why|what|a|any|the|that|it|this|much)$/.test(ws[k + 1]?.norm ?? '') && /^(don't|dont|do|doesn't|does)$/.test(w.norm)) return undefined;
      if (CHECK.has(v.norm) || /^(failed|forgot|neglected|omitted)$/.test(w.norm) || FAULTY_STEMS.has(v.norm)) {
        // "we didn't discover it until later": found late, not left undone.
        for (let u = k + 1; u < Math.min(ws.length, k + 8) && !ws[u]!.punct; u++) if (ws[u]!.norm === 'until') return undefined;
        return ['omission', k - j + 1];
      }
      return undefined;
    }
    n = DAMAGE.matchAt(ws, j);
    if (n > 0 || (DAMAGE_STEMS.has(w.norm) && j > 0)) {
      // "caused an entry in the DB to be overwritten": what was caused may come after the thing it happened to.
      if (/^caus/.test(w.norm) && !this.findWordIn(['issues', 'problems', 'failures', 'outage', 'outages', 'incident', 'failure', 'downtime', 'crash', 'disruption', 'problem', 'issue', 'damage', 'loss', 'chaos', 'panic', 'meltdown', 'bug', 'error', 'errors', 'breach', 'leak', 'incidents', 'overwritten', 'corrupted', 'deleted', 'wiped', 'lost', 'fail', 'crash'], j + 1, Math.min(this.clauseEnd(j + 1), j + 10))) return undefined;
      return ['damage', n || 1];
    }
    n = POWER.matchAt(ws, j);
    // "disconnected the power supply", "turned off the lights": cutting power, not any switch.
    if (n > 0 && this.findWordIn(POWER_OBJECTS, j + n, Math.min(this.clauseEnd(j + n), j + n + 6)) && !this.remedyAfter(j + n)) return ['damage', n];
    // "took a switch off the air", "knocked the storage offline".
    if (/^(took|take|taken|taking|knocked|knock)$/.test(w.norm)) {
      const end = Math.min(this.clauseEnd(j + 1), j + 8);
      for (let k = j + 1; k < end; k++) {
        if (ws[k]!.norm === 'off' && ws[k + 1]?.norm === 'the' && ws[k + 2]?.norm === 'air') return ['damage', 1];
        if (ws[k]!.norm === 'offline' && /^knock/.test(w.norm)) return ['damage', 1];
      }
    }
    n = FAULTY.matchAt(ws, j);
    if (n > 0 || FAULTY_STEMS.has(w.norm)) return ['faulty-action', n || 1];
    n = OMISSION.matchAt(ws, j);
    // "other missing dependencies": an adjective after a determiner.
    if (w.norm.endsWith('ing') && j > 0 && (DETERMINERS.has(ws[j - 1]!.norm) || /^(other|any|no)$/.test(ws[j - 1]!.norm))) n = -1;
    if (n > 0 || (n === 0 && OMISSION_STEMS.has(w.norm))) return ['omission', n || 1];
    if (/^(made|make|makes|making)$/.test(w.norm)) {
      // "made a mistake", "made a big mess": the person's own slip.
      for (let k = j + 1; k < Math.min(ws.length, j + 6); k++) if (MISTAKES.has(ws[k]!.norm) || ws[k]!.norm === 'mess') return ['mistake', k - j + 1];
      // "my config made it ignore the signals": a work that made a system fail; the subject decides whose.
      if (/^(made|makes)$/.test(w.norm) && /^(it|them|the|our|every|all)$/.test(ws[j + 1]?.norm ?? '')) {
        for (let k = j + 2; k < Math.min(this.clauseEnd(j + 1), j + 5); k++) if (/^(ignore|fail|crash|skip|drop|miss|hang|reject|lose|leak|break|stop)$/.test(ws[k]!.norm)) return ['damage', k - j + 1];
      }
    }
    if (w.norm === 'left' && this.findWord(['on', 'enabled', 'running', 'open', 'unlocked', 'exposed', 'unattended', 'public', 'unencrypted'], j + 1) > j + 1) return ['omission', 1];
    // "introduced a regression": making a defect, not any introduction.
    if (/^introduc/.test(w.norm) && this.findWordIn(DEFECTS, j + 1, Math.min(this.clauseEnd(j + 1), j + 5))) return ['faulty-action', 1];
    // "deleted the production database"; in a passive, what must not be lost is its subject ("the backups were deleted by …").
    if (DESTRUCTIVE.has(w.norm) && (this.findWordIn(PRECIOUS, j + 1, Math.min(this.clauseEnd(j + 1), j + 5)) || (BE.has(ws[j - 1]?.norm ?? '') && this.findWordIn(PRECIOUS, Math.max(this.clauseStart(j), j - 6), j - 1)))) return ['damage', 1];
    // "hard-coded the production password", "committed the AWS keys to a public repository": a secret exposed, or put where others read it.
    if (this.exposesSecret(j)) return ['faulty-action', 1];
    // "ran a drop table command on production", "ran terraform destroy".
    if (/^(ran|run|executed|issued|typed|entered|triggered)$/.test(w.norm)) {
      const end = Math.min(this.clauseEnd(j + 1), j + 7);
      for (let k = j + 1; k < end; k++) if (DESTRUCTIVE.has(ws[k]!.norm) || /^(rm|destroy|drop|truncate)$/.test(ws[k]!.norm)) return ['damage', 1];
    }
    // "accidentally shared", "mistakenly thought": an adverb of error marks any past act as the slip, unless the act is passive ("was accidentally merged").
    const before = ws[j - 1]?.norm ?? '';
    if (j > 0 && ACCIDENTAL_ADVERBS.has(before) && (/[^e]ed$|ied$/.test(w.norm) || IRREGULAR_PAST.has(w.norm)) && !BE.has(ws[j - 2]?.norm ?? '')) return ['faulty-action', 1, ws[j - 1]!.text];
    if (ACTION.has(w.norm)) {
      const modifier = this.modifierAround(j);
      // Fixing a bad change is not making one: "rolled back the bad deploy".
      // Nor is shipping a fix by a shortcut: "pushed the hotfix directly to production to stop the errors".
      const remedy = /^(directly|straight)\b/i.test(modifier ?? '') && (this.remedyAfter(j + 1) || this.findWordIn(['fix', 'hotfix', 'revert', 'rollback', 'mitigation'], j + 1, j + 4));
      if (modifier && !remedy && !(REMEDIAL.has(w.norm) && !ACCIDENTAL.has(modifier.toLowerCase()))) return ['faulty-action', 1, modifier];
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
    const hit = MODIFIERS.find(this.ws, from, to) ?? this.withoutCheck(from, to);
    // "without a code review": the noun inside the modifier is not the action it modifies; "saw the build being broken": a participle, not a modifier.
    if (!hit || (hit[0] <= j && j < hit[0] + hit[1]) || (BE.has(this.ws[hit[0] - 1]?.norm ?? '') && !this.ws[hit[0]]!.norm.endsWith('ly'))) return undefined;
    // "directly to master", "before the tests": a route or a moment belongs to the verb just before it.
    if (/^(directly|straight|before)$/.test(this.ws[hit[0]]!.norm) && (hit[0] < j || hit[0] - j > 4 || /^(do|does|did)$/.test(this.ws[j]!.norm))) return undefined;
    const text = this.piece(hit[0], hit[0] + hit[1]).text;
    const without = /^without\s+(.*)$/i.exec(text);
    return without ? without[1]! : text;
  }

  /**
   * Is the verb at `j` one that exposes a secret named within its clause
   * (leaked, hard-coded, posted the token), or one that puts a secret where
   * others can read it (committed, pushed, logged … to a repository, a
   * public channel, the logs)?
   */
  exposesSecret(j: number): boolean {
    const w = this.ws[j]!.norm;
    const exposing = EXPOSING.has(w);
    if (!exposing && !PLACING.has(w)) return false;
    const end = Math.min(this.clauseEnd(j + 1), j + 10);
    let secret = -1;
    for (let k = j + 1; k < Math.min(end, j + 7) && secret < 0; k++) {
      const n = this.ws[k]!.norm;
      if (SECRETS.has(n) || (/^keys?$/.test(n) && SECRET_KEY_MODIFIERS.has(this.ws[k - 1]!.norm))) secret = k;
    }
    if (secret < 0) return false;
    if (exposing) return true;
    for (let k = secret + 1; k < end; k++) if (PUBLIC_PLACES.has(this.ws[k]!.norm)) return true;
    return false;
  }

  /** "turned off the power to stop the fire", "as planned": a step taken on purpose. */
  remedyAfter(from: number): boolean {
    for (let k = from; k < Math.min(this.ws.length - 1, from + 12); k++) {
      const w = this.ws[k]!.norm;
      const next = this.ws[k + 1]!.norm;
      if ((w === 'to' && /^(stop|mitigate|prevent|contain|drain|protect|limit|recover|isolate|save|fix)$/.test(next)) || (w === 'as' && /^(planned|scheduled|expected)$/.test(next)) || (w === 'for' && next === 'maintenance')) return true;
    }
    return false;
  }

  /** "without code review", "without a proper backup": a check skipped, named in a few words. */
  withoutCheck(from: number, to: number): [number, number] | undefined {
    for (let k = from; k < to; k++) {
      if (this.ws[k]!.norm !== 'without') continue;
      // "without running out of memory" is no step skipped.
      for (let m = k + 1; m < Math.min(to, k + 4); m++) {
        const w = this.ws[m]!.norm;
        const skipped = SKIPPED_CHECKS.has(w) || (w.endsWith('ing') && SKIPPED_CHECK_VERBS.has(w));
        if (skipped && !/^(out|into|low|late)$/.test(this.ws[m + 1]?.norm ?? '')) return [k, m - k + 1];
      }
    }
    return undefined;
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
    let q = ws.findIndex((w) => QUESTION_WORDS.has(w.norm));
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
    // "Why the hell are they…", "why on earth did she…": an intensifier between the question word and its verb.
    if (/^(the|on|in)$/.test(ws[q + 1]?.norm ?? '') && /^(hell|heck|earth|world|fuck)$/.test(ws[q + 2]?.norm ?? '')) q += ws[q + 1]!.norm === 'in' ? 3 : 2;
    const aux = ws[q + 1];
    if (!aux || !/^(did|didn't|does|doesn't|was|wasn't|were|weren't|would|wouldn't|had|hadn't|has|hasn't|is|isn't|are|aren't)$/.test(aux.norm)) return undefined;
    let k = q + 2;
    if (ws[k]?.norm === 'not') k++;
    // The subject's head may come a few words in: "the on-call engineer", "the senior DBA".
    let agent: Mention | undefined;
    for (let m = k; m < Math.min(ws.length, k + 4) && !agent; m++) {
      agent = this.personAt(m);
      if (!agent && (ws[m]!.punct || (m > k && (this.isVerbish(ws[m]!.norm) || this.verbLike(ws[m]!.norm))))) break;
    }
    if (!agent || agent.collective) return undefined;
    const v = ws[this.wordIndexAt(agent.end) + 1] ?? ws[k + 1];
    const f: SentenceFinding = { kind: 'blame', shape: 'blaming-question', agent, cue: v ? this.piece(this.wordIndexAt(v.start), this.wordIndexAt(v.start) + 1) : agent, object: v ? this.objectAfter(this.wordIndexAt(v.start) + 1) : undefined, question: '' };
    f.question = englishQuestion(f, v?.norm ?? '');
    return f;
  }

  /** "Should the developer have paid more attention?": a person's duty in hindsight, asked. */
  askedShould(): SentenceFinding | undefined {
    const ws = this.ws;
    if (!this.question || !/^(should|shouldn't)$/.test(ws[0]!.norm)) return undefined;
    for (let k = 1; k < Math.min(ws.length - 1, 6); k++) {
      const agent = this.personAt(k);
      if (!agent) continue;
      if (ws[k + 1]!.norm !== 'have' || !ws[k + 2] || ws[k + 2]!.punct) return undefined;
      const f: SentenceFinding = { kind: 'blame', shape: 'blaming-question', agent, cue: this.piece(k + 1, k + 3), object: this.objectAfter(k + 3), question: '' };
      f.question = englishQuestion(f, ws[k + 2]!.norm);
      return f;
    }
    return undefined;
  }

  hypothetical(agent: Mention, j: number): boolean {
    const first = this.ws[0]!.norm;
    // "How could the reviewer miss such an obvious bug?": the modal asks how a person failed; it imagines nothing.
    if (this.question && /^(how|why)$/.test(first) && /^(could|would|can|did|do|does)$/.test(this.ws[1]?.norm ?? '') && this.wordIndexAt(agent.start) === 2) return false;
    const told = this.pastAt(j);
    const at = this.wordIndexAt(agent.start);
    // "I'll look at this and skip the tests": what the writer will do is announced, not told.
    if (/'ll$/.test(this.ws[agent.at]?.norm ?? '')) return true;
    for (let k = Math.max(0, at - 2); k < at; k++) if (/^(if|unless|whether)$/.test(this.ws[k]!.norm)) return true;
    // "before they cause incidents": a time clause in the present tells what happens in general.
    if (at > 0 && /^(before|when|whenever|until|once)$/.test(this.ws[at - 1]!.norm) && !told && !this.pastAt(agent.at + 1)) return true;
    // "he wouldn't be a real engineer until he had broken production": the condition of a prediction.
    if (at > 0 && /^(until|unless|once)$/.test(this.ws[at - 1]!.norm) && this.findWordIn(['would', "wouldn't", 'will', "won't"], 0, at)) return true;
    if (HYPOTHETICAL_START.has(first) && !this.question && !(told && first !== 'if' && first !== 'unless' && first !== 'suppose' && first !== 'imagine')) return true;
    const from = Math.min(this.wordIndexAt(agent.start) < 0 ? j : this.wordIndexAt(agent.start), j);
    for (let k = Math.max(0, from - 2); k < j; k++) if ((MODALS.has(this.ws[k]!.norm) && !this.epistemicPast(k)) || (this.ws[k]!.norm === 'to' && k === j - 1)) return true;
    if (agent.indefinite && /\b(can|could|may|might|will|would|should|if|whenever)\b/i.test(this.sentence.slice(0, agent.start))) return true;
    if (agent.indefinite && !told && !this.pastAt(agent.at + 1) && /\bwhen\b/i.test(this.sentence.slice(0, agent.start))) return true;
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
      let idiom = false;
      // "hold the engineer accountable".
      if (/^(hold|holding)$/.test(ws[j]!.norm) && this.findWordIn(['accountable'], j + 2, j + 6)) {
        const agent = this.personAfter(j + 1, 4);
        if (agent && !agent.collective && !this.negatedBefore(j) && !GENERIC.find(ws, this.wordIndexAt(agent.start), agent.at + 1) && (this.past() || this.demandedAt(j))) return this.make('punishment', agent, j, j + 1);
        continue;
      }
      if ((n = PUNISHMENT.matchAt(ws, j))) [shape, alone, idiom] = ['punishment', PUNISHMENT_ALONE.matchAt(ws, j) > 0, PUNISHMENT_ALONE.matchAt(ws, j) >= 3];
      // "Use of the block was reckless": a judgement of a thing stands alone only when it names a person ("some wanker").
      else if ((n = CHARACTER.matchAt(ws, j))) {
        // "a stupid typo": the adjective judges a thing, not a person.
        const thing = ws[j + n];
        if (thing && (/^(typo|typos|bug|bugs)$/.test(thing.norm) || NON_PERSON.has(thing.norm))) continue;
        [shape, alone] = ['character', !BE.has(ws[j - 1]?.norm ?? '')];
      }
      else if ((n = FAULT.matchAt(ws, j))) {
        if (NOT_FAULT.has(ws[j + n]?.norm ?? '')) continue;
        const last = ws[j + n - 1]!.norm;
        shape = /error|factor/.test(last) ? 'human-error' : 'fault';
        // "Human error" with nobody named counts only where it is given as the cause that ends the analysis.
        alone = (shape === 'human-error' && this.causal()) || /^(my|our|whose|who)/.test(ws[j]!.norm) || /blame$/.test(last) || /^owned|^own/.test(ws[j]!.norm);
      } else if (MISTAKES.has(ws[j]!.norm)) {
        [shape, n] = ['mistake', 1];
        // "an engineer-driven configuration error": a role compound naming whose error it was.
        for (let k = Math.max(0, j - 2); k < j; k++) {
          const compound = /^([a-z]+)-(driven|induced|caused|initiated)$/.exec(ws[k]!.norm);
          if (compound && ROLES.has(compound[1]!) && !/^(human|user|people)$/.test(compound[1]!) && !this.negatedBefore(j)) return this.make('mistake', { ...this.piece(k, k + 1), indefinite: false, specific: false, collective: false, at: k }, k, j + 1);
        }
        // "a sysadmin error", "engineer error": a role word naming whose error it was.
        if (j > 0 && ROLES.has(ws[j - 1]!.norm) && !/^(human|humans|user|users|people|person|individual)$/.test(ws[j - 1]!.norm) && !this.negatedBefore(j)) return this.make('mistake', { ...this.piece(j - 1, j), indefinite: false, specific: false, collective: false, at: j - 1 }, j - 1, j + 1);
        // "an error by one of the engineers": the agent follows.
        if (/^(error|errors|slip)$/.test(ws[j]!.norm) && !this.possessiveBefore(j) && !(ws[j + 1]?.norm === 'by' && this.personAfter(j + 2, 4))) continue;
      } else if ((n = CAUSES.matchAt(ws, j))) {
        const agent = this.personAfter(j + n, 3);
        if (agent && !agent.collective && !this.negatedBefore(j)) return this.make('fault', agent, j, j + n);
        continue;
      } else continue;
      // "I was able to make a mistake … but not to fix it": what a person could do, not what they did.
      if (this.negatedBefore(j) || this.purposeBefore(j) || this.ws.slice(Math.max(0, j - 4), j).some((w, k, near) => /^(able|allowed|free)$/.test(w.norm) && near[k + 1]?.norm === 'to')) {
        j += n - 1;
        continue;
      }
      if (shape === 'fault' && ws[j]!.norm === 'responsible' && !this.faultResponsibility(j)) continue;
      const agent = this.personNear(j, n, shape === 'mistake');
      // "Heads are going to roll" threatens punishment in any tense; "should be fired" demands it.
      const demanded = shape === 'punishment' && this.demandedAt(j);
      if ((!agent || !agent.specific) && shape !== 'fault' && !idiom && !demanded && !this.past()) continue;
      if (agent) {
        if (shape !== 'punishment' && shape !== 'fault' && this.hypothetical(agent, j)) continue;
        // "the employee's account was suspended": the account is, not the employee.
        if (shape === 'punishment' && /'s$|s'$/.test(agent.text.replace(/’/g, "'")) && agent.at + 1 < j) continue;
        // "If the operator had been warned": a condition, not a punishment that happened.
        if (ws[j - 1]?.norm === 'been' && this.findWordIn(['if', 'unless', 'whether'], Math.max(0, this.wordIndexAt(agent.start) - 2), this.wordIndexAt(agent.start))) continue;
        return this.make(shape, agent, j, j + n);
      }
      if (alone && !this.hypotheticalSentence(j)) return this.make(shape, undefined, j, j + n);
    }
    return undefined;
  }

  /** "should be fired", "needs to be held accountable", "we need to hold": punishment called for. */
  demandedAt(j: number): boolean {
    for (let k = Math.max(0, j - 4); k < j; k++) {
      const w = this.ws[k]!.norm;
      if (/^(should|must|ought|deserves|deserve)$/.test(w) || (/^(need|needs)$/.test(w) && this.ws[k + 1]?.norm === 'to')) return !this.findWordIn(['not', 'never', "shouldn't", "mustn't"], k, j);
    }
    return false;
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
    // "2020-08-27 08:09: We rebuild the indices …": a timeline entry tells what happened, whatever its tense.
    if (/^\s*(\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})/.test(this.sentence)) return true;
    // An -ed word after a determiner is an adjective ("the misconfigured change"), not a past verb.
    return this.ws.some((w, k) => /^(was|were|had|did|didn't|wasn't|weren't|hadn't)$/.test(w.norm) || (k > 0 && /[^e]ed$/.test(w.norm) && w.norm.length > 4 && !this.ws[k - 1]!.norm.match(/^(be|been|being|is|are|get|gets)$/) && !DETERMINERS.has(this.ws[k - 1]!.norm)) || IRREGULAR_PAST.has(w.norm));
  }

  causal(): boolean {
    return /\b(root cause|cause was|caused by|cause of (the|this) (outage|incident|failure)|attributed to|blamed on|boils down to|came down to)\b/i.test(this.sentence) && !/\bnot\b|\bnever\b|n't\b|\bno\b|\bany\b/i.test(this.sentence);
  }

  hypotheticalSentence(j: number): boolean {
    if (HYPOTHETICAL_START.has(this.ws[0]!.norm)) return true;
    for (let k = Math.max(0, j - 4); k < j; k++) if (MODALS.has(this.ws[k]!.norm) && !this.epistemicPast(k)) return true;
    return false;
  }

  /** "may have been down to", "must have deleted": a guess about what happened, not a hypothetical. */
  epistemicPast(k: number): boolean {
    return /^(may|might|must)$/.test(this.ws[k]!.norm) && this.ws[k + 1]?.norm === 'have';
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
      // "I think the tag was a mistake": the one holding an opinion about a thing is not its agent.
      if (m && /^(think|thought|believe|guess|feel|suspect|suppose|reckon)$/.test(this.ws[k + 1]?.norm ?? '') && !/^(my|our|his|her|their)$/.test(this.ws[j - 1]?.norm ?? '')) return undefined;
      if (m) return m;
    }
    // "The employee who issued the alert has been reassigned": the relative clause's antecedent.
    if (from >= 2 && from > j - 8 && this.ws[from - 1]!.norm === 'who') {
      const m = this.personAt(from - 2, collective);
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
    for (let k = Math.max(0, j - 5); k < j; k++) {
      if (NEGATED.matchAt(this.ws, k) > 0 || NEGATIVE.matchAt(this.ws, k) > 0) return true;
      // "we didn't do this because we are stupid, we did it because…": a reason denied.
      if (this.ws[k]!.norm === 'because' && this.findWordIn(["didn't", "don't", "doesn't", "wasn't", "isn't", 'not', 'never'], Math.max(0, k - 4), k)) return true;
    }
    return false;
  }

  /** "The engineer who ran the command was not disciplined": the sentence says nobody was punished. */
  notPunished(): boolean {
    for (let j = 1; j < this.ws.length; j++) if (/^(not|never|wasn't|weren't|isn't|aren't)$/.test(this.ws[j - 1]!.norm) && PUNISHMENT.matchAt(this.ws, j) > 0) return true;
    return false;
  }

  isMeta(): boolean {
    const ws = this.ws;
    const first = ws[0]!.norm;
    if (first === "don't" || (first === 'do' && ws[1]?.norm === 'not') || first === 'avoid' || first === 'never' || first === 'instead') return true;
    if (!BLAME_WORDS.find(ws)) return false;
    // Blame as a subject of its own, in the present tense: "Blame creates fear"; but not a person said to be to blame now.
    if (!this.past()) return !this.personToBlame();
    return Boolean(GENERIC.find(ws) || GUIDANCE.find(ws) || NEGATED.find(ws));
  }

  /** "management are definitely to blame", "we, as developers, are partly to blame": a person judged in the present. */
  personToBlame(): boolean {
    const ws = this.ws;
    if (this.question) return false;
    for (let j = 2; j + 1 < ws.length; j++) {
      if (ws[j]!.norm !== 'to' || ws[j + 1]!.norm !== 'blame') continue;
      let k = j - 1;
      if (ws[k]!.norm.endsWith('ly') && k > 1) k--;
      if (!/^(is|are|am)$/.test(ws[k]!.norm)) continue;
      // The subject: the word before the verb, or before an aside between commas.
      let i = k - 1;
      if (ws[i]!.punct) for (i--; i > 0 && !ws[i]!.punct && i > k - 6; i--);
      if (ws[i]?.punct) i--;
      for (let m = i; m >= Math.max(0, i - 3); m--) {
        if (ws[m]!.punct) break;
        if (this.personAt(m, true)) return true;
      }
    }
    return false;
  }

  counterfactual(): SentenceFinding | undefined {
    const ws = this.ws;
    if (this.question || PROMPTS.find(ws)) return undefined;
    for (let j = 0; j < ws.length; j++) {
      const n = MODAL_PERFECT.matchAt(ws, j) || this.modalAdverbHave(j);
      if (n > 0) {
        let k = j + n;
        while (k < ws.length && (/^(been|not|also|still|even|all|both|then|never)$/.test(ws[k]!.norm) || ws[k]!.norm.endsWith('ly'))) k++;
        const verb = ws[k];
        const modal = ws[j]!.norm;
        const afterBeen = ws[k - 1]!.norm === 'been';
        // "I don't think CI would have caught this", "not sure it should have been".
        if (HEDGES.find(ws, Math.max(0, j - 8), j)) return undefined;
        // "…, and it should have been.", "probably would have been if we had unit tests": the verb is understood.
        const ellipsis = (!verb || verb.punct || CLAUSE.has(verb.norm)) && (afterBeen || (k === j + n && modal.startsWith('should')));
        if (!ellipsis) {
          if (!verb || verb.punct) continue;
          // "would have been useful", "would have been a good idea", "the best approach would have been to revert".
          const judged = afterBeen && (JUDGEMENTS.has(verb.norm) || verb.norm === 'to' || (/^(a|an)$/.test(verb.norm) && (JUDGEMENTS.has(ws[k + 1]?.norm ?? '') || ws[k + 1]?.norm === 'good')));
          if (!judged) {
            if (DETERMINERS.has(verb.norm) || /^\d/.test(verb.norm) || /^(more|enough|no|any|less|fewer|better|plenty|lots)$/.test(verb.norm)) continue;
            // "should have been able to": what was expected, not what was missed; "should have to remember": a duty, not hindsight.
            if ((afterBeen && verb.norm === 'able') || (!afterBeen && verb.norm === 'to')) continue;
            // "We should have alerts for…": "have" as possession, a plan rather than hindsight.
            if (modal.startsWith('should') && !afterBeen && /[^su]s$/.test(verb.norm) && !OUTCOMES.has(verb.norm)) continue;
            // "should have double checked": after "should have" any verb is a duty in hindsight.
            if (!(modal.startsWith('should') || OUTCOMES.has(verb.norm) || IRREGULAR_PAST.has(verb.norm) || /(ed|en|wn|ght|aid|un|one)$/.test(verb.norm) || /^(obvious|clear|apparent|evident|possible|different|easier|faster|sooner|earlier)$/.test(verb.norm))) continue;
            // "could have put funds at risk", "could have been caused by": what might have happened, not what would have helped.
            // "it should have caused failures": what was expected to follow, not what would have helped.
            if (modal.startsWith('should') && !afterBeen && IMPACTS.has(verb.norm)) continue;
            if (/^(could|might|may)/.test(modal) && (IMPACTS.has(verb.norm) || (verb.norm === 'had' && this.findWordIn(['outage', 'outages', 'incident', 'problem', 'problems', 'issue', 'issues', 'failure', 'downtime'], k + 1, k + 5)))) continue;
            // "The fuzzer would not have picked up this bug": a check that would not have helped.
            if (DETECTIONS.has(verb.norm) && this.findWordIn(['not', 'never', "wouldn't", "couldn't"], j, k)) continue;
          }
        }
        if (this.negatedExistential(j)) return undefined;
        const subject = this.subjectOf(j, false);
        const cue = this.piece(j, ellipsis ? k : k + 1);
        // "what people should have done": hindsight about people in general is writing about hindsight.
        if (subject && /^(people|humans|engineers|operators|developers|someone|anyone|everyone|they)$/.test(subject.text.toLowerCase()) && /\bwhat\b/i.test(this.sentence.slice(0, subject.start))) return undefined;
        // "users should not have had lingering issues", "it shouldn't have mattered": what was expected, not a duty.
        if (((subject && /^(had|been|experienced|seen|noticed|felt|needed)$/.test(verb?.norm ?? '')) || verb?.norm === 'mattered') && this.findWordIn(['not', "shouldn't"], j, k)) continue;
        // "the worker would have been prevented from…": the subject of a passive had it done to them.
        const passive = afterBeen && verb !== undefined && (/(ed|en)$/.test(verb.norm) || IRREGULAR_PAST.has(verb.norm));
        if (subject && !subject.indefinite && !passive) {
          const f: SentenceFinding = { kind: 'blame', shape: 'person-hindsight', agent: subject, cue, object: ellipsis ? undefined : this.objectAfter(k + 1), question: '' };
          f.question = englishQuestion(f, verb?.norm ?? '');
          return f;
        }
        const f: SentenceFinding = { kind: 'counterfactual', shape: 'counterfactual', cue, question: '' };
        f.question = englishQuestion(f, verb?.norm ?? '');
        return f;
      }
      const c = CONDITIONALS.matchAt(ws, j);
      const inverted = j === 0 && ws[0]!.norm === 'had';
      if ((c > 0 && (c > 1 || j === 0) && (ws[j]!.norm !== 'if' || j === 0 || ws[j - 1]!.punct || CLAUSE.has(ws[j - 1]!.norm) || ws[j - 1]!.norm === 'even')) || inverted) {
        // "Yeah, if only I had caught it": a wish opening its clause; not "… if only one factor had changed" inside one.
        if (ws[j]!.norm === 'if' && ws[j + 1]?.norm === 'only' && j > 0 && !ws[j - 1]!.punct) continue;
        // "If only they followed the process…", "Had the employees taken…": the person whose act would have changed the outcome.
        const person = this.conditionalPerson(j);
        if (person) {
          const f: SentenceFinding = { kind: 'blame', shape: 'person-hindsight', agent: person[0], cue: this.piece(j, person[1] + 1), object: this.objectAfter(person[1] + 1), question: '' };
          f.question = englishQuestion(f, ws[person[1]]!.norm);
          return f;
        }
        if (inverted && c === 0) continue;
        const f: SentenceFinding = { kind: 'counterfactual', shape: 'counterfactual', cue: this.piece(j, j + c), question: '' };
        f.question = englishQuestion(f, ws[j]!.norm);
        return f;
      }
      // "Looking back, the plan was too aggressive" (not "looking back at the logs").
      if (j === 0 && ws[0]!.norm === 'looking' && ws[1]?.norm === 'back' && ws[2]?.text === ',') {
        const f: SentenceFinding = { kind: 'counterfactual', shape: 'counterfactual', cue: this.piece(0, 2), question: '' };
        f.question = englishQuestion(f, 'looking');
        return f;
      }
      // "this outage seems to have been fully preventable".
      if (AVOIDABLE.has(ws[j]!.norm) && (this.past() || this.findWordIn(['been'], Math.max(0, j - 4), j)) && !this.negatedInClause(j) && !this.findWordIn(['not', 'never', "isn't", "aren't", "wasn't", "weren't"], Math.max(0, j - 8), j)) {
        const f: SentenceFinding = { kind: 'counterfactual', shape: 'counterfactual', cue: this.piece(j, j + 1), question: '' };
        f.question = englishQuestion(f, ws[j]!.norm);
        return f;
      }
    }
    return undefined;
  }

  /** "could probably have", "should both have", "would also have": a modal and "have" with adverbs between. */
  modalAdverbHave(j: number): number {
    if (!/^(could|would|should|might|must)$/.test(this.ws[j]!.norm)) return 0;
    let k = j + 1;
    // "should (and is now) have been": an aside between the modal and "have".
    if (this.ws[k]?.text === '(') {
      let close = k + 1;
      while (close < Math.min(this.ws.length, k + 8) && this.ws[close]!.text !== ')') close++;
      if (this.ws[close]?.text === ')' && this.ws[close + 1]?.norm === 'have') return close + 1 - j + 1;
    }
    while (k < Math.min(this.ws.length, j + 3) && (/^(also|both|all|then|certainly|probably|likely|definitely|easily|ideally|surely|possibly|perhaps|maybe|actually|really|just)$/.test(this.ws[k]!.norm) || /[a-z]ly$/.test(this.ws[k]!.norm))) k++;
    return k > j + 1 && this.ws[k]?.norm === 'have' ? k - j + 1 : 0;
  }

  /** The person in a past conditional, acting (not negated, not passive): "if only they followed", "had the employees taken". */
  conditionalPerson(j: number): [Mention, number] | undefined {
    const ws = this.ws;
    let k = j + 1;
    while (k < ws.length && /^(only|had|if)$/.test(ws[k]!.norm)) k++;
    for (let h = k; h < Math.min(ws.length - 1, k + 5); h++) {
      if (ws[h]!.punct) return undefined;
      const m = this.personAt(h, false);
      if (!m) continue;
      if (m.indefinite || (h + 1 < ws.length && this.personAt(h + 1, false))) return undefined;
      let v = h + 1;
      if (ws[v]?.norm === 'had') v++;
      const verb = ws[v]?.norm ?? '';
      // "If they had known about the flag": what they could know at the time, not a failing act.
      if (/^(been|known|aware)$/.test(verb) || NEGATOR_WORDS.has(verb) || /n't$/.test(verb)) return undefined;
      return /[^e]ed$/.test(verb) || (IRREGULAR_PAST.has(verb) && verb !== 'been') ? [m, v] : undefined;
    }
    return undefined;
  }

  /** "There are no items that could have prevented this": nothing would have helped. */
  negatedExistential(j: number): boolean {
    // A capitalised "None" inside a sentence is a name from code, not a negation.
    for (let k = 0; k < j; k++) if (/^(no|nothing|none|neither)$/.test(k === 0 ? this.ws[k]!.norm : this.ws[k]!.text)) return true;
    return false;
  }
}
