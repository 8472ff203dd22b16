// The Markdown snippets: well-formed VS Code snippet syntax, and full
// templates that, expanded with their default text, lint clean.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lintText } from '../../src/core/lint/lint.js';
import type { Language } from '../../src/core/model/types.js';
import { SECTION_SKELETONS } from '../../src/core/templates/sections.js';

const FILE = join(__dirname, '..', '..', 'snippets', 'postmortem.json');
const TODAY = '2026-03-14';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
  scope?: string;
}

// ---- VS Code snippet syntax -------------------------------------------------
// any         ::= tabstop | placeholder | choice | variable | text
// tabstop     ::= '$' int | '${' int '}'
// placeholder ::= '${' int ':' any '}'
// choice      ::= '${' int '|' text (',' text)* '|}'
// variable    ::= '$' var | '${' var '}' | '${' var ':' any '}'

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: Node[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: Node[] | null };

const VARIABLES = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME', 'TM_FILENAME_BASE',
  'TM_DIRECTORY', 'TM_FILEPATH', 'CLIPBOARD', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME',
  'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE',
  'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START',
  'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

/** Parses a snippet body strictly: unbalanced `${`, a stray `$` or an unknown variable is an error. */
function parseSnippet(source: string): Node[] {
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${pos}: …${source.slice(Math.max(0, pos - 20), pos + 20)}…`);
  };

  function parseAny(inPlaceholder: boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (pos < source.length) {
      const c = source[pos];
      if (c === '\\' && pos + 1 < source.length && '$}\\'.includes(source[pos + 1])) {
        text += source[pos + 1];
        pos += 2;
      } else if (c === '}') {
        if (!inPlaceholder) fail('an unbalanced "}"; write \\} for a literal brace');
        break;
      } else if (c === '$') {
        flush();
        nodes.push(parseDollar());
      } else {
        text += c;
        pos++;
      }
    }
    flush();
    return nodes;
  }

  function parseDollar(): Node {
    pos++; // $
    let m = /^\d+/.exec(source.slice(pos));
    if (m) {
      pos += m[0].length;
      return { kind: 'tabstop', index: Number(m[0]) };
    }
    m = /^[A-Z_][A-Z_0-9]*/.exec(source.slice(pos));
    if (m) {
      pos += m[0].length;
      if (!VARIABLES.has(m[0])) fail(`unknown variable $${m[0]}`);
      return { kind: 'variable', name: m[0], children: null };
    }
    if (source[pos] !== '{') fail('a "$" that starts nothing; write \\\\$ for a literal dollar');
    pos++; // {
    m = /^\d+/.exec(source.slice(pos));
    if (m) {
      const index = Number(m[0]);
      pos += m[0].length;
      if (source[pos] === '}') {
        pos++;
        return { kind: 'tabstop', index };
      }
      if (source[pos] === ':') {
        pos++;
        const children = parseAny(true);
        if (source[pos] !== '}') fail(`placeholder \${${index}:…} is not closed`);
        pos++;
        return { kind: 'placeholder', index, children };
      }
      if (source[pos] === '|') {
        pos++;
        const options: string[] = [];
        let option = '';
        for (;;) {
          if (pos >= source.length) fail(`choice \${${index}|…|} is not closed`);
          const c = source[pos];
          if (c === '\\' && ',|\\$}'.includes(source[pos + 1] ?? '')) {
            option += source[pos + 1];
            pos += 2;
          } else if (c === ',') {
            options.push(option);
            option = '';
            pos++;
          } else if (c === '|') {
            options.push(option);
            pos++;
            if (source[pos] !== '}') fail(`choice \${${index}|…|} must end with "|}"`);
            pos++;
            break;
          } else {
            option += c;
            pos++;
          }
        }
        if (options.some((o) => o === '')) fail(`choice \${${index}|…|} has an empty option`);
        return { kind: 'choice', index, options };
      }
      fail(`malformed tab stop \${${index}`);
    }
    m = /^[A-Z_][A-Z_0-9]*/.exec(source.slice(pos));
    if (!m) fail('"${" must be followed by a number or a variable name');
    const name = m![0];
    if (!VARIABLES.has(name)) fail(`unknown variable \${${name}}`);
    pos += name.length;
    if (source[pos] === '}') {
      pos++;
      return { kind: 'variable', name, children: null };
    }
    if (source[pos] !== ':') fail(`malformed variable \${${name}`);
    pos++;
    const children = parseAny(true);
    if (source[pos] !== '}') fail(`variable \${${name}:…} is not closed`);
    pos++;
    return { kind: 'variable', name, children };
  }

  return parseAny(false);
}

function walk(nodes: Node[], visit: (n: Node) => void) {
  for (const n of nodes) {
    visit(n);
    if (n.kind === 'placeholder') walk(n.children, visit);
    if (n.kind === 'variable' && n.children) walk(n.children, visit);
  }
}

/** Expands a snippet as an editor does when the user accepts every default. */
function expand(body: string, variables: Record<string, string>, values: Record<number, string> = {}): string {
  const nodes = parseSnippet(body);
  const defaults = new Map<number, Node[] | string>();
  walk(nodes, (n) => {
    if (n.kind === 'placeholder' && !defaults.has(n.index)) defaults.set(n.index, n.children);
    if (n.kind === 'choice' && !defaults.has(n.index)) defaults.set(n.index, n.options[0]);
  });
  const render = (list: Node[]): string =>
    list
      .map((n) => {
        switch (n.kind) {
          case 'text':
            return n.value;
          case 'variable':
            return variables[n.name] ?? (n.children ? render(n.children) : '');
          case 'choice':
            return values[n.index] ?? n.options[0];
          case 'placeholder':
          case 'tabstop': {
            if (values[n.index] !== undefined) return values[n.index];
            const d = defaults.get(n.index);
            return d === undefined ? '' : typeof d === 'string' ? d : render(d);
          }
        }
      })
      .join('');
  return render(nodes);
}

const bodyOf = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const prefixesOf = (s: Snippet) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);

const raw = readFileSync(FILE, 'utf8');
const SNIPPETS = JSON.parse(raw) as Record<string, Snippet>;
const byPrefix = (prefix: string): Snippet => {
  const s = Object.values(SNIPPETS).find((x) => prefixesOf(x).includes(prefix));
  assert.ok(s, `a snippet with prefix "${prefix}"`);
  return s;
};

/** 2026-03-14 12:09 in Seoul, as the editor would fill in $CURRENT_*. */
const NOW: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '03', CURRENT_DATE: '14', CURRENT_HOUR: '12', CURRENT_MINUTE: '09', CURRENT_SECOND: '30', CURRENT_TIMEZONE_OFFSET: '+09:00' };

describe('snippet file', () => {
  it('is strict JSON: an object of named snippets', () => {
    assert.doesNotThrow(() => JSON.parse(raw));
    assert.equal(typeof SNIPPETS, 'object');
    assert.ok(!Array.isArray(SNIPPETS));
    assert.ok(Object.keys(SNIPPETS).length >= 9);
  });

  it('gives every snippet a prefix, a body and a description', () => {
    for (const [name, s] of Object.entries(SNIPPETS)) {
      const prefixes = prefixesOf(s);
      assert.ok(prefixes.length > 0 && prefixes.every((p) => typeof p === 'string' && p.trim() === p && p.length > 0), `${name}: prefix`);
      assert.ok(typeof s.body === 'string' || (Array.isArray(s.body) && s.body.length > 0 && s.body.every((l) => typeof l === 'string')), `${name}: body`);
      assert.ok(typeof s.description === 'string' && s.description.length >= 20, `${name}: description`);
      if (s.scope !== undefined) assert.equal(s.scope, 'markdown', `${name}: scope`);
      assert.deepEqual(Object.keys(s).filter((k) => !['prefix', 'body', 'description', 'scope'].includes(k)), [], `${name}: unknown keys`);
    }
  });

  it('offers every expected prefix, each once', () => {
    const all = Object.values(SNIPPETS).flatMap(prefixesOf);
    assert.equal(new Set(all).size, all.length, 'prefixes are unique');
    for (const p of ['postmortem', 'postmortem-ko', '회고', 'timeline-entry', 'tl', '5whys', '5whys-ko', 'action-item', 'action-item-ko', 'impact', 'impact-ko']) {
      assert.ok(all.includes(p), `prefix ${p}`);
    }
  });

  it('writes well-formed placeholders, choices and variables', () => {
    for (const [name, s] of Object.entries(SNIPPETS)) {
      const body = bodyOf(s);
      let nodes: Node[] = [];
      assert.doesNotThrow(() => {
        nodes = parseSnippet(body);
      }, `${name} parses`);
      // One default per tab stop: a second `${1:…}` with other text would be ambiguous.
      const seen = new Map<number, string>();
      walk(nodes, (n) => {
        if (n.kind !== 'placeholder' && n.kind !== 'choice') return;
        const text = JSON.stringify(n.kind === 'choice' ? n.options : n.children);
        const before = seen.get(n.index);
        assert.ok(before === undefined || before === text, `${name}: tab stop ${n.index} is defined twice, differently`);
        seen.set(n.index, text);
      });
      // Tab stops run 1, 2, 3… without gaps, so Tab visits every field.
      const indexes = [...seen.keys()].sort((a, b) => a - b);
      assert.deepEqual(indexes, indexes.map((_, i) => i + 1), `${name}: tab stops ${indexes.join(',')}`);
      let mirrors = 0;
      walk(nodes, (n) => {
        if (n.kind === 'tabstop' && n.index !== 0) {
          mirrors++;
          assert.ok(seen.has(n.index), `${name}: $${n.index} mirrors a placeholder that does not exist`);
        }
      });
      assert.ok(mirrors <= 1, `${name}: at most one mirror`);
    }
  });

  it('rejects malformed snippet text (self-check of the parser)', () => {
    for (const bad of ['${1:open', '${1|a,b}', '${1|a,b|', '$', 'cost: $ 5', '${NOPE}', '${1:a}}', '${:x}']) {
      assert.throws(() => parseSnippet(bad), `rejects ${JSON.stringify(bad)}`);
    }
    assert.equal(expand('a ${1:b ${2:c}} $1 ${3|x,y|} \\$ $CURRENT_YEAR', NOW), 'a b c b c x $ 2026');
  });
});

/** What a user types over the prompts a template leaves: the whys' answers and the owners. */
const FILLED: Record<'en' | 'ko', Record<number, string>> = {
  en: { 17: 'A config push removed a hostname.', 19: 'The template listed it twice.', 21: 'Nothing checks templates.', 23: 'The deploy has no config test.', 27: '@minji', 30: '@jun', 33: '@sre' },
  ko: { 17: '설정 배포에서 호스트 이름이 빠졌습니다.', 19: '템플릿에 두 번 적혀 있었습니다.', 21: '템플릿을 검사하는 단계가 없습니다.', 23: '배포에 설정 테스트가 없습니다.', 27: '@민지', 30: '@준', 33: '@운영팀' },
};

describe('full postmortem templates', () => {
  const cases: Array<{ prefix: string; language: Language }> = [
    { prefix: 'postmortem', language: 'en' },
    { prefix: 'postmortem-ko', language: 'ko' },
  ];
  for (const { prefix, language } of cases) {
    describe(prefix, () => {
      const doc = expand(bodyOf(byPrefix(prefix)), NOW);
      const result = lintText(doc, { today: TODAY });
      const { model } = result;

      it('is a postmortem in the expected language, with its front matter', () => {
        assert.equal(result.skipped, null);
        assert.equal(model.isPostmortem, true);
        assert.equal(model.language, language);
        assert.equal(model.metadata.type, 'postmortem');
        assert.equal(model.metadata.severity, 'SEV1');
        assert.equal(model.metadata.date, '2026-03-14');
        assert.ok(model.title && model.title === model.metadata.title, 'the heading repeats the title');
      });

      it('keeps valid front matter when the title has a colon', () => {
        const titled = lintText(expand(bodyOf(byPrefix(prefix)), NOW, { 1: 'Checkout outage: a config change' }), { today: TODAY });
        assert.equal(titled.model.isPostmortem, true);
        assert.equal(titled.model.metadata.title, 'Checkout outage: a config change');
        assert.deepEqual(titled.messages.filter((m) => m.ruleId === 'front-matter'), []);
      });

      it('points at the prompts still to fill (the whys\' answers, the owners), and lints clean once they are', () => {
        const open = result.messages.filter((m) => m.severity !== 'info').map((m) => m.ruleId);
        assert.deepEqual([...new Set(open)].sort(), ['action-item-owner', 'five-whys']);
        const filled = lintText(expand(bodyOf(byPrefix(prefix)), NOW, FILLED[language]), { today: TODAY });
        assert.deepEqual(filled.messages.filter((m) => m.severity !== 'info').map((m) => `${m.line}: ${m.ruleId} ${m.message}`), []);
      });

      it('has every section, titled as the quick fixes title them', () => {
        assert.deepEqual(model.missingSections, []);
        const titles = SECTION_SKELETONS[language];
        for (const kind of ['summary', 'impact', 'timeline', 'analysis', 'action-items', 'lessons'] as const) {
          assert.ok(doc.includes(`\n## ${titles[kind].title}\n`), `## ${titles[kind].title}`);
          assert.ok(model.sections.some((s) => s.kind === kind && s.title === titles[kind].title), `${kind} is recognised`);
        }
        const terms = language === 'en' ? ['Short-term', 'Mid-term', 'Long-term'] : ['단기', '중기', '장기'];
        for (const t of terms) assert.ok(doc.includes(`\n### ${t}\n`), `### ${t}`);
      });

      it('starts the timeline at the current time, stating the zone of the clock it read', () => {
        assert.ok(model.timeline.length >= 1);
        assert.equal(model.timeline[0].time, '12:09');
        // The editor's clock is local: the stated zone is its offset, never a zone the time is not in.
        assert.equal(model.timeline[0].zone, 'UTC+09:00');
        assert.equal(model.timeline[0].iso, '2026-03-14T12:09+09:00');
        assert.ok(doc.includes(language === 'en' ? 'All times in UTC+09:00.' : '모든 시간은 UTC+09:00 기준입니다.'));
        const phases = new Set(model.timeline.map((e) => e.phase));
        for (const p of ['detection', 'classification', 'recovery'] as const) assert.ok(phases.has(p), `a ${p} entry`);
      });

      it('asks why five times; a why counts once it is answered', () => {
        const whys = lintText(expand(bodyOf(byPrefix(prefix)), NOW, FILLED[language]), { today: TODAY }).model.whys;
        assert.equal(whys.length, 5);
        for (const w of whys) assert.match(w.text, language === 'en' ? /^Why\b.*\?/ : /^왜 .*\?/);
        // "Because …" is the template's, not an answer: only the fifth, which states the root cause's kind, counts.
        assert.equal(model.whys.length, 1);
      });

      it('has short-, mid- and long-term action items with owner and due placeholders', () => {
        assert.ok(model.actionItems.length >= 3);
        assert.deepEqual(new Set(model.actionItems.map((a) => a.term)), new Set(['short', 'mid', 'long']));
        for (const a of model.actionItems) {
          // `@name` is the template's: no owner yet.
          assert.equal(a.owner, null);
          assert.equal(a.done, false);
          assert.match(a.text, language === 'en' ? /\(owner: @name, due: YYYY-MM-DD\)/ : /\(담당: @이름, 기한: YYYY-MM-DD\)/);
        }
      });

      it('reads the due dates once they are filled in', () => {
        const filled = expand(bodyOf(byPrefix(prefix)), NOW, { 28: '2026-03-21', 31: '2026-04-30', 34: '2026-09-30' });
        const items = lintText(filled, { today: TODAY }).model.actionItems;
        assert.deepEqual(items.map((a) => a.due), ['2026-03-21', '2026-04-30', '2026-09-30']);
      });

      it('ends with lessons: what went well, poorly, and where we got lucky', () => {
        const heads = language === 'en' ? ['What went well', 'What went poorly', 'Where we got lucky'] : ['잘된 점', '아쉬운 점', '운이 좋았던 점'];
        for (const h of heads) assert.ok(doc.includes(`\n### ${h}\n`), h);
        assert.ok(!/\$\d|\$\{|\$[A-Z]/.test(doc), 'no snippet syntax left after expansion');
      });
    });
  }
});

