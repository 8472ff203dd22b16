import { EN } from './lexicon.js';
import type { Word } from './phrases.js';
import { StemSet } from './stem.js';
import type { Piece, SentenceFinding, Shape } from './types.js';

// Shapes where a person is the agent of a failure told in another clause or
// asked about without a person as the subject: a consequence after the
// person's act, a blaming question in the passive, a person let through,
// the culprit named with "it was".

/** A person mention as english.ts reads it. */
export interface PersonMention extends Piece {
  indefinite: boolean;
  specific: boolean;
  collective: boolean;
  at: number;
}

/** What these shapes read from an English sentence's analysis. */
export interface EnglishReading {
  readonly ws: Word[];
  readonly question: boolean;
  personAt(i: number, collective?: boolean): PersonMention | undefined;
  failureAt(j: number): [Shape, number, string?] | undefined;
  pastAt(j: number): boolean;
  negatedInClause(j: number): boolean;
  make(shape: Shape, agent: PersonMention | undefined, from: number, to: number): SentenceFinding;
  finding(shape: Shape, agent: PersonMention | undefined, j: number, cueEnd: number, missing?: string): SentenceFinding;
}

const F = EN.failures;
const ACTION = new StemSet(F.actionVerbs);
const DEFECTS = new Set(F.introducedDefects);
/** The routes that skip a step ("directly to master"), from the modifiers. */
const ROUTES = new Set(F.modifiers.filter((m) => /^(directly|straight) to /.test(m)));
const IRREGULAR_PAST = new Set(['ran', 'wrote', 'took', 'made', 'did', 'sent', 'put', 'set', 'hit', 'cut', 'shut', 'left', 'gave', 'brought', 'let', 'threw']);
/** The end of a cue that runs up to word `end` (exclusive), past no closing punctuation: at least one word. */
const lastWordBefore = (ws: readonly Word[], end: number): number => {
  let k = Math.min(end, ws.length);
  while (k > 1 && ws[k - 1]!.punct) k--;
  return k;
};
const pastForm = (n: string): boolean => /[^e]ed$|ied$/.test(n) || IRREGULAR_PAST.has(n);
/** Remedies: the act that followed a failure, or the thing meant to end it. */
const REMEDIES = /^(fix|fixes|fixed|hotfix|patch|patched|revert|reverted|rollback|rolled|mitigation|mitigated|restored|recovered)$/;
/** Past verbs that change nothing: being, perceiving, trying, arriving. */
const NOT_ACTS = /^(was|were|had|did|got|saw|looked|noticed|opened|tried|attempted|wanted|needed|came|went|arrived|joined|woke|returned|logged|called|paged|reported|asked|thought|felt|heard|read|found|realized|realised|received|started|began|left|checked|verified|confirmed|reviewed|tested|monitored|inspected|investigated|watched|alerted|escalated|acknowledged)$/;
/** A sentence that imagines rather than tells: "If I changed the config and it broke …". */
const imagined = (ws: readonly Word[]): boolean => /^(if|unless|suppose|imagine|whenever|should|when|once)$/.test(ws[0]?.norm ?? '');

/** What a thing did after the person's act, told as its own clause: "and it got merged", "and it broke production". */
const CONSEQUENCES = /^(broke|crashed|took|brought|knocked|wiped|deleted|corrupted|caused|triggered|went|got|made|ended|blew|slipped|leaked)$/;
/** What "got"/"went"/"made it" must lead to for a consequence: out into use. */
const INTO_USE = /^(merged|deployed|shipped|released|published|pushed|committed|out|live|into|through|past|unnoticed)$/;
/** What a temporary act is: "while testing", "for debugging", "temporarily", "locally". */
const TEMPORARY = /^(testing|debugging|temporarily|locally|experimenting|troubleshooting|test|debug)$/;

/**
 * "I commented out a where clause while testing and it got merged", "I
 * changed the config and it broke production": a person's past act in one
 * clause, and in the next the act's thing, as "it" or "that", failing or
 * getting out into use when the act was meant to be temporary.
 */
