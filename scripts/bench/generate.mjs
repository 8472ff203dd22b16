// Generates a realistic postmortem of about `lines` lines: front matter, English and
// Korean prose, timelines as lists and tables, 5-Whys chains, action items as task
// lists and tables, code blocks, links, and now and then blaming or hindsight wording.
// Deterministic for a given seed.

import { en } from './phrases-en.mjs';
import { ko } from './phrases-ko.mjs';
import { createRandom } from './prng.mjs';

const SERVICES = ['checkout', 'payments', 'search', 'auth', 'orders', 'inventory', 'notifications', 'billing'];
const REGIONS = ['EU', 'US-East', 'ap-northeast-2', 'Seoul'];
const PEOPLE = ['minji', 'jun', 'sre-team', 'platform', 'alice', 'db-team', '민지', '플랫폼팀'];
const MONTHS = ['January', 'February', 'March', 'April'];

/** Shares of the line budget per section, in document order. */
const SHARES = { summary: 0.03, impact: 0.04, timeline: 0.3, analysis: 0.35, actions: 0.18, lessons: 0.1 };

export function generatePostmortem(lines, seed = 1) {
  // Headings and minimum section sizes overshoot small budgets: shrink the budget until the length fits.
  let budget = lines;
  let text = '';
  for (let attempt = 0; attempt < 8; attempt++) {
    text = build(budget, seed);
    const count = text.split('\n').length;
    if (Math.abs(count - lines) <= lines * 0.03) break;
    budget = Math.max(10, Math.round((budget * lines) / count));
  }
  return text;
}

