import { verbForms } from '../blame/ko-words.js';
import { FirstPhrase } from './first-phrase.js';
import { actCausedFailure, laidOnPerson, workNegligence } from './korean-causes.js';
import { isUser, MISTAKE_AFTER, ownsSlip, userSlipCue } from './korean-owners.js';
import { alternation, byLength } from './alternation.js';
import { KO } from './lexicon.js';
import { isFirstName } from './names.js';
import { koreanQuestion } from './questions-ko.js';
import type { Piece, SentenceFinding, Shape } from './types.js';

const P = KO.persons;
const F = KO.failures;
const M = KO.meta;
const C = KO.counterfactual;

/** The first of the phrases found in a text (leftmost, longest first), by one compiled search. */
const any = (list: readonly string[]) => {
  const re = new RegExp(alternation(list));
  return (text: string): string | undefined => re.exec(text)?.[0];
};

const SUBJECT = byLength(P.subjectParticles);
/** "의사와 약사 모두", "사업팀, 나 둘다": people counted together as the subject, with no particle. */
const QUANTIFIERS = new Set(P.quantifiers);
/** The subject particle of a group (a team, a vendor, an organisation): "운영팀에서", "업체에서는". */
const BODY_SUBJECT = ['에서는', '에서도', '에서'];
/** "관계자에 의해": the person a passive act was done by. */
const BY_AGENT = new RegExp(`^(?:${alternation(P.passiveAgents.map((p) => p.replace(/^에\s?/, '')))})$`);
/** "실수로 인한 중단 비중이 높다": a rate or a share describes people in general, not an event. */
const STATISTICS = any(byLength(M.statistics));
/** "사람이 직접 검토하는 체계이기 때문에": a way of working given as the reason, so the failure after it is the process's. */
const PROCESS_REASON = any(byLength(M.processReasons));
/** What a passive act led to: "이 때문에 … 작동하지 않았다", "…로 인해 장애가 났다". */
const CONSEQUENCE = /(때문에|바람에|탓에|인해|인하여|결과)\s(?:\S+\s){0,6}?\S*(않았|못했|장애|사고|중단|마비|먹통|화재|오류|유출|피해)/;
const ROLE_SET = new Set(P.roles);
/** Suffixes that make a noun of work into a person ("은행원", "보안원", "아르바이트생"), and the nouns in them that name no person ("대학원", "재발생"). */
const ROLE_SUFFIXES = P.roleSuffixes;
const NOT_ROLE_NOUNS = P.notRoleNouns;
const LONGEST_ROLE = Math.max(...P.roles.map((r) => r.length));
const TITLES = byLength(P.titles);
/** The titles by their last syllable, longest first: a word is tried only against the titles it could end with. */
const TITLES_BY_LAST = new Map<string, string[]>();
for (const title of TITLES) if (title) TITLES_BY_LAST.set(title.at(-1)!, [...(TITLES_BY_LAST.get(title.at(-1)!) ?? []), title]);
const NO_TITLES: readonly string[] = [];
const SURNAMES = new Set(P.surnames);
const NOT_NAMES = new Set(P.notNamesBeforeTitle);
const PRONOUNS = new Set(P.pronouns);
const TEAM_NON_PERSON = new Set(P.teamNonPerson);
/** Organisations act as agents too: "국민은행은", "㈜교보문고는", "SKT가"; never the name of a technology ("DB가", "SSD가"). */
const ORG_SUFFIXES = P.organisationSuffixes;
const TECH_ACRONYMS = new Set(KO.systems.acronyms);
/** Failure stems as listed, and every form of the failure verbs listed by their dictionary form (놓치다: 놓치, 놓쳐, 놓쳤, 놓친). */
const FAILURE_STEMS = byLength([...new Set([...F.stems, ...F.verbs.flatMap(verbForms)])]);
const FAILURE_STEM_INDEX = new FirstPhrase(FAILURE_STEMS);
/** A system as the topic: "시스템은", "배당시스템은", "모니터링 툴은". */
const SYSTEM_TOPIC = new RegExp(`(?:${alternation(KO.systems.nouns)})[은는]$`);
const WITHOUT = any(byLength(F.withoutChecks));
const NEGATED_CHECK = new RegExp(`(${alternation(F.checkVerbs)})(?:을|를|도|은|는|조차|까지|마저)?(?:\\s*[\\uAC00-\\uD7A3]+(?:히|게))?\\s*(?:하지|지|치|을\\s?하지|를\\s?하지)?\\s*(?:${alternation(F.negatedEndings)})`);
const HUMAN_ERROR = any(byLength(F.humanError));
const MISTAKE_NOUNS = byLength(F.mistakeNouns);
/** The leftmost of the phrases that tell a failure without its subject; bare negations need a check verb (NEGATED_CHECK). */
const SUBJECTLESS_FIRST = any(F.subjectless.filter((p) => !/^(않았|못했|하지 않았)/.test(p)));
/** Deleting or overwriting, and what makes it a loss: "운영 DB를 삭제했다", not "오래된 로그를 삭제했다". */
const DESTRUCTIVE_KO = new RegExp(`^(?:${alternation(F.destructiveStems)})`, 'i');
const PRECIOUS_KO = new RegExp(`^(?:${alternation(F.precious)})`, 'i');
/** "제대로 확인하지 않았다", "충분히 안 한": something not done properly. */
const NOT_PROPERLY = /(제대로|충분히|꼼꼼히|꼼꼼하게)\s?(?:\S+\s)?\S*?(않|못|모르|몰랐|안\s?했|안\s?한|안한|안했)/;
/** "왜 안 고쳤냐?", "왜 안 따른 거예요?": asking a person why they did not. */
const WHY_NOT = /왜\s(?:\S+\s){0,2}(안\s?\S+|\S*\s?없이\s?\S+)/;
/** A past tense: a syllable closed by ㅆ ("했", "막혔", "됐"), other than 있 and the conjectural 겠. */
const hasPast = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 0xac00;
    if (c >= 0 && c < 11172 && c % 28 === 20 && s[i] !== '있' && s[i] !== '겠') return true;
  }
  return false;
};
/** Acts asked about with 누가: a change made (배포했, 삭제한) or any past or adnominal form of a verb that changes things (지운, 바꿨, 올린, 껐). */
const WHO_ACTED = new RegExp(`(배포|머지|병합|푸시|삭제|변경|수정|커밋|승인|실행)(했|한|하였|해)\\S*|(${alternation(['지우다', '바꾸다', '올리다', '끄다', '건드리다', '날리다', '돌리다', '누르다', '내리다', '빼다', '넣다', '고치다', '덮어쓰다'].flatMap(verbForms).filter((f) => hasPast(f) || (f.charCodeAt(f.length - 1) - 0xac00) % 28 === 4))})\\S*`);
const PUNISHMENT_ALONE = any(byLength(F.punishmentAlone));
const IDIOM = any(byLength(F.idioms));
const PUNISHMENT = any(byLength(F.punishment));
const BLAME_WORDS = any(byLength(M.blameWords));
const GUIDANCE = any(byLength(M.guidance));
const NEGATED = any(byLength(M.negatedJudgement));
/** "실수를 문제 삼지 않았다": a judgement withheld anywhere after the failure takes it back. */
const WITHHELD = any(byLength(M.withheldJudgement));
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
/** "막을 수 있는 사고였다", "조치만으로 예방이 가능했다": a failure called preventable after the fact. */
const PREVENTABLE = /(막을|방지할|피할|예방할)\s?수\s?있는\s?(사고|참사|장애|재해|사건|일)(였|이었)|(예방|방지)[이가]\s?가능했/;
/** "All or Nothing이어야 했다", "걸러졌어야 마땅": what should have been so. */
const PAST_OBLIGATION = /(어|아|여|워|와|져|켜|돼|되어|이어|였어|었어|았어|했어|졌어)야\s?(했|마땅|하는데|하지 않았)|(였어|었어|았어|했어|졌어|됐어)야\s?(합니다|한다)(?!는지)/;
/** Endings that describe a risk or a rule, not an event: "실수하더라도", "누락되지 않도록", "실수할 수 있다". */
const HYPOTHETICAL = /(더라도|도록|려면|으면(?!서)|하면(?!서)|되면(?!서)|한다면|다면|더라면|할 경우|일 경우|한 경우|할 때|할 수\s?있(?!었)|될 수\s?있(?!었)|ㄹ 수|지 않게|지 않으려면|말아야|마세요|말자|없게|기 쉬|곤 하|곤 합|곤 한|않을까|을까 싶|기 마련|수\s?밖에)/;
/** "휴먼 에러를 줄이기 위해": reducing the chance of a slip is not blaming one. */
const PURPOSE = /(줄이|줄였|줄일|감소|방지|예방|막기|막을|위해|위한|없애|최소화|가능성)/;
/** A question, also a rhetorical one closed by a period ("과연 누구에게 있는가."). */
const QUESTION_END = /(까|까요|나요|는가|니|냐)\s*[?？]?\s*$|(는가|있나|었나|았나|했나)\.\s*$|[?？]\s*$/;
/** Words ending in 이 that are adverbs, not subjects: they do not start a new clause's subject. */
const ADVERBS_IN_I = new Set(['없이', '같이', '많이', '깊이', '높이', '길이', '굳이', '일일이', '틈틈이', '꼼꼼이', '깨끗이', '급히', '빠르게', '제대로', '미처', '일찍이', '분명히', '이']);

/**
 * How a clause inside the sentence ends when it only describes something
 * ("이용이 많은 한낮에", "비트가 설정되었는지", "AI가 해준 말인데"): its subject
 * does not take over the rest of the sentence.
 */
