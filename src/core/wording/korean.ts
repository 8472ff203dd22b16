import { KO } from './lexicon.js';
import { koreanQuestion } from './questions-ko.js';
import type { Piece, SentenceFinding, Shape } from './types.js';

const P = KO.persons;
const F = KO.failures;
const M = KO.meta;
const C = KO.counterfactual;

const byLength = (list: readonly string[]): string[] => [...list].sort((a, b) => b.length - a.length);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: readonly string[]): string => byLength(list).map(escape).join('|');
/** The first of the phrases found in a text (leftmost, longest first), by one compiled search. */
const any = (list: readonly string[]) => {
  const re = new RegExp(alternation(list));
  return (text: string): string | undefined => re.exec(text)?.[0];
};

const SUBJECT = byLength(P.subjectParticles);
const ROLE_SET = new Set(P.roles);
const LONGEST_ROLE = Math.max(...P.roles.map((r) => r.length));
const TITLES = byLength(P.titles);
const SURNAMES = new Set(P.surnames);
const NOT_NAMES = new Set(P.notNamesBeforeTitle);
const PRONOUNS = new Set(P.pronouns);
const TEAM_NON_PERSON = new Set(P.teamNonPerson);
const FAILURE_STEMS = byLength(F.stems);
const WITHOUT = any(byLength(F.withoutChecks));
const NEGATED_CHECK = new RegExp(`(${alternation(F.checkVerbs)})(?:을|를|도|은|는)?(?:\\s*[\\uAC00-\\uD7A3]+(?:히|게))?\\s*(?:하지|지|을\\s?하지|를\\s?하지)?\\s*(?:${alternation(F.negatedEndings)})`);
const MISTAKE_AFTER = new RegExp(`^(?:${alternation(F.mistakeNouns)})`);
const HUMAN_ERROR = any(byLength(F.humanError));
const MISTAKE_NOUNS = byLength(F.mistakeNouns);
const SUBJECTLESS = byLength(F.subjectless);
/** "제대로 확인하지 않았다", "충분히 안 한": something not done properly. */
const NOT_PROPERLY = /(제대로|충분히|꼼꼼히|꼼꼼하게)\s?(?:\S+\s)?\S*?(않|못|안\s?했|안\s?한|안한|안했)/;
/** "왜 안 고쳤냐?", "왜 안 따른 거예요?": asking a person why they did not. */
const WHY_NOT = /왜\s(?:\S+\s)?(안\s?\S+|\S*\s?없이\s?\S+)/;
const PAST = /(었|았|였|했|렸|쳤|졌|웠|켰|냈|봤|났|왔|갔|뒀|줬|셨)/;
const PUNISHMENT_ALONE = any(['징계', '문책', '경위서', '시말서', '징역', '입건', '송치', '해임', '중징계', '질책', '대기 발령', '대기발령', '경고 조치']);
const IDIOM = any(byLength(F.idioms));
const PUNISHMENT = any(byLength(F.punishment));
const BLAME_WORDS = any(byLength(M.blameWords));
const GUIDANCE = any(byLength(M.guidance));
const NEGATED = any(byLength(M.negatedJudgement));
const OBLIGATION = any(byLength(C.obligations));
const CONDITIONAL = new RegExp(`(?:${alternation(C.conditionals)})(?=\\s|,|$)`);
const OUTCOME = any(byLength(C.outcomes));
const HINDSIGHT = any(byLength(C.hindsight));
/** "갖춰졌으면", "해두었다면", "않았어도": a condition on what was not done. */
const PAST_CONDITIONAL = /(었|았|였|했|됐|왔|졌|웠|켰|셨|뒀)(다면|더라면|으면|어도)|아니었(으면|다면|어도)|만 (했|있었|됐)어도/;
/** "왔을 것", "됐을 텐데", "줄였을 것": what would have followed. */
const CONJECTURE = /(었|았|였|했|됐|왔|갔|졌|웠|켰|줄였|막았)을\s?(것|거|꺼|텐데|수도|지도|테|까)|수\s?있었|가능/;
/** "막을 수 있었다": what could have prevented or caught it, said alone. */
const COULD_HAVE = /(막을|방지할|피할|줄일|발견할|잡을|예방할|걸러낼|복구할|해결할|알아챌|감지할|폐기할|대응할)\s?수\s?(도\s?)?있었/;
/** "All or Nothing이어야 했다", "걸러졌어야 마땅": what should have been so. */
const PAST_OBLIGATION = /(어|아|여|워|와|져|켜|돼|되어|이어|였어|었어|았어|했어|졌어)야\s?(했|마땅|하는데|하지 않았)/;
/** Endings that describe a risk or a rule, not an event: "실수하더라도", "누락되지 않도록", "실수할 수 있다". */
const HYPOTHETICAL = /(더라도|도록|려면|으면(?!서)|하면(?!서)|한다면|할 경우|일 경우|할 때|할 수\s?있(?!었)|될 수\s?있(?!었)|ㄹ 수|지 않게|지 않으려면|말아야|마세요|말자|없게|기 쉬)/;
/** "휴먼 에러를 줄이기 위해": reducing the chance of a slip is not blaming one. */
const PURPOSE = /(줄이|줄였|줄일|감소|방지|예방|막기|막을|위해|위한|없애|최소화|가능성)/;
const QUESTION_END = /(까|까요|나요|는가|니|냐)\s*[?？]?\s*$|[?？]\s*$/;
/** Words ending in 이 that are adverbs, not subjects: they do not start a new clause's subject. */
const ADVERBS_IN_I = new Set(['없이', '같이', '많이', '깊이', '높이', '길이', '굳이', '일일이', '틈틈이', '꼼꼼이', '깨끗이', '급히', '빠르게', '제대로', '미처', '일찍이', '분명히', '이']);