export function actThenConsequence(a: EnglishReading): SentenceFinding | undefined {
  const ws = a.ws;
  if (a.question || imagined(ws)) return undefined;
  for (let c = 2; c + 2 < ws.length; c++) {
    if (ws[c]!.norm !== 'and' || !/^(it|that|this|they)$/.test(ws[c + 1]!.norm)) continue;
    let v = c + 2;
    while (v < ws.length && /^(then|immediately|promptly|quickly|somehow|accidentally|eventually|just)$/.test(ws[v]!.norm)) v++;
    const verb = ws[v]?.norm ?? '';
    if (!CONSEQUENCES.test(verb)) continue;
    const next = ws[v + 1]?.norm ?? '';
    const intoUse = /^(got|went|made|slipped)$/.test(verb);
    if (intoUse && !(INTO_USE.test(next) || (next === 'it' && ws[v + 2]?.norm === 'into'))) continue;
    // "took the site down", not "took the errors down to zero".
    if (/^(took|brought|knocked)$/.test(verb) && (!ws.slice(v + 1, v + 6).some((w) => /^(down|offline|out)$/.test(w.norm)) || ws.slice(v + 1, v + 4).some((w) => /^(errors?|latency|load|usage|queue|backlog|rate|count|alerts?)$/.test(w.norm)))) continue;
    if (verb === 'caused' && !ws.slice(v + 1, v + 5).some((w) => /^(outage|outages|downtime|incident|errors?|failures?|crash|data|loss|problems?|issues?)$/.test(w.norm))) continue;
    // The person's act: a person subject, then a past act, earlier in the sentence.
    for (let s = 0; s < c - 1; s++) {
      const m = a.personAt(s);
      if (!m || m.collective || m.indefinite) continue;
      const act = m.at + 1;
      const n = ws[act]?.norm ?? '';
      // A fix or a rollback that a thing then followed is no faulty act: "deployed the fix and it took …".
      if (!pastForm(n) || NOT_ACTS.test(n) || REMEDIES.test(n) || ws.slice(act, c).some((w) => REMEDIES.test(w.norm)) || a.negatedInClause(act)) break;
      // A thing getting out is a failure only for an act meant to stay local ("while testing", "temporarily"); a thing failing, only after a change.
      if (intoUse ? !ws.slice(act, c).some((w) => TEMPORARY.test(w.norm)) : !ACTION.has(n)) break;
      // The cue is the act with its object: "commented out a where clause while testing".
      return a.make('faulty-action', m, act, lastWordBefore(ws, c));
    }
  }
  return undefined;
}

/** "(then) realized I had an egregious bug", "noticed I'd left a typo": the writer finding a defect of their own. */
export function ownDefectFound(a: EnglishReading): SentenceFinding | undefined {
  const ws = a.ws;
  if (a.question || imagined(ws)) return undefined;
  for (let r = 0; r + 3 < ws.length; r++) {
    if (!/^(realized|realised|noticed|discovered|found)$/.test(ws[r]!.norm)) continue;
    let k = r + 1;
    if (ws[k]!.norm === 'that' || ws[k]!.text === ',') k++;
    if (ws[k]?.norm !== 'i' || !/^(had|'d|i'd)$/.test(ws[k + 1]?.norm ?? '')) continue;
    // "I had shipped a bug", "I had a bug", "I had left an egregious typo".
    for (let d = k + 2; d < Math.min(ws.length, k + 7); d++) {
      if (ws[d]!.punct || /^(not|no|never)$/.test(ws[d]!.norm)) break;
      if (DEFECTS.has(ws[d]!.norm) && ws[d]!.norm !== 'outage') return a.make('mistake', { start: ws[k]!.start, end: ws[k]!.end, text: ws[k]!.text, indefinite: false, specific: true, collective: false, at: k }, k + 1, d + 1);
    }
  }
  return undefined;
}

/** Failures an event clause names: "there was downtime", "the outage started", "the site went down". */
const FAILURE_NOUNS = /^(downtime|outage|outages|incident|errors|crash|data|loss|breakage|disruption|failures)$/;

/**
 * "There was 10 minutes of downtime when I rolled back the staging
 * database", "the outage started when Kim ran the migration": a failure
 * that began when a person acted. Not a check ("when I looked at the
 * logs") nor the end of a failure ("the outage ended when …").
 */