describe('small snippets', () => {
  const en = expand(bodyOf(byPrefix('postmortem')), NOW, FILLED.en);
  const ko = expand(bodyOf(byPrefix('postmortem-ko')), NOW, FILLED.ko);

  it('timeline-entry / tl: a list entry stamped with the current time', () => {
    const entry = expand(bodyOf(byPrefix('tl')), NOW);
    assert.equal(entry, '- 12:09 — what happened');
    assert.equal(byPrefix('timeline-entry'), byPrefix('tl'));
    const doc = en.replace('\n\n## Root Cause Analysis', `\n${expand(bodyOf(byPrefix('timeline-entry')), { ...NOW, CURRENT_HOUR: '13' })}\n\n## Root Cause Analysis`);
    const r = lintText(doc, { today: TODAY });
    const last = r.model.timeline[r.model.timeline.length - 1];
    assert.equal(last.time, '13:09');
    assert.equal(last.text, 'what happened');
    assert.deepEqual(r.messages.filter((m) => m.severity !== 'info'), []);
  });

  for (const [prefix, base, heading] of [
    ['5whys', en, '## Root Cause Analysis (5 Whys)'],
    ['5whys-ko', ko, '## 상세 분석 (5 Whys)'],
  ] as const) {
    it(`${prefix}: a five-step chain the linter counts`, () => {
      const answers = prefix === '5whys' ? ['Disk filled.', 'Logs were not rotated.', 'Rotation was manual.', 'No job owned it.'] : ['디스크가 찼습니다.', '로그를 정리하지 않았습니다.', '정리가 수동이었습니다.', '맡은 작업이 없었습니다.'];
      const prompts = expand(bodyOf(byPrefix(prefix)), NOW).trimEnd();
      const chain = expand(bodyOf(byPrefix(prefix)), NOW, { 2: answers[0]!, 4: answers[1]!, 6: answers[2]!, 8: answers[3]! }).trimEnd();
      assert.equal(chain.split('\n').length, 5);
      const start = base.indexOf(heading) + heading.length;
      const end = base.indexOf('\n## ', start);
      const doc = base.slice(0, start) + '\n\n' + chain + '\n' + base.slice(end);
      const r = lintText(doc, { today: TODAY });
      assert.equal(r.model.whys.length, 5);
      assert.deepEqual(r.messages.filter((m) => m.ruleId === 'five-whys'), []);
      // With its prompts still in, the chain is not answered yet.
      const unanswered = lintText(base.slice(0, start) + '\n\n' + prompts + '\n' + base.slice(end), { today: TODAY });
      assert.ok(unanswered.messages.some((m) => m.ruleId === 'five-whys'));
    });
  }

  for (const [prefix, base, owner, due] of [
    ['action-item', en, '@name', 'due: YYYY-MM-DD'],
    ['action-item-ko', ko, '@이름', '기한: YYYY-MM-DD'],
  ] as const) {
    it(`${prefix}: an open task with an owner and a due date`, () => {
      const item = expand(bodyOf(byPrefix(prefix)), NOW);
      assert.match(item, /^- \[ \] /);
      assert.ok(item.includes(owner) && item.includes(due));
      const filled = expand(bodyOf(byPrefix(prefix)), NOW, { 2: '@minji', 3: '2026-04-01' });
      const doc = base.replace(/(\n### (?:Short-term|단기)\n\n)/, `$1${filled}\n`);
      const r = lintText(doc, { today: TODAY });
      const added = r.model.actionItems.find((a) => a.owner === '@minji');
      assert.ok(added, 'the item is read as an action item');
      assert.equal(added.due, '2026-04-01');
      assert.equal(added.term, 'short');
      assert.equal(added.done, false);
      assert.deepEqual(r.messages.filter((m) => m.severity !== 'info'), []);
    });
  }

  for (const [prefix, base, language] of [
    ['impact', en, 'en'],
    ['impact-ko', ko, 'ko'],
  ] as const) {
    it(`${prefix}: an impact section the linter recognises`, () => {
      const block = expand(bodyOf(byPrefix(prefix)), NOW).trimEnd();
      const heading = `## ${SECTION_SKELETONS[language].impact.title}`;
      assert.ok(block.startsWith(heading + '\n'));
      const start = base.indexOf(heading);
      const end = base.indexOf('\n## ', start + heading.length);
      const without = base.slice(0, start) + base.slice(end + 1);
      assert.ok(lintText(without, { today: TODAY }).messages.some((m) => m.ruleId === 'required-sections'), 'impact is required');
      const doc = without.replace(`\n## ${SECTION_SKELETONS[language].timeline.title}\n`, `\n${block}\n\n## ${SECTION_SKELETONS[language].timeline.title}\n`);
      const r = lintText(doc, { today: TODAY });
      assert.deepEqual(r.model.missingSections, []);
      assert.deepEqual(r.messages.filter((m) => m.severity === 'error'), []);
    });
  }
});