function build(lines, seed) {
  const r = createRandom(seed);
  const out = [];
  const pad = (n) => String(n).padStart(2, '0');
  const fill = (template) =>
    template.replace(/\{(\w+)\}/g, (_, slot) => {
      switch (slot) {
        case 'svc': return r.pick(SERVICES);
        case 'host': return `${r.pick(SERVICES)}-${r.pick(['old', 'primary', 'db', 'cache'])}.internal`;
        case 'region': return r.pick(REGIONS);
        case 'n': return String(r.int(2, 99));
        case 'pct': return String(r.int(1, 60));
        case 'sev': return String(r.int(1, 3));
        case 'ver': return `v${r.int(1, 60)}`;
        case 'time': return `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`;
        case 'year': return String(r.int(2018, 2024));
        case 'month': return r.pick(MONTHS);
        default: return slot;
      }
    });
  const lang = () => (r.chance(0.4) ? ko : en);
  const blank = () => out.push('');
  /** Sentences wrapped at about 80 columns, as people write them in editors. */
  const paragraph = (sentences) => {
    let line = '';
    for (const word of sentences.join(' ').split(' ')) {
      if (line && line.length + word.length + 1 > 80) {
        out.push(line);
        line = word;
      } else line = line ? line + ' ' + word : word;
    }
    if (line) out.push(line);
    blank();
  };
  const sentence = (bank) => {
    if (r.chance(0.06)) {
      const text = fill(r.pick(bank.blame));
      return r.chance(0.1) ? `${text} <!-- postmortem-disable-line blame-language counterfactual-language -->` : text;
    }
    return fill(r.pick(bank.prose));
  };
  const until = (share, body) => {
    const stop = out.length + Math.max(4, Math.round(lines * share));
    do body(Math.max(2, stop - out.length - 4));
    while (out.length < stop);
  };

  const fm = ['---', 'type: postmortem', 'title: Checkout outage after a configuration change', 'severity: SEV2', 'date: 2026-03-14', 'status: final', 'authors: "@minji, @jun"', '---', ''];
  out.push(...fm, '# Checkout outage after a configuration change / 결제 장애 회고', '');

  out.push(`## ${en.headings.summary}`, '');
  until(SHARES.summary, () => {
    const bank = lang();
    paragraph(Array.from({ length: r.int(2, 4) }, () => (r.chance(0.1) ? fill(r.pick(bank.blame)) : fill(r.pick(bank.summary)))));
  });

  out.push(`## ${en.headings.impact}`, '');
  until(SHARES.impact, () => {
    for (let i = r.int(2, 4); i > 0; i--) out.push('- ' + fill(r.pick(lang().impact)));
    blank();
  });

  out.push(`## ${en.headings.timeline}`, '', en.headings.zone, '');
  let day = 0;
  until(SHARES.timeline, (room) => {
    // One heading per day of a long incident, in order.
    out.push(`### ${new Date(Date.UTC(2026, 2, 14 + day++)).toISOString().slice(0, 10)}`, '');
    const count = Math.min(room, r.int(8, 30));
    let minute = r.int(0, 120);
    const stamp = () => {
      minute += r.int(1, 25);
      return `${pad(Math.floor(minute / 60) % 24)}:${pad(minute % 60)}`;
    };
    if (r.chance(0.5)) {
      for (let i = 0; i < count; i++) {
        const bank = lang();
        out.push(`- ${stamp()} — ${r.chance(0.05) ? fill(r.pick(bank.blame)) : fill(r.pick(bank.event))}`);
      }
    } else {
      out.push('| Time | Event |', '| ----- | ---------------------------------------- |');
      for (let i = 0; i < count; i++) out.push(`| ${stamp()} | ${fill(r.pick(lang().event))} |`);
    }
    blank();
  });

  out.push(`## ${en.headings.analysis}`, '');
  until(SHARES.analysis, (room) => {
    const bank = lang();
    out.push(`### ${fill(bank.headings.factor)}`, '');
    for (let p = Math.min(r.int(1, 3), Math.ceil(room / 6)); p > 0; p--) paragraph(Array.from({ length: r.int(2, 5) }, () => sentence(bank)));
    if (r.chance(0.3) && room > 8) {
      const [info, code] = r.pick(bank.code);
      out.push('```' + info, ...code.map(fill), '```', '');
    }
    if (r.chance(0.35) || room < 8) {
      out.push(`#### ${bank.headings.whys}`, '');
      bank.why.slice(0, 5).forEach((why, i) => out.push(`${i + 1}. ${fill(why)}`));
      blank();
    }
  });

  out.push(`## ${en.headings.actions}`, '');
  until(SHARES.actions, (room) => {
    out.push(`### ${r.pick(['Short-term', 'Mid-term', 'Long-term', '단기', '중기'])}`, '');
    const count = Math.min(room, r.int(4, 12));
    if (r.chance(0.5)) {
      for (let i = 0; i < count; i++) {
        const owner = r.chance(0.85) ? `owner: @${r.pick(PEOPLE)}, ` : '';
        out.push(`- [${r.chance(0.3) ? 'x' : ' '}] ${fill(r.pick(lang().action))} (${owner}due: 2026-${pad(r.int(4, 12))}-${pad(r.int(1, 28))})`);
      }
    } else {
      out.push('| Action | Owner | Due | Status |', '| --- | --- | --- | --- |');
      for (let i = 0; i < count; i++) {
        out.push(`| ${fill(r.pick(lang().action))} | @${r.pick(PEOPLE)} | 2026-${pad(r.int(4, 12))}-${pad(r.int(1, 28))} | ${r.pick(['open', 'done', 'in progress'])} |`);
      }
    }
    blank();
  });

  out.push(`## ${en.headings.lessons}`, '');
  const remaining = Math.max(0.02, (lines - out.length) / lines);
  until(remaining, () => {
    const bank = lang();
    out.push(`### ${bank.headings.well}`, '');
    for (let i = r.int(2, 4); i > 0; i--) out.push('- ' + fill(r.pick(bank.well)));
    out.push('', `### ${bank.headings.poorly}`, '');
    for (let i = r.int(2, 4); i > 0; i--) out.push('- ' + (r.chance(0.1) ? fill(r.pick(bank.blame)) : fill(r.pick(bank.poorly))));
    blank();
  });
  return out.join('\n');
}