export function failureWhenActed(a: EnglishReading): SentenceFinding | undefined {
  const ws = a.ws;
  if (a.question || imagined(ws)) return undefined;
  for (let w = 2; w + 2 < ws.length; w++) {
    if (!/^(when|after|as)$/.test(ws[w]!.norm)) continue;
    const main = ws.slice(0, w).map((x) => x.norm);
    const failed = main.some((n, k) => FAILURE_NOUNS.test(n) && (main.slice(0, k).some((x) => /^(there|was|were)$/.test(x)) || /^(started|began|happened|occurred|hit)$/.test(main[k + 1] ?? ''))) || main.some((n, k) => /^(went|came|crashed|broke)$/.test(n) && (n !== 'went' || main[k + 1] === 'down'));
    if (!failed || main.some((n) => /^(ended|stopped|resolved|recovered|over|not|no|never)$/.test(n))) continue;
    // The person may be a phrase: "when the on-call engineer ran …".
    let m: PersonMention | undefined;
    for (let h = w + 1; h < Math.min(ws.length, w + 4) && !m; h++) m = a.personAt(h)?.start === ws[w + 1]!.start ? a.personAt(h) : undefined;
    if (!m || m.collective || m.indefinite) continue;
    const act = m.at + 1;
    const n = ws[act]?.norm ?? '';
    if (!pastForm(n) || NOT_ACTS.test(n)) continue;
    // The cue is the act up to the end of its clause: "rolled back the staging database".
    const stop = ws.findIndex((x, k) => k > act && x.punct);
    return a.make('faulty-action', m, act, lastWordBefore(ws, stop < 0 ? ws.length : stop));
  }
  return undefined;
}

/**
 * "Why was this merged directly into master?", "why were the changes
 * pushed without review?": a blaming question about a faulty act in the
 * passive, with no person named. A failure that befell a thing ("Why was
 * the build broken?") is a question about a system.
 */
export function askedWhyPassive(a: EnglishReading): SentenceFinding | undefined {
  const ws = a.ws;
  if (!a.question || ws[0]!.norm !== 'why' || !/^(was|were|is|are|did|has|had|have)$/.test(ws[1]?.norm ?? '')) return undefined;
  for (let j = 2; j < Math.min(ws.length, 8); j++) {
    if (ws[j]!.punct) return undefined;
    if (!/ed$|^(put|set|let|run|sent|made|left|done|written|taken)$/.test(ws[j]!.norm)) continue;
    const found = a.failureAt(j);
    if (found && found[0] === 'faulty-action' && found[2]) return a.make('blaming-question', undefined, j, lastWordBefore(ws, ws.length));
    // "merged directly into master": asked of, the route reads as "directly to master" does.
    const [how, into, where] = [ws[j + 1]?.norm, ws[j + 2]?.norm, ws[j + 3]?.norm];
    if (how && into && where && /^(into|onto)$/.test(into) && ROUTES.has(`${how} to ${where}`)) return a.make('blaming-question', undefined, j, j + 4);
  }
  return undefined;
}

/**
 * "Who let the junior DBA have access to production?", "I let a link to a
 * local path get merged": a person let through, by someone asked about or
 * by the writer. "Let me know" and "let the team know" let nothing through.
 */
