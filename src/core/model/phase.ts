import { BoundedMemo } from '../bounded-memo.js';
import { unicodeWords } from '../lang/data.js';
import type { Phase } from './types.js';

/**
 * Wording that places a timeline entry in one of the four response stages.
 * The earliest cue in the text wins: "Alert fired; rolled back at 12:40" is detection.
 * The start of an incident ("Incident started", "장애 발생") is no stage: the
 * response begins when someone detects it.
 */
const CUES: Array<[Phase, RegExp]> = [
  [
    'detection',
    unicodeWords(/\b(alerts?|alerted|alerting|alarms?|paged|pager(duty)?|on-?call (was )?(notified|engaged)|noticed|notices|detected|detects|detection|first (report|reported|noticed)|reported by|reports? (that|an?|the)|(customers?|users?|clients?) (reported|complained|wrote in|opened (a )?tickets?)|became aware|spotted|observed|monitoring (system )?(sends|sent|reports|fired|flagged))\b|인지|탐지|감지|알림\s?(발생|수신)|알람|경보|제보|발견/i),
  ],
  [
    'classification',
    unicodeWords(/\b(declared|declares|sev[- ]?\d|severity|p[0-4] incident|incident (opened|created|raised)|escalated|escalates|triaged?)\b|등급|장애\s?선언|심각도|분류/i),
  ],
  [
    'propagation',
    unicodeWords(/\b(notified|notifies|status ?page|posted|announced|announces|communicated|informed|tweeted|emailed|customers? (were |was )?(told|updated)|update (sent|posted)|shared (an? )?update)\b|공지|전파|공유|안내/i),
  ],
  [
    'recovery',
    unicodeWords(/\b(roll(ed)?[- ]?back|rollback|reverted|reverts|mitigated|mitigates|resolved|resolves|restored|restores|recovered|recovers|back to normal|fix(ed)? (deployed|applied|rolled out)|hot-?fix|restarted|restarts|service (is )?(fully )?(back|restored|operational)|end of (outage|incident)|incident (closed|resolved|over))\b|복구|롤백|정상화|해결|재시작|핫픽스|원복/i),
  ],
];

/** Entries keep their wording from one analysis of a document to the next: each is matched once. */
const phases = new BoundedMemo<string, Phase | null>(20_000);

export function phaseOf(text: string): Phase | null {
  return phases.get(text, firstCue);
}

function firstCue(text: string): Phase | null {
  let best: Phase | null = null;
  let bestAt = Infinity;
  for (const [phase, re] of CUES) {
    const m = re.exec(text);
    if (m && m.index < bestAt) {
      best = phase;
      bestAt = m.index;
    }
  }
  return best;
}