interface Eojeol {
  text: string;
  start: number;
  end: number;
}

interface Mention extends Piece {
  specific: boolean;
  particle: string;
}

/** Reads one Korean sentence: a person as the subject of a failure, judgements, and hindsight. */
export function analyseKorean(sentence: string): SentenceFinding[] {
  const es: Eojeol[] = [];
  for (const m of sentence.matchAll(/[^\s,.!?？！;:()"“”'‘’\[\]「」『』]+/g)) es.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  if (es.length === 0) return [];
  const a = new KoreanAnalysis(sentence, es);
  const blame = a.blame();
  if (blame) return [blame];
  const cf = a.counterfactual();
  return cf ? [cf] : [];
}

function splitParticle(text: string, particles: readonly string[]): [string, string] {
  for (const p of particles) if (text.length > p.length && text.endsWith(p)) return [text.slice(0, -p.length), p];
  return [text, ''];
}

function piece(sentence: string, from: Eojeol, to: Eojeol): Piece {
  return { start: from.start, end: to.end, text: sentence.slice(from.start, to.end) };
}

class KoreanAnalysis {
  readonly question: boolean;
  constructor(
    readonly sentence: string,
    readonly es: Eojeol[],
  ) {
    this.question = QUESTION_END.test(sentence);
  }

  /** Is the noun (without its particle) at eojeol i a person: a role, a team, a name with a title, a pronoun? */
  personStem(stem: string, i: number): { from: number; specific: boolean } | undefined {
    const bare = stem.endsWith('들') && stem.length > 2 ? stem.slice(0, -1) : stem;
    if (PRONOUNS.has(bare)) return { from: i, specific: true };
    if (ROLE_SET.has(bare)) return { from: i, specific: false };
    // "DB담당자", "현장작업자": a role at the end of a compound noun.
    for (let k = Math.max(1, bare.length - LONGEST_ROLE); k <= bare.length - 2; k++) if (ROLE_SET.has(bare.slice(k))) return { from: i, specific: false };
    const prev = this.es[i - 1]?.text;
    if (prev !== undefined && ROLE_SET.has(`${prev} ${bare}`)) return { from: i - 1, specific: false };
    if (/(팀|부서|파트|본부|측)$/.test(bare) && !TEAM_NON_PERSON.has(bare) && !/^(반대|양|한|이|그|저|우)측$/.test(bare)) return { from: i, specific: false };
    const untitled = bare.endsWith('님') ? bare.slice(0, -1) : bare;
    for (const title of TITLES) {
      if (!untitled.endsWith(title)) continue;
      const name = untitled.slice(0, -title.length);
      if (name === '') {
        if (title === '님') return undefined;
        if (prev !== undefined && this.isName(prev)) return { from: i - 1, specific: true };
        return { from: i, specific: title !== '씨' };
      }
      if (this.isName(name)) return { from: i, specific: true };
    }
    if (bare !== untitled && this.isName(untitled)) return { from: i, specific: true };
    return undefined;
  }

  isName(word: string): boolean {
    if (NOT_NAMES.has(word)) return false;
    if (/^[A-Z][a-z]+$/.test(word)) return true;
    if (!/^[\uAC00-\uD7A3]{1,4}$/.test(word)) return false;
    return SURNAMES.has(word) || SURNAMES.has(word[0]!) || SURNAMES.has(word.slice(0, 2));
  }

  /** A person mention at eojeol i carrying one of `particles`. */
  mentionAt(i: number, particles: readonly string[]): Mention | undefined {
    const e = this.es[i]!;
    const [stem, particle] = splitParticle(e.text, particles);
    if (!particle) return undefined;
    const found = this.personStem(stem, i);
    if (!found) return undefined;
    if (this.negativeBefore(found.from)) return undefined;
    return { ...piece(this.sentence, this.es[found.from]!, e), specific: found.specific, particle };
  }

  negativeBefore(i: number): boolean {
    const prev = this.es[i - 1]?.text ?? '';
    return /^(아무|어느|누구)/.test(prev) || /^(아무|누구)/.test(this.es[i]!.text);
  }

  /** A subject that is not a person: a new clause with another actor ("스크립트가"). */
  otherSubject(i: number): boolean {
    const t = this.es[i]!.text;
    if (ADVERBS_IN_I.has(t) || t.length < 2) return false;
    return /[가]$/.test(t) || (/[이]$/.test(t) && !/(하이|되이|없이|같이)$/.test(t)) || /께서$/.test(t);
  }

  blame(): SentenceFinding | undefined {
    if (this.isMeta()) return undefined;
    for (let i = 0; i < this.es.length; i++) {
      const agent = this.mentionAt(i, SUBJECT);
      if (!agent) continue;
      const found = this.failureAfter(i + 1);
      if (!found) continue;
      const [shape, cueFrom, cueTo, missing] = found;
      const cue = piece(this.sentence, this.es[cueFrom]!, this.es[cueTo]!);
      const rest = this.sentence.slice(cue.start);
      if (HYPOTHETICAL.test(rest.slice(0, 24)) || NEGATED(rest)) continue;
      const finding: SentenceFinding = { kind: 'blame', shape: this.question ? 'blaming-question' : shape, agent, cue, object: this.objectBefore(i + 1, cueFrom), missing, question: '' };
      finding.question = koreanQuestion(finding);
      return finding;
    }
    return this.judgement();
  }

  /** The failing predicate after a person subject, before another subject takes over. */
  failureAfter(from: number): [Shape, number, number, string?] | undefined {
    const last = Math.min(this.es.length, from + 14);
    for (let k = from; k < last; k++) {
      const t = this.es[k]!.text;
      if (k > from && this.otherSubject(k) && !this.mentionAt(k, SUBJECT)) return undefined;
      const two = k + 1 < this.es.length ? `${t} ${this.es[k + 1]!.text}` : t;
      const without = WITHOUT(two);
      if (without && two.indexOf(without) < t.length && /(없이|않고)$/.test(without)) {
        // "백업 확인 없이": the noun before the phrase says what was skipped.
        const lead = k > from && !/[을를이가은는의에도]$/.test(this.es[k - 1]!.text) ? k - 1 : k;
        const what = (lead < k ? this.es[lead]!.text + ' ' : '') + without.replace(/\s*(없이|하지 않고|을 하지 않고)$/, '');
        return ['faulty-action', lead, this.verbAfter(k), what];
      }
      if (NEGATED_CHECK.test(two) && NEGATED_CHECK.exec(two)!.index < t.length) return ['omission', k, Math.min(k + 1, this.es.length - 1)];
      if (NOT_PROPERLY.test(two) && NOT_PROPERLY.exec(two)!.index < t.length) return ['omission', k, Math.min(k + 2, this.es.length - 1)];
      const stem = FAILURE_STEMS.find((s) => t.includes(s));
      if (stem) {
        const shape: Shape = /^(날리|날렸|날려|지워|지웠|지우|덮어|망가|터뜨|터트)/.test(stem) ? 'damage' : /^(실수|착각|오타|오입력|오조작|오판|부주의|경솔|방심|미숙)/.test(stem) ? 'mistake' : /^(잘못|몰래|임의로|무단으로|마음대로|독단으로)/.test(stem) ? 'faulty-action' : 'omission';
        // An adverb ("잘못", "실수로", "임의로") belongs with the verb it modifies: "잘못 짰네요".
        const adverb = t === stem || /(로|게|히)$/.test(t);
        return [shape, k, adverb ? this.verbAfter(k) : k];
      }
    }
    return undefined;
  }

  /** The predicate a "without …" phrase leads to: the next word with a verb ending. */
  verbAfter(k: number): number {
    for (let v = k + 1; v < Math.min(this.es.length, k + 5); v++) if (/(었|았|였|했|렸|쳤|웠|켰|냈|다|고|서|며|요|음|지)$/.test(this.es[v]!.text)) return v;
    return k + 1 < this.es.length && /없이$/.test(this.es[k + 1]!.text) ? k + 1 : k;
  }

  objectBefore(from: number, to: number): string | undefined {
    for (let k = to - 1; k >= from; k--) {
      const [stem, p] = splitParticle(this.es[k]!.text, ['을', '를']);
      if (p) return (k > from && !/([을를이가은는도의]|에|에서|로|으로)$/.test(this.es[k - 1]!.text) ? this.es[k - 1]!.text + ' ' : '') + stem;
    }
    return undefined;
  }

  /** Judgements without a subject-verb pair: "작업자의 실수로", "휴먼 에러", "책임은 …에게", 문책. */
  judgement(): SentenceFinding | undefined {
    const s = this.sentence;
    if (this.question && /왜/.test(s) && /(아무도|누구도)/.test(s) && (NEGATED_CHECK.test(s) || /몰랐|않았|못했|안 했/.test(s))) return this.atPhrase('blaming-question', (NEGATED_CHECK.exec(s) ?? /몰랐|않았|못했|안 했/.exec(s))![0]);
    if (this.question && WHY_NOT.test(s) && !this.es.some((e, i) => e.start < s.indexOf('왜') + 40 && this.otherSubject(i) && !this.mentionAt(i, SUBJECT))) return this.atPhrase('blaming-question', WHY_NOT.exec(s)![1]!);
    if (this.question && /(책임은 누가|누가 책임|누구 책임|누구의 책임|누구의 잘못|누구 탓)/.test(s)) return this.atPhrase('fault', /(책임은 누가|누가 책임|누구 책임|누구의 책임|누구의 잘못|누구 탓)/.exec(s)![0]);
    if (NEGATED(s)) return undefined;
    for (let i = 0; i < this.es.length; i++) {
      const possessive = this.mentionAt(i, ['의', '에게', '한테', '께']);
      const bare = possessive ? undefined : this.bareMention(i);
      const who = possessive ?? bare;
      if (!who) continue;
      const next = this.es[i + 1]?.text ?? '';
      if (bare?.glued) return this.make('mistake', who, i);
      if (MISTAKE_AFTER.test(next)) return this.make('mistake', who, i + 1);
      // "직원의 클릭 실수", "직원의 관리 부주의": a person's mistake a word or two later.
      if (possessive) {
        for (let k = i + 1; k <= Math.min(i + 3, this.es.length - 1); k++) {
          if (MISTAKE_NOUNS.some((m) => this.es[k]!.text.includes(m))) return this.make('mistake', who, k);
          if (/[을를이가은는]$/.test(this.es[k]!.text)) break;
        }
      }
      if (/^(탓|때문|책임)/.test(next) && !this.hypothetical(i)) return this.make('fault', who, i + 1);
      if (possessive && /책임은|책임이/.test(s.slice(0, who.start))) return this.make('fault', who, i);
    }
    const human = HUMAN_ERROR(s);
    if (human && !this.question && !HYPOTHETICAL.test(s.slice(s.indexOf(human))) && !PURPOSE.test(s.slice(s.indexOf(human)))) return this.atPhrase('human-error', human);
    const idiom = IDIOM(s);
    if (idiom) return this.atPhrase('mistake', idiom);
    const punishment = PUNISHMENT(s);
    if (punishment) {
      for (let i = 0; i < this.es.length; i++) {
        const who = this.mentionAt(i, [...SUBJECT, '의', '에게', '을', '를']) ?? this.bareMention(i);
        if (who) return this.atPhrase('punishment', punishment, who);
      }
    }
    if (this.question && /왜/.test(s) && /(아무도|누구도)/.test(s) && (NEGATED_CHECK.test(s) || /몰랐|않았|못했|안 했/.test(s))) return this.atPhrase('blaming-question', (NEGATED_CHECK.exec(s) ?? /몰랐|않았|못했|안 했/.exec(s))![0]);
    const alone = PUNISHMENT_ALONE(s);
    if (alone && !this.question) return this.atPhrase('punishment', alone);
    return this.subjectless();
  }

  /**
   * A failure told without a subject, as Korean often does ("테스트 없이
   * 프로덕션 배포를 했다", "실수로 데이터를 지웠습니다"): someone did it, and no
   * system stands before it as the subject.
   */
  subjectless(): SentenceFinding | undefined {
    const s = this.sentence;
    if (this.question || !PAST.test(s)) return undefined;
    let phrase = SUBJECTLESS.find((p) => s.includes(p) && !/^(않았|못했|하지 않았)/.test(p));
    if (!phrase) {
      const m = NEGATED_CHECK.exec(s);
      if (m) phrase = m[0];
    }
    if (!phrase) return undefined;
    const at = s.indexOf(phrase);
    if (HYPOTHETICAL.test(s.slice(at, at + 30))) return undefined;
    for (const e of this.es) {
      if (e.start >= at) break;
      if (this.otherSubject(this.es.indexOf(e)) && !this.mentionAt(this.es.indexOf(e), SUBJECT)) return undefined;
    }
    return this.atPhrase(/실수|착오/.test(phrase) ? 'mistake' : /없이/.test(phrase) ? 'faulty-action' : 'omission', phrase);
  }

  /** A person noun with no particle, glued to what follows ("작업자 실수로", "작업자실수로"). */
  bareMention(i: number): (Mention & { glued: boolean }) | undefined {
    const e = this.es[i]!;
    const glued = /^(.+?)(실수|과실|부주의|착각|오류|에러)/.exec(e.text);
    const stem = glued ? glued[1]! : e.text;
    const found = this.personStem(stem, i);
    if (!found) return undefined;
    const whole = piece(this.sentence, this.es[found.from]!, e);
    // "작업자실수로": the person is the part before the mistake.
    const end = glued ? e.start + stem.length : whole.end;
    return { start: whole.start, end, text: this.sentence.slice(whole.start, end), specific: found.specific, particle: '', glued: glued !== null };
  }

  hypothetical(i: number): boolean {
    return HYPOTHETICAL.test(this.sentence.slice(this.es[i]!.start));
  }

  make(shape: Shape, agent: Mention, cueAt: number): SentenceFinding {
    const e = this.es[Math.min(cueAt, this.es.length - 1)]!;
    const f: SentenceFinding = { kind: 'blame', shape, agent, cue: { start: e.start, end: e.end, text: e.text }, question: '' };
    f.question = koreanQuestion(f);
    return f;
  }

  atPhrase(shape: Shape, phrase: string, agent?: Mention): SentenceFinding {
    const start = this.sentence.indexOf(phrase);
    const f: SentenceFinding = { kind: 'blame', shape, agent, cue: { start, end: start + phrase.length, text: phrase }, question: '' };
    f.question = koreanQuestion(f);
    return f;
  }

  /** Writing about blame: a blame word with guidance or generic people, and no named person. */
  isMeta(): boolean {
    const s = this.sentence;
    if (!BLAME_WORDS(s)) return false;
    return Boolean(GUIDANCE(s) || NEGATED(s));
  }

  counterfactual(): SentenceFinding | undefined {
    const s = this.sentence;
    if (this.question || /(라는|이라는|는) (말|표현|문장)|표현은|문장은/.test(s)) return undefined;
    const obligation = OBLIGATION(s);
    if (obligation) {
      const at = s.indexOf(obligation);
      for (let i = 0; i < this.es.length && this.es[i]!.start < at; i++) {
        const agent = this.mentionAt(i, SUBJECT);
        if (agent && (agent.specific || agent.particle !== '')) {
          const f: SentenceFinding = { kind: 'blame', shape: 'person-hindsight', agent, cue: { start: at, end: at + obligation.length, text: obligation }, question: '' };
          f.question = koreanQuestion(f);
          return f;
        }
      }
      return this.cf(obligation);
    }
    const conditional = CONDITIONAL.exec(s) ?? PAST_CONDITIONAL.exec(s);
    const outcome = OUTCOME(s) ?? CONJECTURE.exec(s)?.[0];
    if (conditional && outcome) return this.cf(conditional[0]);
    const could = COULD_HAVE.exec(s) ?? PAST_OBLIGATION.exec(s);
    if (could) return this.cf(could[0]);
    const hindsight = HINDSIGHT(s);
    if (hindsight && outcome && hindsight !== '미리') return this.cf(hindsight);
    if (hindsight === '미리' && conditional) return this.cf(conditional[0]);
    return undefined;
  }

  cf(phrase: string): SentenceFinding {
    const start = this.sentence.indexOf(phrase);
    const f: SentenceFinding = { kind: 'counterfactual', shape: 'counterfactual', cue: { start, end: start + phrase.length, text: phrase }, question: '' };
    f.question = koreanQuestion(f);
    return f;
  }
}