const EMBEDDED_END = /(있는|없는|하는|되는|않은|않는|못한|많은|적은|같은|이었던|였던|었던|았던|했던|하던|되던|있던|없던|된|던|다는|라는|는지|은지|인지|던지|는데|은데|인데|는데도|은데도|인데도|지만|을때|ㄹ때|할때|했을때|때|때는|때도)$/;
/** A predicate ending that closes a clause and hands the sentence on ("떴고", "작동하지 않아", "했다"). */
const CLAUSE_END = /(고|며|(?<!에)서|다|요|니다|어|아|여|해|면|니|지만|는데|은데|인데|데도)$/;
/** A condition closes the clause of the subject before it: "직원이 퇴사하면 …". */
const CONDITION_END = /(으면|하면|려면|다면|되면|이면|[^서]면)$/;
/** Subjects that frame a copula sentence ("원인은 … 때문이다"), not actors of their own. */
/** Also the duty a person had ("구조해야 할 의무가 있었음에도"), which is no actor either. */
const FRAME_NOUNS = /^(원인|이유|까닭|배경|문제의 원인|의무|책무)[이가]$/;
/** "예상하지 못했다", "완성하지 못했고", "그러지 못했습니다": a person not doing what was due. */
const NOT_DONE = /^[\uAC00-\uD7A3]+지\s?(못했|못하였|못하고|못해|않았|않아|않은\s?채|못한\s?채|않은\s?것|못한\s?것|않은\s?탓|못한\s?탓)/;
/** Nouns ending in ㄴ that often stand bare before another noun ("보안 패치", "시간 동안"): not adnominal verbs. */
const BARE_NOUNS_IN_N = new Set(['보안', '시간', '기간', '이전', '직전', '관련', '전환', '분산', '다운', '인증', '연관', '사전', '안전', '완전', '자산', '예산', '생산', '계산', '정산', '환산', '변환', '순환', '권한', '제한', '기한', '연한', '전반', '기반', '위반', '후반', '중반', '초반', '전원', '인원', '지원', '복원', '권원', '원인', '개인', '확인', '승인', '부인', '본인', '타인', '담당', '현안', '방안', '대안', '개선', '회선', '우선', '노선', '배선', '점검', '모든', '엔진', '사진', '행운', '대한', '관한', '위한', '통한', '인한']);
/** Eojeols in 은/는 that are no topic acting: a frame of the sentence ("문제는", "원인은") or a particle that ends in 는 ("보다는", "에서는", "하고는"). */
const NOT_TOPIC = /^(문제|원인|이유|까닭|핵심|결론|결과|사실|요지|관건|다행히|특히)[은는]$|^(혹은|또는|이는)$|(에서|에게|한테|으로|로|보다|에|와|과|까지|부터|고|지|서|면|기|게|도|만)는$/;
/** A secret as an object ("API 키를", "비밀번호를"), a place others read, and the verbs that put it there or expose it (src/core/lang/ko/wording.json). */
const SECRET_OBJECT = new RegExp(`(?:${alternation(F.secrets)})(?:들)?[을를]`, 'i');
const SECRET_PLACE = new RegExp(`^(?:${alternation(F.secretPlaces)})`, 'i');
const SECRET_PLACING = new RegExp(`^(?:${alternation(F.secretPlacing)})`);
const SECRET_EXPOSING = new RegExp(`^(?:${alternation(F.secretExposing)})`);
/** A warning taken in: "경고를", "알림을", "지적을" before 받고도, 보고도. */
const WARNING_OBJECT = /^(경고|경보|알림|알람|지적|권고|주의|보고|제보|신고|안내|경고 메일|경고 메시지)[을를]$/;
/** What going on despite a warning looks like: pushing ahead, leaving it, or not acting ("강행했다", "그대로 두었다", "조치하지 않았다"). */
const DESPITE_ACT = /(강행|진행|계속|그대로|배포|무시|방치|퇴근|넘어갔|넘겼|묵살|외면|지\s?않|지\s?못|(?:^|\s)(?:안|못)\s)/;
/** Steps due in an incident that are late when taken late: 공지, 보고, 신고, 대응, 전파. */
const DUE_STEP = /^(공지|보고|신고|통보|대응|조치|전파|안내|공유|복구|롤백|에스컬레이션|소집|점검)[을를]$/;
/** Verbs of reaching a service or receiving a message, which a person suffers not managing: 접속, 로그인, 받. */
const UNABLE_TO_REACH = /^(접속|로그인|이용|사용|결제|받|수신|전달받|연결|출근|진입)/;
/** Passives of destroying or cutting off: 삭제됐다, 초기화되었다, 지워졌다, 날아갔다, 뽑혔다, 차단됐다. */
const PASSIVE_LOSS = /^((삭제|초기화|포맷|드롭|차단|제거)(되|됐|돼)|지워졌|지워진|날아갔|날아간|덮어써졌|뽑혔|뽑힌|끊겼|끊긴|꺼졌)/;
/** The short negation of a 하다 verb after its object noun: "(제대로) 못 했다", "안 했고", "못한 채". */
const SHORT_NEG_DO = /^(?:(?:제대로|전혀|미처|끝내|충분히)\s)?(?:못|안)\s?(?:했|하였|해서|하고|한\s?(?:것|채|탓))/;
/** A verb's long negation after 아무도 or 누구도: the verb in -지, then 않/못 in the past or as a modifier. */
const NOBODY_DID = /(?<![\uAC00-\uD7A3])([\uAC00-\uD7A3]+지)\s?(?:않았|않은|못했|못한|않고)/;
/** What nobody suffering is good news: "아무도 피해를 입지 않았다", "누구도 다치지 않았다". */
const SUFFERED = /(입지|당하지|겪지|다치지|잃지|죽지|숨지지|느끼지|받지|걸리지)$/;
/** States and passives are not things a person failed to do ("되지 않았다", "충분하지 않았다"). */
const NOT_AN_ACT = /(탓하지|비난하지|나무라지|질책하지|추궁하지|잃지|다치지|실패하지|멈추지|죽지|틀리지|놓치지|잊지|어기지|빠뜨리지|실수하지|포기하지|지지|히지|되지|돼지|없지|있지|좋지|쉽지|어렵지|크지|같지|많지|충분하지|부족하지|필요하지|중요하지|적절하지|가능하지|분명하지|확실하지|완벽하지|원활하지|정상적이지|이지)$/;
/** What an investigation did not find is no failure of the finder ("흔적은 찾지 못했다"). */
const FINDINGS = /^(흔적|증거|징후|단서|이상|문제점)/;
/** Nouns after "않은/못한" that still tell of the failure ("확인하지 않은 채", "…않은 것으로"). */
const FAILURE_HEADS = /^(것|채|탓|점|사실|게|거|걸|데|바람|상태|때문|결과|등)/;
/** "고의로 뽑았다", "엉뚱하게 설명했다": adverbs of a faulty act. */
const FAULTY = /^(논란|물의|뭇매|공분|잘못|무리하게|성급하게|섣불리|무턱대고|함부로|어긋나게|허술|짓을|오발송|오배송|사고를 냈|사고를 낸|몰래|임의로|무단으로|마음대로|독단으로|고의로|엉뚱|만 반복|피해를 키|사태를 키|혼란을 키|화를 키|일을 키|사고를 키|이탈|유출|삽질|바람에|먹통 만|착오로)/;
const CHARACTER = /^(상습|멍청|무책임|한심|나몰라라|바보|무능|게으|게을|불성실)/;
/** A safety device, or the power a thing runs on. */
const SAFETY_DEVICE = /(전원|경보기|경보장치|감지기|안전장치|스프링클러|알림|알람|경보|모니터링|보호 장치|보호장치)[을를]$/;
const SWITCHED_OFF = /^(꺼|껐|끄|비활성화)/;
/** "철저한 인재", "‘인재’였다", "인재가 되는": a disaster called man-made (人災), not talent (人才). */
const INJAE = /^인재(?:\(人災\))?(?:였|이었|이다|입니다|다|라|로|가|이라|이자|인|는|임|$)/;
const DISASTER = /(사고|참사|화재|사태|재난|재해|장애|먹통|붕괴|마비|人災|참변|침몰|폭발)/;
const TALENT = /(채용|영입|양성|육성|확보|유출|발굴|인재상|우수|뛰어난|핵심 인재|IT 인재)/;
/** Calls to find or punish the people responsible: "책임 소재를 가려야", "관련자를 밝혀내야". */
/** Calling people to account, and a court's or a board's sentence ("징역 1년에 처한다", "감봉 2월에 처한다", "엄중 '경고'에 처한다"). */
const ACCOUNTABILITY = /(책임 소재|책임소재|책임을 따져|책임을 묻|밝혀내야|색출|(?:징역|금고|벌금|감봉|정직|견책|경고|해임|파면|강등)['’”]?(?:\s?[\d,]+\s?(?:년|월|개월|원|만원|만 원))?['’”]?에\s?(?:각\s)?처(?:한다|했|하였|하기로|해진))/;
/** Blame shifted onto people, reported as what others did or said ("책임을 급전원들에게 전가했다는 지적"): writing about scapegoating. */
const SCAPEGOATING = /(책임|탓)\S*\s(?:\S+\s){0,4}?\S*(?:전가|떠넘|미뤘|미루|돌렸|돌리)\S*?(?:다는|다고|다며|라는)/;
/** "보통은 … 질책하고": a habit described, not an event. */
const GENERIC = /(보통은|흔히|대개|일반적으로|곤 한다|곤 합니다|기 마련|이러한 경우|이런 경우|그러한 경우|그런 경우)/;
/** "행안부는 뭐했나": asking what a person was doing while it failed. */
const WHAT_DID = /(뭐했|뭐 했|뭘 했|뭐하고 있었|뭐 하고 있었|뭐하고 있었나)/;
/** A question put to someone in plain speech: "놓치냐?", "안 고쳤니?". */
const PLAIN_QUESTION = /(냐|니|냐고|느냐)\s*[?？]?\s*$/;
/** A counterfactual that ends on its condition: "동선 통제만 했어도", "…했더라면…". */
const ELLIPTICAL = /(었|았|였|했|됐|켰|쳤)(더라면|다면|어도)\s*["”’']?\s*(…|\.\.\.)?\s*["”’']?\s*$/;
/** What a check or a colleague would have caught: "다른 개발자가 즉시 발견했을 것이다". */
const WOULD_HAVE_CAUGHT = /(발견했|잡았|막았|걸러냈|감지했|알아챘|방지했|예방했|잡아냈)을\s?(것|거|텐데)/;
/** A present "could prevent" after a past condition: "조치만 했어도 참사를 막을 수 있다". */
const COULD_NOW = /(막을|방지할|피할|줄일|발견할|잡을|예방할|걸러낼|복구할|해결할|감지할|최소화할)\s?수\s?(도\s?)?있/;
/** "해결했을 문제": a past conjecture naming what would have followed. */
const CONJECTURE_NOUN = /(었|았|였|했|됐|왔|갔|졌|웠|켰)을\s[\uAC00-\uD7A3]/;
/** What-ifs about a worse outcome are not hindsight about prevention. */
const WORSE = /(끔찍|실패했을|더 컸|더 커졌|더 심각|악화|훨씬 더|사라졌을|더 큰 피해|더 많은)/;
/** A loss had something that did happen not happened: "울지 않았다면 … 발견할 수 없었을", "해두지 않았다면 해킹 당했을". */
const NEGATED_CONDITION = /(지 않았|안 했)(다면|더라면|으면)/;
const LOSS = /수\s?없었을|못했을|당했을/;
/** A condition about something existing or being so, not an act: "동승자가 있었다면". */
const STATE_CONDITION = /(있었|없었|였|이었|아니었|됐|되었|졌)(다면|더라면|으면|어도)|않았(다면|더라면|으면|어도)|안 했(다면|더라면|으면|어도)|지 않았/;

interface Eojeol {
  text: string;
  start: number;
  end: number;
}

interface Mention extends Piece {
  specific: boolean;
  particle: string;
  /** A named organisation ("국민은행", "SKT"): an agent of what it did, not of hindsight or of an error it suffered. */
  organisation?: boolean;
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
  personStem(stem: string, i: number): { from: number; specific: boolean; organisation?: boolean } | undefined {
    const bare = stem.endsWith('들') && stem.length > 2 ? stem.slice(0, -1) : stem;
    if (PRONOUNS.has(bare)) return { from: i, specific: true };
    if (ROLE_SET.has(bare)) return { from: i, specific: false };
    // "문의자분", "신청자님": a noun in -자 with an honorific names a person.
    if ((bare.endsWith('분') || bare.endsWith('님')) && /^[\uAC00-\uD7A3]{1,4}자(분|님)$/.test(bare)) return { from: i, specific: false };
    // "DB담당자", "현장작업자": a role at the end of a compound noun.
    for (let k = Math.max(1, bare.length - LONGEST_ROLE); k <= bare.length - 2; k++) if (ROLE_SET.has(bare.slice(k))) return { from: i, specific: false };
    // "은행원이", "아르바이트생의": a noun of three syllables or more in -원 or -생 names a person by their work.
    if (/^[\uAC00-\uD7A3]{3,}$/.test(bare) && ROLE_SUFFIXES.some((s) => bare.endsWith(s)) && !NOT_ROLE_NOUNS.some((n) => bare.endsWith(n))) return { from: i, specific: false };
    const prev = this.es[i - 1]?.text;
    if (prev !== undefined && ROLE_SET.has(`${prev} ${bare}`)) return { from: i - 1, specific: false };
    if (this.organisation(bare)) return { from: i, specific: false, organisation: true };
    if (/(팀|부서|파트|본부|측)$/.test(bare) && !TEAM_NON_PERSON.has(bare) && !/^(반대|양|한|이|그|저|우)측$/.test(bare)) return { from: i, specific: false };
    const untitled = bare.endsWith('님') ? bare.slice(0, -1) : bare;
    for (const title of TITLES_BY_LAST.get(untitled.at(-1) ?? '') ?? NO_TITLES) {
      if (!untitled.endsWith(title)) continue;
      const name = untitled.slice(0, -title.length);
      if (name === '') {
        // A bare 책임 is responsibility far more often than the title ("사태의 책임을 지고"); "책임님이" is the title.
        if (title === '님' || (title === '책임' && bare === untitled && !(prev !== undefined && this.isName(prev)))) return undefined;
        if (prev !== undefined && this.isName(prev)) return { from: i - 1, specific: true };
        return { from: i, specific: title !== '씨' };
      }
      if (this.isName(name)) return { from: i, specific: true };
    }
    if (bare !== untitled && this.isName(untitled)) return { from: i, specific: true };
    // "신입사원 강현우가": a full name (surname and a given name of two syllables) right after a role names that person.
    // Nouns of places and things that start with a surname's syllable ("전산망", "정보실", "조달청") are not names.
    if (prev !== undefined && /^[\uAC00-\uD7A3]{3}$/.test(bare) && SURNAMES.has(bare[0]!) && !NOT_NAMES.has(bare) && !/[망실청국률량로점장]$/.test(bare) && this.personStem(prev, i - 1)?.from === i - 1 && !this.organisation(prev)) return { from: i - 1, specific: true };
    // "Judy가": an English first name carrying a Korean particle.
    // Not after another Latin word that is no name: "Spring Boot는" names a product.
    if (/^[A-Z][a-z]+$/.test(bare) && isFirstName(bare, this.sentence, false) && !(prev !== undefined && /^[A-Za-z][\w.-]*$/.test(prev) && !isFirstName(prev, this.sentence, false))) return { from: i, specific: true };
    return undefined;
  }

  /** A named organisation: a company mark, an acronym that names no technology, or an organisation's suffix after its name. */
  organisation(stem: string): boolean {
    if (/^(㈜|\(주\))\S|\S㈜$/.test(stem)) return true;
    if (/^[A-Z]{2,4}$/.test(stem)) return !TECH_ACRONYMS.has(stem);
    return /^[\uAC00-\uD7A3]{2,}$/.test(stem) && ORG_SUFFIXES.some((sfx) => stem.length >= sfx.length + 2 && stem.endsWith(sfx));
  }

  isName(word: string): boolean {
    if (NOT_NAMES.has(word)) return false;
    // "A씨", "B 과장": a name withheld as a letter.
    if (/^[A-Z][a-z]*$/.test(word)) return true;
    if (!/^[\uAC00-\uD7A3]{1,4}$/.test(word)) return false;
    return SURNAMES.has(word) || SURNAMES.has(word[0]!) || SURNAMES.has(word.slice(0, 2));
  }

  /** A person mention at eojeol i carrying one of `particles`. */
  mentionAt(i: number, particles: readonly string[]): Mention | undefined {
    const e = this.es[i]!;
    // Every particle that fits is tried: "누군가는" is 누군가 + 는, not 누군 + 가는.
    for (const particle of particles) {
      if (e.text.length <= particle.length || !e.text.endsWith(particle)) continue;
      const stem = e.text.slice(0, -particle.length);
      // "그만", "저만": 만 and 끼리 mark a subject only after a noun of two syllables or more.
      if ((particle === '만' || particle.startsWith('끼리')) && stem.length < 2) continue;
      const found = this.personStem(stem, i);
      if (!found) continue;
      if (this.negativeBefore(found.from)) return undefined;
      return { ...piece(this.sentence, this.es[found.from]!, e), specific: found.specific, particle, ...(found.organisation ? { organisation: true } : {}) };
    }
    return undefined;
  }

  negativeBefore(i: number): boolean {
    const prev = this.es[i - 1]?.text ?? '';
    // "다른 이들의 실수": others in general, not someone named.
    return /^(아무|어느|누구)/.test(prev) || /^(아무|누구)(?!군가)/.test(this.es[i]!.text) || (prev === '다른' && /^(이들|사람|분들)/.test(this.es[i]!.text));
  }

  /** A subject that is not a person: a new clause with another actor ("스크립트가"). */
  otherSubject(i: number): boolean {
    const t = this.es[i]!.text;
    // "방치하다가", "켰다가": the connective -다가 ends a verb, not a subject in 가.
    // "한 두번이 아니라": a count of times is no subject either.
    if (ADVERBS_IN_I.has(t) || t.length < 2 || FRAME_NOUNS.test(t) || /(하|되|았|었|했|였|놓|두|있|지|켰|껐)다가$/.test(t) || /^[0-9한두세네몇여러]*번이$/.test(t)) return false;
    return /[가]$/.test(t) || (/[이]$/.test(t) && !/(하이|되이|없이|같이)$/.test(t)) || /께서$/.test(t);
  }

  /**
   * When the subject at k only heads an embedded clause ("이용이 많은",
   * "비트가 설정되었는지"), the eojeol that closes that clause; otherwise -1.
   */
  closedAt(k: number): number {
    for (let j = k + 1; j < Math.min(this.es.length, k + 6); j++) {
      const t = this.es[j]!.text;
      if (EMBEDDED_END.test(t) || (j === k + 1 && this.adnominalVerb(j))) return j + 1 < this.es.length ? j : -1;
      if (CLAUSE_END.test(t)) return -1;
    }
    return -1;
  }

  /**
   * A verb in its adnominal form, which ends in ㄴ ("담긴", "만든", "첨부한",
   * "바뀐"), modifying the noun after it. A noun that ends in ㄴ and goes on
   * with 하다 or 되다 ("다운 되자", "분산 하지") is not one.
   */
  adnominalVerb(j: number): boolean {
    const t = this.es[j]!.text;
    // Topic and other particles that end in ㄴ ("사고기는", "서버만", "DB에선") and bare nouns that do ("보안 패치") are not verbs.
    if (t.length < 2 || !/^[\uAC00-\uD7A3]+$/.test(t) || /(은|는|만|선|론|엔)$/.test(t) || BARE_NOUNS_IN_N.has(t)) return false;
    // The syllables a verb's adnominal in ㄴ ends in after its stem: 하→한, 되→된, 지→진, 담기→담긴, 걸리→걸린, 지우→지운, 만들→만든, 저지르→저지른, 대기업이→인.
    if (!/(한|된|진|긴|린|친|킨|운|든|낸|쓴|준|뀐|둔|른|인|온)$/.test(t)) return false;
    const next = this.es[j + 1]?.text;
    return next !== undefined && /^[\uAC00-\uD7A3]/.test(next) && !/^(되|돼|됐|하|했|해|한|시키|시켰|시킨|않|못|안)/.test(next);
  }

  /** Another subject at k that takes over the sentence (not one closed inside an embedded clause): where its clause ends, or -1 when it does not. */
  takesOver(k: number): boolean {
    return this.otherSubject(k) && !this.mentionAt(k, SUBJECT) && this.closedAt(k) < 0;
  }

  blame(): SentenceFinding | undefined {
    if (this.isMeta() || SCAPEGOATING.test(this.sentence)) return undefined;
    for (let i = 0; i < this.es.length; i++) {
      const direct = this.mentionAt(i, SUBJECT) ?? this.bodyAt(i);
      const counted = direct ? undefined : this.quantified(i) ?? this.caseOf(i);
      const user = direct || counted ? undefined : this.userAt(i);
      const agent = direct ?? counted?.[0] ?? user;
      if (!agent) continue;
      const found = this.failureAfter(counted ? counted[1] : i + 1) ?? this.withoutBefore(i);
      if (!found) continue;
      const [shape, cueFrom, cueTo, missing] = found;
      // "고객이 이메일 주소를 잘못 입력했다": a user is the agent only of their own slip.
      // Not a slip told inside a clause on a thing ("사용자가 잘못 입력한 값이 검증되지 않았다"): the sentence is about the thing.
      if (user && (!userSlipCue(this.es[cueFrom]!.text) || this.adnominal(cueTo))) continue;
      // "관계자는 “… 실수로 발생한 사고였다”고 말했다": the speaker of a quotation that names a mistake as a cause is not its agent.
      if (/["“”「『]/.test(this.sentence.slice(agent.end, this.es[cueFrom]!.start)) && /^\S*(로|으로)\s?(인한|인해|발생|생긴|벌어진|일어)/.test(this.sentence.slice(this.es[cueFrom]!.start))) continue;
      // "사람이 직접 검토하는 체계이기 때문에, 오류를 발견하지 못했다": the person is the subject of a clause that modifies a noun, not of the failure after it.
      if (/^[이가]$/.test(agent.particle)) {
        const closed = this.closedAt(i);
        // Not a clause of time or manner ("백업하던 중", "작업하는 동안"): its subject goes on acting.
        // Only when the modified noun closes a clause of its own ("체계이기 때문에"), not when it is an object ("해당하는 이메일 주소를").
        const head = this.es[closed + 1]?.text ?? '';
        const headCloses = /(이기|이라서|라서|여서|이어서|인데|이며|이고|이므로|이었|였|이다)$/.test(head) || this.es[closed + 2]?.text === '때문에';
        if (closed >= 0 && cueFrom > closed && headCloses && !/^(중|도중|동안|때|후|뒤|사이|과정|바람|채|순간|직후|직전|와중|김에|대신|척|듯)/.test(head) && !this.mentionAt(closed + 1, SUBJECT)) continue;
        // "KT가 발표한 공식 사고 원인은 … 빠뜨린 실수였다": the modified noun, marked as a subject or topic, is what the failure is told of.
        if (closed === i + 1 && cueFrom > closed && this.headIsSubject(closed + 1, cueFrom)) continue;
      }
      const cue = piece(this.sentence, this.es[cueFrom]!, this.es[cueTo]!);
      const rest = this.sentence.slice(cue.start);
      if (HYPOTHETICAL.test(rest.slice(0, 24)) || NEGATED(rest) || WITHHELD(rest)) continue;
      const finding: SentenceFinding = { kind: 'blame', shape: this.question ? 'blaming-question' : shape, agent, cue, object: cueFrom > i ? this.objectBefore(i + 1, cueFrom) : undefined, missing, question: '' };
      finding.question = koreanQuestion(finding);
      return finding;
    }
    return this.relativeHead() ?? this.byAgent() ?? this.judgement();
  }

  /** "운영팀에서 설정을 바꿨다", "업체에서 점검을 소홀히 했다": a team or an organisation marks its subject with 에서; a single person never does. */
  bodyAt(i: number): Mention | undefined {
    const m = this.mentionAt(i, BODY_SUBJECT);
    // "정부에서 이뤄지지 않아": before a passive, 에서 names where something happened, not who acted.
    if (!m || m.specific || /^(이뤄|이루어)|(되|돼|됐|된|어지|아지|워지)/.test(this.es[i + 1]?.text ?? '')) return undefined;
    return m;
  }

  /** A noun phrase of up to three words from `from`, before `to`, that ends in a subject or topic particle and names no person. */
  headIsSubject(from: number, to: number): boolean {
    for (let h = from; h < Math.min(to, from + 3); h++) {
      const t = this.es[h]!.text;
      // Only when the failure is told in the noun's own clause: "의도한 버전은 5.33.0인데, 실수로 …" closes it first.
      if (/[은는이가]$/.test(t) && t.length >= 2 && !ADVERBS_IN_I.has(t)) return !this.mentionAt(h, SUBJECT) && !this.es.slice(h + 1, to).some((e) => CLAUSE_END.test(e.text));
      if (/[을를에의도로]$/.test(t)) return false;
    }
    return false;
  }

  /** "해운대교육지원청의 경우": the person or body a case is told of is the subject of what follows. */
  caseOf(i: number): [Mention, number] | undefined {
    if (!/^경우(에는|엔|는)?$/.test(this.es[i + 1]?.text ?? '')) return undefined;
    const m = this.mentionAt(i, ['의']);
    return m ? [{ ...m, end: this.es[i + 1]!.end, text: this.sentence.slice(m.start, this.es[i + 1]!.end) }, i + 2] : undefined;
  }

  /** People counted together with no particle ("의사와 약사 모두", "사업팀, 나 둘다"): the mention and where its predicate may start. */
  quantified(i: number): [Mention, number] | undefined {
    const next = this.es[i + 1]?.text;
    if (next === undefined) return undefined;
    const two = `${next} ${this.es[i + 2]?.text ?? ''}`;
    const width = QUANTIFIERS.has(next) ? 1 : QUANTIFIERS.has(two.trim()) ? 2 : 0;
    if (!width) return undefined;
    const found = this.personStem(this.es[i]!.text, i);
    if (!found || this.negativeBefore(found.from)) return undefined;
    let from = found.from;
    // "의사와 약사": a person joined before by 와/과 belongs to the same subject.
    const prev = this.es[from - 1]?.text ?? '';
    const joined = /[와과]$/.test(prev) ? this.personStem(prev.slice(0, -1), from - 1) : undefined;
    if (joined) from = joined.from;
    return [{ ...piece(this.sentence, this.es[from]!, this.es[i + width]!), specific: found.specific, particle: '' }, i + width + 1];
  }

  /**
   * "관계자에 의해 밸브 정지 버튼이 눌렸고 이 때문에 스프링클러가 작동하지
   * 않았다": a passive act done by a person, and a failure it led to (or a
   * failure word of its own).
   */
  byAgent(): SentenceFinding | undefined {
    for (let i = 0; i + 1 < this.es.length; i++) {
      if (!BY_AGENT.test(this.es[i + 1]!.text)) continue;
      const agent = this.mentionAt(i, ['에']);
      if (!agent) continue;
      const rest = this.sentence.slice(this.es[i + 1]!.end);
      const failure = this.failureAfter(i + 2) ?? this.passiveLoss(i + 2);
      const consequence = CONSEQUENCE.exec(rest);
      if (!failure && !consequence) continue;
      if (HYPOTHETICAL.test(rest.slice(0, 30)) || NEGATED(rest)) continue;
      const cue = failure ? piece(this.sentence, this.es[failure[1]]!, this.es[failure[2]]!) : { start: this.es[i + 1]!.end + consequence!.index + 1, end: this.es[i + 1]!.end + consequence!.index + 1 + consequence![0].length, text: consequence![0] };
      const f: SentenceFinding = { kind: 'blame', shape: failure ? failure[0] : 'faulty-action', agent, cue, question: '' };
      f.question = koreanQuestion(f);
      return f;
    }
    return undefined;
  }

  /**
   * "운영 DB가 삭제되었다", "전원 케이블이 뽑혔다": what must not be lost,
   * as the subject of a passive that destroys it or cuts it off, within the
   * clause from `from`.
   */
  passiveLoss(from: number): [Shape, number, number] | undefined {
    let precious = false;
    for (let k = from; k < Math.min(this.es.length, from + 6); k++) {
      const t = this.es[k]!.text;
      if (PRECIOUS_KO.test(t) || /^(전원|케이블|전원선|전원 케이블|원본|백업)/.test(t)) precious = true;
      else if (precious && PASSIVE_LOSS.test(t)) return ['damage', k, k];
      if (CLAUSE_END.test(t) && !PASSIVE_LOSS.test(t)) return undefined;
    }
    return undefined;
  }

  /** The failing predicate after a person subject, before another subject takes over. */
  failureAfter(from: number): [Shape, number, number, string?] | undefined {
    const n = this.es.length;
    const last = Math.min(n, from + 20);
    for (let k = from; k < last; k++) {
      const t = this.es[k]!.text;
      const two = k + 1 < n ? `${t} ${this.es[k + 1]!.text}` : t;
      // "그들은 … 책임이 있다": the person held culpable.
      if (/^(책임이|잘못이|과실이)\s?(있|크)/.test(two)) return ['fault', k, k + 1];
      // "나이 들어 아무것도 안 하는 감리가 문제", "그 담당자가 문제였다": the person named as the problem.
      if (k === from && this.problemAt(k)) return ['fault', k, k];
      // "화재경보기를 꺼버렸다", "경보기를 수시로 껐다": a safety device switched off, and not back on ("껐다가 다시 켰다").
      // Not switched off for planned work ("점검 동안 알림을 껐다").
      if (SAFETY_DEVICE.test(t) && !this.es.slice(Math.max(0, k - 5), k).some((e) => /^(동안|중에?|위해|위한|계획|예정|따라|맞춰)$|(동안|중에|위해)$/.test(e.text))) {
        for (let v = k + 1; v < Math.min(n, k + 3); v++) {
          if (!SWITCHED_OFF.test(this.es[v]!.text)) continue;
          if (!/다가$/.test(this.es[v]!.text) && !this.es.slice(v + 1).some((e) => /^(켜|켰|다시)/.test(e.text))) return ['faulty-action', k, v];
          break;
        }
      }
      // "소방본부는 KT가 관리를 소홀히 하고 …": a nearer person as a subject (이/가) is the agent of what follows, not the topic before it.
      if (this.mentionAt(k, ['께서', '이', '가'])) return undefined;
      if (this.otherSubject(k) && !this.mentionAt(k, SUBJECT)) {
        // An embedded clause ("이용이 많은 한낮에") is skipped; a new subject of the sentence ends the search.
        const closed = this.closedAt(k);
        if (closed < 0) return undefined;
        k = closed;
        continue;
      }
      const without = WITHOUT(two);
      if (without && two.indexOf(without) < t.length && /(없이|않고)$/.test(without)) {
        // "백업 확인 없이": the noun before the phrase says what was skipped.
        const lead = k > from && !/[을를이가은는의에도]$/.test(this.es[k - 1]!.text) ? k - 1 : k;
        const what = (lead < k ? this.es[lead]!.text + ' ' : '') + without.replace(/\s*(없이|하지 않고|을 하지 않고)$/, '');
        return ['faulty-action', lead, this.verbAfter(k), what];
      }
      // Negations may take three words: "감시도 하지 않았다", "재등록을 하지 않은".
      const three = k + 2 < n ? `${two} ${this.es[k + 2]!.text}` : two;
      const neg = NEGATED_CHECK.exec(three) ?? NOT_PROPERLY.exec(three);
      if (neg && neg.index < t.length && !this.unable(k, three)) {
        const end = this.eojeolAt(k, three, neg.index + neg[0].length - 1);
        if (this.aboutAThing(end)) continue;
        return ['omission', k, Math.max(end, Math.min(k + 1, n - 1))];
      }
      // "게이트 키핑을 못 했다", "분산을 안 했고": an activity named by its noun and not done (the short negation of a 하다 verb).
      const shortNeg = /[을를]$/.test(t) && t.length > 2 ? SHORT_NEG_DO.exec(this.es.slice(k + 1, k + 5).map((e) => e.text).join(' ')) : null;
      if (shortNeg && !this.es.slice(Math.max(from, k - 3), k).some((e) => e.text === '아직')) {
        const end = Math.min(n - 1, k + 1 + (shortNeg[0].match(/ /g)?.length ?? 0));
        if (!this.aboutAThing(end)) return ['omission', k, end];
      }
      // "정차하지 않고 계속 운행했다": going on without the step that was due.
      // Only a stop or a check left out counts: "쉬지 않고 계속 일했다" is no failure.
      if (/^(정차|멈추|중단|정지|대기|기다리|확인|점검|보고|신고)[\uAC00-\uD7A3]*지$/.test(t) && this.es[k + 1]?.text === '않고' && /^계속/.test(this.es[k + 2]?.text ?? '')) return ['omission', k, k + 2];
      // Not yet done is a state ("아직 원인을 찾지 못했다"); not losing or not missing is no failure.
      // Not doing a failure ("DB를 지우지 않았다", "규정을 어기지 않았다") is no omission.
      if (NOT_DONE.test(three) && !NOT_AN_ACT.test(t) && !this.stemIn(t, t) && !this.unable(k, three) && !(k > 0 && FINDINGS.test(this.es[k - 1]!.text)) && !this.es.slice(Math.max(from, k - 3), k).some((e) => e.text === '아직')) {
        if (!this.aboutAThing(k + 1)) return ['omission', k, k + 1];
      }
      // "명령을 실행하면서 문제가 발생했다": the person's act set the failure off.
      if (/(면서|다가)$/.test(t) && k + 2 < n && /^(문제|장애|사고|오류|에러|화재)[가이]$/.test(this.es[k + 1]!.text) && /^(발생|났|일어|터졌)/.test(this.es[k + 2]!.text)) return ['faulty-action', k, k + 2];
      // "근무 중 잠들면서 … 잘못 이체되는 사건이 벌어졌다": the person's act, then a wrong event a few words on, with no one else acting between.
      if (/(면서|다가)$/.test(t) && k > from) {
        const on = this.es.slice(k + 1, k + 9);
        const event = on.findIndex((e, x) => /^(사건|사고|장애|참사)[가이]$/.test(e.text) && /^(발생|났|일어|터졌|벌어)/.test(on[x + 1]?.text ?? ''));
        if (event > 0 && on.slice(0, event).some((e) => /^잘못/.test(e.text)) && !on.slice(0, event).some((e, x) => this.mentionAt(k + 1 + x, SUBJECT))) return ['faulty-action', k, k];
      }
      // "경고를 받고도 배포를 강행했다", "알림을 보고도 무시했다": going on with an act despite the warning just taken in.
      if (/^(받|보|알|듣|들|확인하)고도$/.test(t) && k > from && WARNING_OBJECT.test(this.es[k - 1]!.text) && k + 1 < n && DESPITE_ACT.test(this.es.slice(k + 1, k + 4).map((e) => e.text).join(' ')) && !HYPOTHETICAL.test(this.es.slice(k + 1, k + 4).map((e) => e.text).join(' '))) return ['faulty-action', k - 1, this.verbAfter(k)];
      // "고객 공지를 늦게 올렸다", "보고를 뒤늦게 했다": a due step taken late.
      if (DUE_STEP.test(t) && /^(늦게|뒤늦게|한참 뒤에|한참 늦게)$/.test(this.es[k + 1]?.text ?? '') && k + 2 < n) return ['omission', k, k + 2];
      // "API 키를 공개 저장소에 커밋했다", "비밀번호를 슬랙 채널에 올렸다", "토큰을 하드코딩했다": a secret exposed or put where others read it.
      const exposed = this.exposesSecret(k, two);
      if (exposed >= 0) return ['faulty-action', k, exposed];
      // "김 대리가 운영 DB를 삭제했다": a destructive act on what must not be lost (its object, just before the verb).
      if (DESTRUCTIVE_KO.test(t) && /(했|한|하였|해버|렸|린|웠|운)/.test(t) && this.es.slice(Math.max(from, k - 2), k).some((e) => PRECIOUS_KO.test(e.text) && !e.text.endsWith('의'))) return ['damage', k, k];
      let stem = this.stemIn(t, two);
      // "실수로부터 배우고", "잘못을 확인하고": a mistake learnt from or found is not one made here.
      // "서로의 실수를 탓하지 않았다": a mistake not held against anyone is writing about blame.
      if (stem && (/(로부터|에서)$/.test(t) || (/^(잘못|실수)[을를]$/.test(t) && /^(확인|발견|파악|바로잡|수정|고치|찾|탓하지|비난하지|나무라지|질책하지|문제 삼지)/.test(this.es[k + 1]?.text ?? '')))) stem = undefined;
      // "경고를 놓치지 않았다", "안 지웠다": a failure verb under negation is no failure.
      if (stem && ((/지$/.test(t) && /^(않|못|안)/.test(this.es[k + 1]?.text ?? '')) || /^(안|못)$/.test(this.es[k - 1]?.text ?? ''))) stem = undefined;
      if (stem && this.askedWhether(k)) stem = undefined;
      // "…는 조용히 무시됩니다": a noun stem in the passive (되다) tells what happened to a thing, not what the subject did.
      // Only as a predicate: "잘못된 설정" describes the setting, and its act is told elsewhere.
      if (stem && t.includes(stem) && /^(되[었어고며지]|됐|됩|된다|돼)/.test(t.slice(t.indexOf(stem) + stem.length))) stem = undefined;
      if (!stem && CONDITION_END.test(t)) return undefined;
      if (stem) {
        const shape: Shape = /^(날리|날렸|날려|지워|지웠|지우|지운|덮어|망가|터뜨|터트)/.test(stem) ? 'damage' : /^(실수|착각|착오|오타|오입력|오조작|오판|부주의|경솔|방심|미숙)/.test(stem) ? 'mistake' : FAULTY.test(stem) ? 'faulty-action' : CHARACTER.test(stem) ? 'character' : 'omission';
        // "끼우는 바람에": the act is the word before.
        if (stem === '바람에') return [shape, Math.max(from, k - 1), k];
        // An adverb ("잘못", "실수로", "임의로") belongs with the verb it modifies: "잘못 짰네요".
        const adverb = t === stem || /(로|게|히)$/.test(t);
        return [shape, k, adverb ? this.verbAfter(k) : stem.includes(' ') ? Math.min(k + 1, n - 1) : k];
      }
    }
    return undefined;
  }

  /** "조종사 실수 여부를 조사 중", "누락 여부를 확인": the failure at eojeol k is asked about (여부, whether), not said. */
  askedWhether(k: number): boolean {
    if (/^여부/.test(this.es[k + 1]?.text ?? '')) return true;
    // "착오로 사고가 난 건지 등 경위를 조사하고 있다": a clause in -지 that is looked into.
    for (let j = k + 1; j <= Math.min(k + 3, this.es.length - 2); j++) {
      if (!/(건지|는지|은지|인지|[난된한]지)(는|도|를|가)?$/.test(this.es[j]!.text)) continue;
      return /(등|여부|조사|확인|살펴|파악|수사|규명|불분명|모르|알 수 없|의문|검토)/.test(this.es.slice(j + 1, j + 5).map((e) => e.text).join(' '));
    }
    return false;
  }

  /** Is eojeol k "문제" as the predicate ("문제다", "문제였다", "문제 같은데"), not a problem found, raised or solved ("문제를", "문제 제기")? */
  problemAt(k: number): boolean {
    const t = this.es[k]?.text ?? '';
    if (/^문제(?:이?다|였|이었|입니|라고|라는|야|지$)/.test(t)) return true;
    return t === '문제' && (k + 1 === this.es.length || /^(같|였|이었|입니|인\s?것|일\s?것|아닌가|아닐까|라는|라고|이라는|이라고)/.test(this.es[k + 1]!.text));
  }

  /** Could not, rather than did not: a service or a message that did not reach the person ("접속하지 못했다", "알림을 받지 못했다"). */
  unable(k: number, three: string): boolean {
    if (!/지\s?못|못\s?하/.test(three)) return false;
    const t = this.es[k]!.text;
    return UNABLE_TO_REACH.test(t);
  }

  /** When eojeol k names a secret as an object and a verb within three words exposes it or puts it somewhere public: that verb's eojeol; else -1. */
  exposesSecret(k: number, two: string): number {
    const m = SECRET_OBJECT.exec(two);
    if (!m || m.index >= this.es[k]!.text.length) return -1;
    let v = this.eojeolAt(k, two, m.index + m[0].length - 1) + 1;
    let place = false;
    for (const stop = Math.min(this.es.length, v + 4); v < stop; v++) {
      const t = this.es[v]!.text;
      if (SECRET_EXPOSING.test(t)) return v;
      if (SECRET_PLACE.test(t)) place = true;
      else if (place && SECRET_PLACING.test(t)) return v;
    }
    return -1;
  }

  /** A failure stem in eojeol t, or one of two words starting in it ("만 반복", "피해를 키"). */
  stemIn(t: string, two: string): string | undefined {
    return FAILURE_STEM_INDEX.find(two, t.length, (s, at) => at + s.length <= t.length || s.includes(' '));
  }

  /** The eojeol (counting from k) that holds character `offset` of the words joined from k. */
  eojeolAt(k: number, joined: string, offset: number): number {
    let spaces = 0;
    for (let c = 0; c < offset && c < joined.length; c++) if (joined[c] === ' ') spaces++;
    return Math.min(this.es.length - 1, k + spaces);
  }

  /** "대비해보지 못한 과정": a negated verb describing a thing, not a person's omission. */
  aboutAThing(end: number): boolean {
    const t = this.es[end]?.text ?? '';
    if (!/(않은|않는|못한|안 한|안한|못하는)$/.test(t)) return false;
    const next = this.es[end + 1];
    if (!next) return false;
    return !FAILURE_HEADS.test(next.text) && !this.personStem(splitParticle(next.text, [...SUBJECT, '의', '을', '를', '에게'])[0], end + 1);
  }

  /** "관리자 없이 협력업체 직원이 수행했다": the check skipped is named just before the person. */
  withoutBefore(i: number): [Shape, number, number, string?] | undefined {
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      const t = this.es[j]!.text;
      if (/(없이|않고)$/.test(t)) {
        const two = j > 0 ? `${this.es[j - 1]!.text} ${t}` : t;
        const without = WITHOUT(two);
        if (!without || !two.endsWith(without)) return undefined;
        // The person must act afterwards in the same clause.
        for (let v = i + 1; v < Math.min(this.es.length, i + 8); v++) if (/(했|였|었|았|렸|쳤|다|고|며)$/.test(this.es[v]!.text)) return ['faulty-action', j > 0 && two.length > t.length + 1 && without.includes(' ') ? j - 1 : j, j, without.replace(/\s*(없이|하지 않고|을 하지 않고)$/, '')];
        return undefined;
      }
      if (EMBEDDED_END.test(t) || CLAUSE_END.test(t)) return undefined;
    }
    return undefined;
  }

  /**
   * A person named after what they did wrong, as the head of a relative
   * clause: "먹통 만든 담당자", "고객 정보를 빼돌린 … 박모 차장",
   * "인수인계를 제대로 받지 못한 인계자".
   */
  relativeHead(): SentenceFinding | undefined {
    for (let i = 1; i < this.es.length; i++) {
      const [stem] = splitParticle(this.es[i]!.text, [...SUBJECT, '의', '을', '를', '에게', '와', '과', '로', '?']);
      const found = this.personStem(stem, i);
      if (!found || this.negativeBefore(found.from)) continue;
      // The verb that modifies the person, past the nouns in between ("빼돌린 코리아크레딧뷰로(KCB)의 박모 차장").
      let v = found.from - 1;
      while (v >= 0 && v > found.from - 5 && !this.adnominal(v) && !CLAUSE_END.test(this.es[v]!.text) && !EMBEDDED_END.test(this.es[v]!.text)) v--;
      if (v < 0 || !this.adnominal(v)) continue;
      const t = this.es[v]!.text;
      let from = -1;
      let to = v;
      // A failure word in the relative clause: in its verb, or before it, but not an object ("실수를 바로잡은") nor inside another noun's clause.
      for (let k = v; k >= Math.max(0, v - 5) && from < 0; k--) {
        const w = this.es[k]!.text;
        if (k < v && this.adnominal(k)) break;
        const stemHere = this.stemIn(w, `${w} ${this.es[k + 1]!.text}`);
        // A stem that holds its object ("원인을 제공", "화를 키") reads across it.
        if (stemHere && !/^(잘못|엉뚱|착오로|실수로|바람에)/.test(stemHere) && (k === v || !/[을를]$/.test(w) || stemHere.includes(' '))) {
          from = k;
          to = stemHere.includes(' ') ? Math.max(k + 1, v) : v;
        }
        if (k < v && CLAUSE_END.test(w)) break;
      }
      let omission = false;
      // "인수인계를 제대로 받지 못한 인계자": a negation that ends in the modifying verb.
      for (let k = Math.max(0, v - 2); from < 0 && k <= v; k++) {
        const joined = this.es.slice(k, v + 1).map((e) => e.text).join(' ');
        const neg = NEGATED_CHECK.exec(joined) ?? NOT_PROPERLY.exec(joined);
        if (neg && neg.index < this.es[k]!.text.length && neg.index + neg[0].length > joined.length - t.length) {
          from = k;
          omission = true;
        }
      }
      if (from < 0) continue;
      const agent: Mention = { ...piece(this.sentence, this.es[found.from]!, this.es[i]!), specific: found.specific, particle: '' };
      const f: SentenceFinding = { kind: 'blame', shape: omission ? 'omission' : 'faulty-action', agent, cue: piece(this.sentence, this.es[from]!, this.es[omission ? v : to]!), question: '' };
      if (HYPOTHETICAL.test(this.sentence.slice(f.cue.start, f.cue.end + 6)) || NEGATED(this.sentence.slice(f.cue.start, agent.end + 8)) || WITHHELD(this.sentence.slice(f.cue.start))) continue;
      f.question = koreanQuestion(f);
      return f;
    }
    return undefined;
  }

  /** Does eojeol k end like a verb modifying the noun after it ("만든", "빼돌린", "뻔한", "못한")? */
  adnominal(k: number): boolean {
    const t = this.es[k]?.text ?? '';
    if (!/[\uAC00-\uD7A3]$/.test(t) || t.length < 2) return false;
    const last = t.charCodeAt(t.length - 1) - 0xac00;
    return last % 28 === 4 && !/(원|인|관련|간|선|문|본|건|전|안|면|산|단|분|편|진)$/.test(t);
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
    // "아무도 로그를 확인하지 않았다": a check nobody made. Not "아무도 다치지 않았다": no check, no failure.
    const nobody = /(?:^|\s)(아무도|누구도)\s/.exec(s);
    if (nobody && !HYPOTHETICAL.test(s)) {
      const after = s.slice(nobody.index + nobody[0].length);
      // Any act nobody took counts ("아무도 신경 쓰지 않은", "누구도 백업을 돌리지 않았다"); not being hurt or suffering a loss does not.
      const notDone = NOBODY_DID.exec(after);
      const check = NEGATED_CHECK.exec(after) ?? (notDone && !NOT_AN_ACT.test(notDone[1]!) && !SUFFERED.test(notDone[1]!) ? notDone : null);
      if (check && !/[,，]/.test(after.slice(0, check.index)) && !this.es.some((e, i) => e.start > nobody.index && e.start < nobody.index + nobody[0].length + check.index && this.takesOver(i))) {
        const at = nobody.index + nobody[0].length - nobody[1]!.length - 1;
        const agent: Mention = { start: at, end: at + nobody[1]!.length, text: nobody[1]!, specific: false, particle: '도' };
        return this.atPhrase(this.question ? 'blaming-question' : 'omission', check[0], agent);
      }
    }
    // "누가 이 설정을 바꿨나요?": asking which person made the change.
    const who = /(?:^|\s)누가\s/.exec(s);
    if (this.question && who) {
      const act = WHO_ACTED.exec(s.slice(who.index));
      const at = who.index + who[0].indexOf('누가');
      if (act) return this.atPhrase('blaming-question', act[0], { start: at, end: at + 2, text: '누가', specific: false, particle: '가' });
    }
    // "책임은 누가", "사고의 책임은 과연 누구에게 있는가": asking whose fault it was.
    const whose = /(책임은 누가|누가 책임|누구 책임|누구의 책임|누구의 잘못|누구 잘못|누구 탓|책임[은이]\s(?:\S+\s){0,2}누구)/.exec(s);
    if (this.question && whose) return this.atPhrase('fault', whose[0]);
    if (this.question && PLAIN_QUESTION.test(s) && !/^(만일|만약)/.test(s)) {
      // "그 빤한 걸 놓치냐?": a failure thrown back at the listener.
      const lastWords = this.es.slice(-2);
      const notDone = /(?:안|못)\s?\S+$|지\s(?:않았|못했)\S*$/.exec(lastWords.map((e) => e.text).join(' '));
      for (const e of lastWords) {
        const stem = this.stemIn(e.text, e.text);
        if ((stem || notDone) && !this.es.some((_, k) => this.takesOver(k))) return this.atPhrase('blaming-question', stem ? e.text : notDone![0]);
      }
    }
    // "행안부는 뭐했나": what was the person doing.
    const what = WHAT_DID.exec(s);
    if (what) for (let i = 0; i < this.es.length && this.es[i]!.start < what.index; i++) {
      const who = this.mentionAt(i, SUBJECT);
      if (who) return this.atPhrase('blaming-question', what[0], who);
    }
    const negated = NEGATED(s);
    for (let i = 0; negated === undefined || i < this.es.length; i++) {
      if (i >= this.es.length) break;
      const possessive = this.mentionAt(i, ['의', '에게', '한테', '께']);
      const bare = possessive ? undefined : this.bareMention(i);
      const user = possessive || bare ? undefined : this.userSlip(i);
      const who = possessive ?? bare ?? user;
      // An organisation's error ("삼성증권의 배당 오류") is the failure of its systems as much as of anyone in it.
      if (!who || who.organisation) continue;
      // "사람의 실수" in a list of risks names no event.
      if (/^사람/.test(who.text) && !hasPast(s)) continue;
      // "운용자의 실수로 인한 중단 비중이 높다": a share of cases, told in the present, names no event.
      if (!hasPast(s) && STATISTICS(s)) break;
      const found = this.judgedAt(i, who, bare?.glued === true, possessive !== undefined || user !== undefined);
      // A negation counts only around the judgement: "버그는 아니었지만 … 직원의 실수로" still blames.
      if (found && !(negated && NEGATED(s.slice(who.start, found.cue.end + 30))) && !WITHHELD(s.slice(found.cue.start))) return found;
    }
    // "피고인에게는 … 과실이 있다", "선장에게 지식과 경험이 없었으며": a fault or a lack of competence laid on a person.
    for (let i = 0; i < this.es.length; i++) {
      const who = this.mentionAt(i, ['에게는', '에게도', '에게', '한테']);
      const laid = who && !who.organisation ? laidOnPerson(s.slice(this.es[i]!.end + 1)) : undefined;
      const around = laid ? s.slice(this.es[i]!.end, s.indexOf(laid[1], this.es[i]!.end) + laid[1].length + 12) : '';
      if (laid && !this.question && !HYPOTHETICAL.test(around) && !NEGATED(around)) return this.atPhrase(laid[0], laid[1], who);
    }
    // "업무상 과실로 인하여 … 소훼한 사실이 확인되며": negligence at work found, with the person it is found of when one is named.
    const negligence = workNegligence(s);
    if (negligence && !this.question && !HYPOTHETICAL.test(s.slice(s.indexOf(negligence), s.indexOf(negligence) + 40))) return this.atPhrase('mistake', negligence, this.es.map((_, i) => this.mentionAt(i, SUBJECT)).find((m) => m !== undefined && m.start < s.indexOf(negligence)));
    // "물리적 사고가 아니라 … ‘인재’라는 점에서": a negation that sets something else aside leaves 인재 standing.
    const manMade = negated ? this.manMade() : undefined;
    if (manMade && !NEGATED(s.slice(s.indexOf(manMade), s.indexOf(manMade) + 16))) return this.atPhrase('human-error', manMade);
    // A negation elsewhere ("어려운 것도 아니고, … 실수해 버렸기 때문") leaves a subjectless failure standing.
    if (negated) return this.subjectless(true);
    const human = HUMAN_ERROR(s);
    if (human && !this.question && !GENERIC.test(s) && !(!hasPast(s) && STATISTICS(s)) && !HYPOTHETICAL.test(s.slice(s.indexOf(human))) && !PURPOSE.test(s.slice(s.indexOf(human)))) return this.atPhrase('human-error', human);
    const injae = this.manMade();
    if (injae) return this.atPhrase('human-error', injae);
    const idiom = IDIOM(s);
    // "오타가 나면 …": a slip that may happen, under a condition, is no slip that happened.
    if (idiom && !HYPOTHETICAL.test(s.slice(s.indexOf(idiom))) && !/^면/.test(s.slice(s.indexOf(idiom) + idiom.length))) return this.atPhrase('mistake', idiom);
    // "무죄가 선고됐다": an acquittal takes back the charge.
    const punishment = GENERIC.test(s) || WITHHELD(s) ? undefined : PUNISHMENT(s) ?? ACCOUNTABILITY.exec(s)?.[0];
    // "책임을 묻는 것인지": whether to call someone to account, asked.
    if (punishment && !/^\S*\s?(?:것인지|는지|인지)/.test(s.slice(s.indexOf(punishment) + punishment.length))) {
      for (let i = 0; i < this.es.length; i++) {
        const who = this.mentionAt(i, [...SUBJECT, '의', '에게', '을', '를']) ?? this.bareMention(i);
        // A fine laid on a company ("은행에 과태료를 부과했다") is the company's, not a person's.
        if (who && !who.organisation) return this.atPhrase('punishment', punishment, who);
      }
    }
    if (this.question && /왜/.test(s) && /(아무도|누구도)/.test(s) && (NEGATED_CHECK.test(s) || /몰랐|않았|못했|안 했/.test(s))) return this.atPhrase('blaming-question', (NEGATED_CHECK.exec(s) ?? /몰랐|않았|못했|안 했/.exec(s))![0]);
    const alone = PUNISHMENT_ALONE(s) ?? /책임\s?소재를?\s(?:\S+\s)?(?:가려|밝혀|따져|규명)/.exec(s)?.[0];
    // "누구도 징계를 받지 않았다": a punishment that did not happen.
    // "징계 대신 재발 방지책을 마련했다", "징계보다는 개선을": a punishment set aside for something else.
    const notGiven = alone !== undefined && /^\S*?\s?(?:받지 않|하지 않|없었|없이|없다|없음|없는|대신|보다는?|말고|하지 말|지양|아닌)/.test(s.slice(s.indexOf(alone) + alone.length));
    if (alone && !this.question && !GENERIC.test(s) && !notGiven) return this.atPhrase('punishment', alone);
    return this.subjectless();
  }

  /** A judgement pinned on the person at eojeol i: "작업자의 실수로", "직원 착오", "직원의 작업 편의 때문에". */
  judgedAt(i: number, who: Mention, glued: boolean, possessive: boolean): SentenceFinding | undefined {
    const next = this.es[i + 1]?.text ?? '';
    // "담당자의 실수로 개인정보가 유출되면 … 신고해야 한다": a rule for a case, not an event.
    if (CONDITION_END.test(this.es[i + 2]?.text ?? '') || CONDITION_END.test(this.es[i + 3]?.text ?? '')) return undefined;
    if (glued) return this.askedWhether(i) ? undefined : this.make('mistake', who, i);
    // "회사의 잘못 설정된 계정": 잘못 as an adverb of the next verb is not the person's fault.
    const adverb = next === '잘못' && /^(?!때문|탓|으로|이|에)/.test(this.es[i + 2]?.text ?? '때문');
    // "직원의 실수에 의해서도 발생할 수 있습니다": a mistake that may happen is no event.
    if (MISTAKE_AFTER.test(next) && !adverb) return this.askedWhether(i + 1) || HYPOTHETICAL.test(this.sentence.slice(this.es[i + 1]!.start, this.es[i + 1]!.start + 24)) ? undefined : this.make('mistake', who, i + 1);
    if (possessive) {
      // "직원의 클릭 실수", "직원의 역대급 팻 핑거", "관제사의 레이다 유도 관계 판단 착오": a person's mistake a few nouns later.
      let joined = '';
      for (let k = i + 1; k <= Math.min(i + 5, this.es.length - 1); k++) {
        const t = this.es[k]!.text;
        joined = joined ? `${joined} ${t}` : t;
        if (t === '잘못' && k + 1 < this.es.length) break;
        // "작업자의 경우 실수할 수 있다": a mistake that may happen is no event.
        if (MISTAKE_NOUNS.some((m) => joined.includes(m))) return this.askedWhether(k) || HYPOTHETICAL.test(this.sentence.slice(this.es[k]!.start, this.es[k]!.start + 16)) ? undefined : this.make('mistake', who, k);
        // "직원의 작업 편의 때문에": the person's doing named as the cause.
        if (k > i + 1 && /^(탓|때문)/.test(t) && !this.hypothetical(i)) return this.make('fault', who, k);
        // "직원의 단 한 번의 클릭으로 인해 주가가 폭락했다": the person's act named as the cause of a failure that happened.
        if (actCausedFailure(t, this.sentence.slice(this.es[k]!.end)) && !this.hypothetical(k)) return this.make('faulty-action', who, k);
        // "기장의 ‘아들 걱정’으로 인한 운행실수": a cause of the mistake named on the way to it.
        if (/로$/.test(t) && /^(인한|인해|인하여)$/.test(this.es[k + 1]?.text ?? '')) {
          joined += ` ${this.es[++k]!.text}`;
          continue;
        }
        if (/([을를이가은는도와과에기]|로)$/.test(t)) break;
      }
    }
    if (/^(탓|때문|책임)/.test(next) && !this.hypothetical(i) && !this.askedWhether(i + 1)) return this.make('fault', who, i + 1);
    // "물과장님 파트의 문제 같은데", "운영팀의 문제였다": the person or team named as the problem.
    if (possessive && who.particle === '의' && this.problemAt(i + 1) && !this.hypothetical(i)) return this.make('fault', who, i + 1);
    if (possessive && /책임은|책임이/.test(this.sentence.slice(0, who.start))) return this.make('fault', who, i);
    return undefined;
  }

  /** A user as the subject ("고객이", "사용자가"), read as an agent only of a slip of their own. */
  userAt(i: number): Mention | undefined {
    const [stem, particle] = splitParticle(this.es[i]!.text, SUBJECT);
    if (!particle || !isUser(stem) || this.negativeBefore(i)) return undefined;
    return { ...piece(this.sentence, this.es[i]!, this.es[i]!), specific: false, particle };
  }

  /** "사용자의 실수로", "탑승자 책임": a user or a noun in -자 as the owner of a slip (korean-owners.ts). */
  userSlip(i: number): Mention | undefined {
    const [stem, particle] = splitParticle(this.es[i]!.text, ['의']);
    if (this.negativeBefore(i) || !ownsSlip(this.es.map((e) => e.text), i, stem, particle)) return undefined;
    return { ...piece(this.sentence, this.es[i]!, this.es[i]!), specific: false, particle };
  }

  /** "철저한 인재", "‘인재’였다": a disaster called man-made (人災), told apart from 인재 as talent (人才). */
  /** The first failure stem in an eojeol that tells a past act ("무시했던", "키웠습니다"), or undefined. */
  pastFailureStem(): string | undefined {
    for (let k = 0; k < this.es.length; k++) {
      const t = this.es[k]!.text;
      const two = k + 1 < this.es.length ? `${t} ${this.es[k + 1]!.text}` : t;
      const stem = this.stemIn(t, two);
      // Causing a failure with nobody named is what a thing did ("오류로 시스템 충돌을 일으켰다").
      if (!stem || /^(일으|발생시|유발|오작동시)/.test(stem)) continue;
      const host = stem.includes(' ') ? this.es[k + 1]!.text : t;
      const tail = host.slice(host.indexOf(stem.split(' ').pop()!) + stem.split(' ').pop()!.length);
      // "원인은 … 빠뜨린 실수였다": a failure named by a noun before a copula is no act told.
      if (/^(였|이었|이다|이며|이고|인|일|이|가|은|는|을|를|의|로|으로)/.test(tail)) continue;
      if (hasPast(host.slice(host.indexOf(stem.split(' ').pop()!)))) return stem;
    }
    return undefined;
  }

  manMade(): string | undefined {
    const s = this.sentence;
    if (!DISASTER.test(s) || TALENT.test(s) || this.question) return undefined;
    for (const e of this.es) {
      if (!INJAE.test(e.text)) continue;
      const after = s.slice(e.start);
      // "‘인재’였다는 지적을 하기 보다 …": the label set aside for something else.
      if (HYPOTHETICAL.test(after.slice(0, 20)) || /^인재\S*\s?(라는 말|라 는 말|라는 표현|라는 단어)/.test(after) || /^인재\S*\s(?:\S+\s){0,3}?\S*기\s?보다/.test(after)) return undefined;
      return e.text;
    }
    return undefined;
  }

  /**
   * A failure told without a subject, as Korean often does ("테스트 없이
   * 프로덕션 배포를 했다", "실수로 데이터를 지웠습니다"): someone did it, and no
   * system stands before it as the subject.
   */
  subjectless(negated = false): SentenceFinding | undefined {
    const s = this.sentence;
    if (this.question) return undefined;
    let phrase = SUBJECTLESS_FIRST(s);
    if (!phrase) {
      const m = NEGATED_CHECK.exec(s);
      if (m) phrase = m[0];
    }
    // The failure verbs read after a person ("이를 무시했던 겁니다", "화를 키웠습니다"), in a past act with nobody named
    // and no other subject before it at all: "스크립트가 잘못된 설정을 덮어썼다" is the script's act.
    let anyVerb = false;
    if (!phrase) {
      phrase = this.pastFailureStem();
      anyVerb = phrase !== undefined;
    }
    // "사고 친 것": a past act told by its past form alone.
    if (!phrase || !(hasPast(s) || /[친른린]$/.test(phrase))) return undefined;
    const at = s.indexOf(phrase);
    // "알림을 안 놓쳤다": a failure verb under the short negation is no failure.
    if (/(?:^|\s)(안|못)\s$/.test(s.slice(Math.max(0, at - 3), at))) return undefined;
    if (HYPOTHETICAL.test(s.slice(at, at + 30)) || (negated && NEGATED(s.slice(at, at + 30)))) return undefined;
    // "검증 과정에서 발견하지 못하면서": the process, not a person, missed it.
    if (PROCESS_REASON(s.slice(0, at))) return undefined;
    // A mistake made in a process is still someone's ("작업하는 과정에서 실수가 있었다").
    if (!/실수가 있었|실수를 저질/.test(phrase) && /(과정|단계)에서\s(?:\S+\s){0,2}$/.test(s.slice(Math.max(0, at - 30), at))) return undefined;
    // "잘못 입력된 설정값": a passive form describing a thing names no act.
    const host = this.es.find((e) => e.end >= at + phrase!.length);
    if (host && /(된|되는|되던|돼\s?있는)$/.test(host.text) && host.start <= at + phrase.length) return undefined;
    // "작업 도중 실수로 발생한 사고": a mistake named only as the cause of an event, with nobody acting.
    if (/^(실수로|착오로)$/.test(phrase) && /^\s?(발생|인한|인해|생긴|벌어진|일어)/.test(s.slice(at + phrase.length))) return undefined;
    // "주문 실수로 큰 손실을 입은 증권사": a mistake named as the cause of a loss someone suffered.
    if (/^(실수로|착오로)$/.test(phrase) && /^\s?(?:\S+\s){0,3}?(손실|피해|손해|타격|불이익)[을를]\s?(입|봤|본|보았|당|겪)/.test(s.slice(at + phrase.length))) return undefined;
    // "개인정보를 암호화하지 않은 것이 원인이었다": an omission named as the cause, with nobody acting.
    if (/^\S*\s?(것이|게|것은|점이)\s?(원인|주된 원인|주요 원인|근본 원인|원인으로)/.test(s.slice(at + phrase.length))) return undefined;
    // "값비싼 실수로부터 배우고": a mistake learnt from.
    if (host && /(로부터|에게서)$/.test(host.text)) return undefined;
    // The last clause ending before the phrase: a topic after it is in the phrase's own clause.
    let clause = -1;
    for (let i = 0; i < this.es.length && this.es[i]!.end <= at; i++) if (CLAUSE_END.test(this.es[i]!.text)) clause = i;
    let last = -1;
    for (let i = 0; i < this.es.length; i++) {
      const e = this.es[i]!;
      if (e.start >= at) break;
      last = i + 1;
      // "시스템은 이를 인식하지 못했습니다": a system as the topic of the phrase's clause is its subject.
      if (i > clause && SYSTEM_TOPIC.test(e.text)) return undefined;
      // "점검표는 백업 확인을 빠뜨렸다": any topic that names no person is the subject of an act read by its verb alone.
      // Not a frame ("문제는", "원인은") nor another particle that ends in 는 ("보다는", "에서는").
      if (anyVerb && i > clause && /[은는]$/.test(e.text) && e.text.length >= 2 && !NOT_TOPIC.test(e.text) && !this.mentionAt(i, SUBJECT)) return undefined;
      // A person before the phrase was the agent path's to judge: a failure it let pass is not told without a subject.
      if (anyVerb && i > clause && this.mentionAt(i, SUBJECT)) return undefined;
      if (!this.otherSubject(i) || this.mentionAt(i, SUBJECT)) continue;
      // A subject of an embedded clause that closed before the phrase ("AI가 해준 말인데") is not its subject.
      const closed = this.closedAt(i);
      if (closed < 0 || this.es[closed]!.end > at) return undefined;
      // Only a clause that ended ("지침이 있었는데도", "정보가 유출된 뒤에도") frees the phrase from that subject:
      // one closed by a modifier of the noun after it ("시스템이 잘못된 값을 검증하지 못했다") may still be the phrase's subject.
      const circumstance = /^(뒤|후|때|중|동안|다음|이후|직후|순간|사이|바람|채|탓|덕분|과정|상태|상황|경우)/.test(this.es[closed + 1]?.text ?? '');
      if (!circumstance && !this.es.slice(i + 1).some((x) => x.end <= at && CLAUSE_END.test(x.text))) return undefined;
    }
    const end = this.es.findIndex((e) => e.end >= at + phrase!.length);
    if (end >= 0 && end >= last && this.aboutAThing(end)) return undefined;
    return this.atPhrase(/실수|착오/.test(phrase) ? 'mistake' : /없이/.test(phrase) ? 'faulty-action' : 'omission', phrase);
  }

  /** A person noun with no particle, glued to what follows ("작업자 실수로", "작업자실수로"). */
  bareMention(i: number): (Mention & { glued: boolean }) | undefined {
    const e = this.es[i]!;
    const glued = /^(.+?)(실수|과실|부주의|착각|오류|에러)/.exec(e.text);
    const stem = glued ? glued[1]! : e.text;
    // "그 책임이", "이 실수로": a demonstrative before a noun, not a pronoun.
    // "저 때문에" is "because of me"; "그 때문에" is "because of that".
    if (/^[그이저]$/.test(stem) && !(stem === '저' && /^(때문|탓)/.test(this.es[i + 1]?.text ?? ''))) return undefined;
    const found = this.personStem(stem, i);
    if (!found) return undefined;
    const whole = piece(this.sentence, this.es[found.from]!, e);
    // "작업자실수로": the person is the part before the mistake.
    const end = glued ? e.start + stem.length : whole.end;
    return { start: whole.start, end, text: this.sentence.slice(whole.start, end), specific: found.specific, particle: '', glued: glued !== null, ...(found.organisation ? { organisation: true } : {}) };
  }

  hypothetical(i: number): boolean {
    // A condition in a later clause ("…책임이 크겠지만, 조치만 잘 했다면") leaves this one as told.
    return HYPOTHETICAL.test(this.sentence.slice(this.es[i]!.start).split(/,|지만\s/)[0]!);
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
    const past = PAST_CONDITIONAL.exec(s);
    let outcome = OUTCOME(s) ?? CONJECTURE.exec(s)?.[0];
    // After a past condition a present "막을 수 있다" or "해결했을 문제" also tells what would have followed.
    if (!outcome && past) outcome = COULD_NOW.exec(s)?.[0] ?? CONJECTURE_NOUN.exec(s.slice(past.index + past[0].length))?.[0];
    if (conditional && (outcome || ELLIPTICAL.test(s))) {
      // "동승자가 있었다면 더 끔찍했을 것": a worse what-if is not hindsight about prevention.
      if (WORSE.test(s.slice(conditional.index))) return undefined;
      // "감지기가 울지 않았다면 발견할 수 없었을 것": credit for what did happen, not hindsight.
      const negated = NEGATED_CONDITION.exec(s);
      if (negated && LOSS.test(s.slice(negated.index))) return undefined;
      return this.personHindsight(conditional.index, conditional[0]) ?? this.cf(conditional[0]);
    }
    const caught = WOULD_HAVE_CAUGHT.exec(s);
    if (caught) return this.cf(caught[0]);
    const could = COULD_HAVE.exec(s) ?? PAST_OBLIGATION.exec(s) ?? PREVENTABLE.exec(s);
    if (could) return this.cf(could[0]);
    const hindsight = HINDSIGHT(s);
    if (hindsight && outcome && hindsight !== '미리') return this.cf(hindsight);
    if (hindsight === '미리' && conditional) return this.cf(conditional[0]);
    return undefined;
  }

  /**
   * "업체가 좀 더 정밀하게 살폈다면 … 포착할 수 있었을 것": a person as the
   * subject of the act that would have prevented it is blamed in hindsight.
   * Conditions on a state ("동승자가 있었다면") or on not acting ("하지 않았더라면") are not.
   */
  personHindsight(at: number, phrase: string): SentenceFinding | undefined {
    const c = this.es.findIndex((e) => e.end > at);
    if (c < 0) return undefined;
    const around = `${this.es[c - 1]?.text ?? ''} ${this.es[c]!.text}`;
    if (STATE_CONDITION.test(around)) return undefined;
    for (let i = c - 1; i >= Math.max(0, c - 12); i--) {
      const agent = this.mentionAt(i, SUBJECT);
      if (agent) {
        // What an organisation could have done is hindsight about the system it runs.
        if (this.es[i - 1]?.text === '다른' || agent.organisation) return undefined;
        const start = this.es[c]!.start;
        const f: SentenceFinding = { kind: 'blame', shape: 'person-hindsight', agent, cue: { start, end: this.es[c]!.end, text: this.es[c]!.text }, question: '' };
        f.question = koreanQuestion(f);
        return f;
      }
      if (this.takesOver(i)) return undefined;
    }
    void phrase;
    return undefined;
  }

  cf(phrase: string): SentenceFinding {
    const start = this.sentence.indexOf(phrase);
    const f: SentenceFinding = { kind: 'counterfactual', shape: 'counterfactual', cue: { start, end: start + phrase.length, text: phrase }, question: '' };
    f.question = koreanQuestion(f);
    return f;
  }
}