export function letThrough(a: EnglishReading): SentenceFinding | undefined {
  const ws = a.ws;
  if (imagined(ws)) return undefined;
  for (let j = 1; j + 2 < ws.length; j++) {
    if (ws[j]!.norm !== 'let' || /^(me|us)$/.test(ws[j + 1]!.norm)) continue;
    const who = ws[j - 1]!.norm === 'who' && a.question && j - 1 === 0 ? ws[j - 1]! : undefined;
    const end = Math.min(ws.length, j + 9);
    if (who) {
      // Who let a person have access or act: the permission asked about.
      const m = a.personAt(j + 1) ?? a.personAt(j + 2) ?? a.personAt(j + 3);
      if (!m || !ws.slice(m.at + 1, end).some((w) => /^(have|access|do|run|push|deploy|merge|touch|delete|drop|log|get)$/.test(w.norm))) continue;
      return a.make('blaming-question', { start: who.start, end: who.end, text: who.text, indefinite: true, specific: false, collective: false, at: 0 }, j, m.at + 1);
    }
    // "I let a broken link get merged", "she let the bad config slip through".
    const m = a.personAt(j - 1);
    if (!m || m.collective || m.indefinite || a.negatedInClause(j)) continue;
    for (let k = j + 2; k < end - 1; k++) {
      if (ws[k]!.punct) break;
      // Let through, not sent on its way: "get merged", "slip through", "go unnoticed"; not "go out" nor a fix let in.
      const through = (ws[k]!.norm === 'get' && /^(merged|deployed|shipped|released|through|past|in)$/.test(ws[k + 1]!.norm)) || (/^(slip|slide|sneak)$/.test(ws[k]!.norm)) || (ws[k]!.norm === 'go' && /^(unnoticed|through|unreviewed|unchecked)$/.test(ws[k + 1]!.norm));
      if (through && !ws.slice(j + 1, k).some((w) => REMEDIES.test(w.norm))) return a.make('omission', m, j, k + 2);
    }
  }
  return undefined;
}

/**
 * "I bet it was a developer.", "yes, it was the intern.": the culprit
 * named. The person closes the clause: "it was the intern who found it"
 * and "it was the intern's first week" say something else.
 */
export function culpritNamed(a: EnglishReading): SentenceFinding | undefined {
  const ws = a.ws;
  if (a.question || imagined(ws)) return undefined;
  for (let j = 0; j + 1 < ws.length; j++) {
    // "it was", or "it's" as one word.
    const joined = /^(it's|that's)$/.test(ws[j]!.norm);
    if (!joined && !(j > 0 && /^(it|that)$/.test(ws[j - 1]!.norm) && ws[j]!.norm === 'was')) continue;
    const from = joined ? j : j - 1;
    if (from >= 1 && /^(if|whether|not|unless)$/.test(ws[from - 1]!.norm)) continue;
    let k = j + 1;
    while (k < ws.length && /^(probably|definitely|obviously|clearly|likely|surely|just|really|actually)$/.test(ws[k]!.norm)) k++;
    for (let h = k; h < Math.min(ws.length, k + 4); h++) {
      const m = a.personAt(h);
      if (!m) continue;
      const after = ws[h + 1];
      // "it's not the developer": a culprit denied.
      if (m.collective || (after && !after.punct) || /'s$|s'$/.test(ws[h]!.norm) || ws.slice(from, h).some((w) => /^(not|never|no|it's not|wasn't|isn't)$/.test(w.norm)) || a.negatedInClause(from)) break;
      return a.make('fault', m, from, h + 1);
    }
  }
  return undefined;
}

/**
 * "Did a release, but totally forgot to change the version number": a
 * diary line that opens with a past verb and no subject, and owns a failure
 * in the clause after "but" or "and".
 */
export function confessionAfterLead(a: EnglishReading): SentenceFinding | undefined {
  const ws = a.ws;
  if (a.question || !/^\p{Lu}/u.test(ws[0]!.text) || !(pastForm(ws[0]!.norm) || ws[0]!.norm === 'did') || a.personAt(0)) return undefined;
  for (let c = 2; c + 1 < ws.length; c++) {
    if (ws[c]!.punct && ws[c]!.text !== ',') return undefined;
    if (!/^(but|and)$/.test(ws[c]!.norm) || ws[c - 1]!.text !== ',') continue;
    let j = c + 1;
    while (j < ws.length && /^(then|totally|completely|also|just|accidentally|somehow)$/.test(ws[j]!.norm)) j++;
    // Another subject after the coordinator ("but the errors continued") tells what else happened.
    if (!ws[j] || !(pastForm(ws[j]!.norm) || /^(forgot|didn't|never)$/.test(ws[j]!.norm))) return undefined;
    const found = a.failureAt(j);
    if (!found || found[0] === 'mistake') return undefined;
    return a.finding(found[0], undefined, j, j + found[1], found[2]);
  }
  return undefined;
}
