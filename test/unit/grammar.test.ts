// The postmortem injection grammars, run on VS Code's own Markdown grammar
// (from the `tm-grammars` package) with vscode-textmate and Oniguruma, as the
// editor runs them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'grammar');
const FIXTURE_NAMES = readdirSync(FIXTURES).filter((f) => f.endsWith('.md'));
const SYNTAXES = join(ROOT, 'syntaxes');

const MAIN = { scopeName: 'markdown.postmortem.injection', file: join(SYNTAXES, 'postmortem.injection.tmLanguage.json') };
const LIST_CODE = { scopeName: 'markdown.postmortem.list-code.injection', file: join(SYNTAXES, 'postmortem-list-code.injection.tmLanguage.json') };
const INJECTIONS = [LIST_CODE, MAIN];

/**
 * Markdown and the grammars it embeds that the fixtures use: HTML (comments),
 * YAML (front matter, fences), JavaScript, shell, JSON and CSS fences. Other
 * fence languages stay plain `markup.fenced_code`, as in an editor without them.
 */
const LANGUAGES = ['markdown', 'html-derivative', 'html', 'yaml', 'javascript', 'shellscript', 'json', 'css'];

const TIMESTAMP = 'constant.numeric.timestamp.postmortem';
const TIMEZONE = 'constant.language.timezone.postmortem';
const SEVERITY = 'keyword.other.severity.postmortem';
const OWNER = 'variable.other.owner.postmortem';
const DUE = 'meta.due.postmortem';
const DUE_DATE = 'constant.other.date.due.postmortem';
const WHY = 'keyword.control.why.postmortem';
const CODE_SCOPES = ['markup.fenced_code', 'markup.raw', 'markup.inline.raw', 'comment'];

interface Token {
  line: number;
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

type Context = 'paragraph' | 'list' | 'table' | 'heading' | 'quote';

interface Run {
  text: string;
  line: number;
  context: Context;
}

const hasScope = (scopes: string[], prefix: string) => scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));
const isOurs = (scope: string) => scope.endsWith('.postmortem');

let markdown: textmate.IGrammar;
let wasmLoaded = false;

/** VS Code's Markdown grammar with the postmortem injections, in the order given. */
async function loadMarkdown(injections = INJECTIONS): Promise<textmate.IGrammar> {
  if (!wasmLoaded) {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    wasmLoaded = true;
  }
  const files = new Map<string, string>();
  for (const name of LANGUAGES) {
    const file = require.resolve(`tm-grammars/grammars/${name}.json`);
    files.set((JSON.parse(readFileSync(file, 'utf8')) as { scopeName: string }).scopeName, file);
  }
  for (const g of injections) files.set(g.scopeName, g.file);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = files.get(scopeName);
      return file ? textmate.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? injections.map((g) => g.scopeName) : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, 'the Markdown grammar loads');
  return grammar;
}

function tokenize(text: string, grammar = markdown): Token[] {
  const out: Token[] = [];
  let state = textmate.INITIAL;
  text.split(/\r?\n/).forEach((line, i) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    for (const t of result.tokens) {
      const end = Math.min(t.endIndex, line.length);
      if (end > t.startIndex) out.push({ line: i + 1, start: t.startIndex, end, text: line.slice(t.startIndex, end), scopes: t.scopes });
    }
  });
  return out;
}

function fixture(name: string): Token[] {
  return tokenize(readFileSync(join(FIXTURES, name), 'utf8'));
}

function contextOf(scopes: string[]): Context {
  if (hasScope(scopes, 'markup.table')) return 'table';
  if (hasScope(scopes, 'markup.heading')) return 'heading';
  if (hasScope(scopes, 'markup.quote')) return 'quote';
  if (hasScope(scopes, 'markup.list')) return 'list';
  return 'paragraph';
}

/** Stretches of text carrying `scope`, adjacent tokens joined. */
function runs(tokens: Token[], scope: string): Run[] {
  const out: Run[] = [];
  let last: Token | null = null;
  for (const t of tokens) {
    if (!hasScope(t.scopes, scope)) continue;
    const prev = out[out.length - 1];
    if (last && prev && last.line === t.line && last.end === t.start) prev.text += t.text;
    else out.push({ text: t.text, line: t.line, context: contextOf(t.scopes) });
    last = t;
  }
  return out;
}

const texts = (tokens: Token[], scope: string) => runs(tokens, scope).map((r) => r.text.trim());
const contexts = (tokens: Token[], scope: string) => new Set(runs(tokens, scope).map((r) => r.context));

before(async () => {
  markdown = await loadMarkdown();
});

describe('grammar files', () => {
  for (const g of INJECTIONS) {
    it(`${g.scopeName}: valid JSON, injected into Markdown, every regex compiles`, () => {
      const raw = JSON.parse(readFileSync(g.file, 'utf8')) as { scopeName: string; injectionSelector: string };
      assert.equal(raw.scopeName, g.scopeName);
      assert.match(raw.injectionSelector, /^L:text\.html\.markdown /);
      for (const part of raw.injectionSelector.split(',')) {
        for (const excluded of ['-markup.fenced_code', '-markup.raw', '-comment']) assert.ok(part.includes(excluded), `"${part.trim()}" excludes ${excluded}`);
      }
      const regexes: string[] = [];
      const walk = (node: unknown) => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          for (const [k, v] of Object.entries(node)) {
            if (['match', 'begin', 'end', 'while'].includes(k) && typeof v === 'string') regexes.push(v);
            else walk(v);
          }
        }
      };
      walk(raw);
      assert.ok(regexes.length > 0);
      for (const re of regexes) assert.doesNotThrow(() => new oniguruma.OnigScanner([re]), `compiles: ${re}`);
    });
  }

  it('gives the same tokens whichever injection the editor loads first', async () => {
    const reversed = await loadMarkdown([...INJECTIONS].reverse());
    for (const name of FIXTURE_NAMES) {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      assert.deepEqual(tokenize(text, reversed), tokenize(text), name);
    }
  });
});

describe('timestamps', () => {
  it('marks clock times, dates with times, ISO 8601 and Korean times', () => {
    const tokens = fixture('timestamps.md');
    assert.deepEqual(texts(tokens, TIMESTAMP), [
      '2026-03-14 12:09 UTC',
      '12:01',
      '12:09:30',
      '3:15 PM (PST)',
      '12:09',
      '12:14',
      '2026-03-14 12:17 KST',
      '2026-03-14T12:22:05Z',
      '2026-03-14T12:35:00+09:00',
      '오전 9시 5분',
      '2026년 5월 2일 19:42',
      '오후 3:15',
      '12:41',
      '3 PM',
    ]);
    assert.deepEqual(contexts(tokens, TIMESTAMP), new Set(['heading', 'paragraph', 'list', 'table']));
  });

  it('marks the zone of a timestamp, and zone words on their own', () => {
    const tokens = fixture('timestamps.md');
    assert.deepEqual(texts(tokens, TIMEZONE), ['UTC', 'UTC', 'KST', 'PST', 'KST', 'Z', '+09:00']);
  });

  it('leaves ratios, impossible times, versions, addresses and durations alone', () => {
    const tokens = fixture('timestamps.md');
    const line = tokens.find((t) => t.text.includes('Not times'))!.line;
    assert.deepEqual(tokens.filter((t) => t.line === line && t.scopes.some(isOurs)), []);
  });
});

describe('severities', () => {
  it('marks SEV levels, P0–P4, Critical/Major/Minor and 심각/치명/긴급', () => {
    const tokens = fixture('severity.md');
    assert.deepEqual(texts(tokens, SEVERITY), ['SEV1', 'SEV-2', 'Sev 3', 'P0', 'Critical', 'Major', 'Minor', '심각', '치명', '긴급', 'P1', 'Major', 'SEV4', 'Minor']);
    assert.deepEqual(contexts(tokens, SEVERITY), new Set(['paragraph', 'list', 'table']));
  });
});

describe('owners', () => {
  it('marks @mentions, Korean names and teams', () => {
    const tokens = fixture('owners.md');
    assert.deepEqual(texts(tokens, OWNER), ['@minji', '@민지', '@준', '@sre-team', '@acme/platform', '@jun', '@플랫폼팀', '@ops.lead']);
    assert.deepEqual(contexts(tokens, OWNER), new Set(['paragraph', 'list', 'table']));
  });

  it('does not mark e-mail addresses or URL paths', () => {
    const tokens = fixture('owners.md');
    const owners = texts(tokens, OWNER).join(' ');
    for (const notOwner of ['@example', '@corp', '@writer', '@b', '@x']) assert.ok(!owners.split(' ').includes(notOwner), `${notOwner} is not an owner`);
    for (const t of tokens) if (/example\.com|corp\.io|medium\.com/.test(t.text)) assert.ok(!hasScope(t.scopes, OWNER), `"${t.text}" is not an owner`);
  });
});

describe('due dates', () => {
  it('marks due:, deadline, target date, by, 기한 and 마감일 with their dates', () => {
    const tokens = fixture('due.md');
    assert.deepEqual(texts(tokens, DUE), [
      'by 2026-04-01',
      'deadline: 2026-04-15',
      'due: 2026-03-28',
      'target date: Q3 2026',
      '기한: 2026-05-03',
      '마감일: 2026.06.30',
      'due: 2026-12-15',
    ]);
    assert.deepEqual(texts(tokens, DUE_DATE), ['2026-04-01', '2026-04-15', '2026-03-28', 'Q3 2026', '2026-05-03', '2026.06.30', '2026-12-15']);
    assert.deepEqual(contexts(tokens, DUE_DATE), new Set(['paragraph', 'list', 'table']));
  });
});

describe('why markers', () => {
  it('marks "Why", "**Why 1:**" and "왜" at the start of a paragraph, list item or table cell', () => {
    const tokens = fixture('why.md');
    assert.deepEqual(texts(tokens, WHY), ['Why', 'Why', 'Why 2:', 'Why?', 'Why 4:', 'WHY #5', '왜', '왜 1:', '왜?', '왜?', '왜?', 'Why 1', '왜 2']);
    assert.deepEqual(contexts(tokens, WHY), new Set(['paragraph', 'list', 'table']));
  });

  it('keeps bold why steps bold', () => {
    const tokens = fixture('why.md');
    const bold = tokens.filter((t) => hasScope(t.scopes, WHY) && hasScope(t.scopes, 'markup.bold'));
    assert.deepEqual(bold.map((t) => t.text), ['Why', 'Why 4:', '왜?']);
  });

  it('does not mark "why" inside a sentence, or 왜냐하면', () => {
    const tokens = fixture('why.md');
    const line = tokens.find((t) => t.text.includes('Not why markers'))!.line;
    assert.deepEqual(tokens.filter((t) => t.line === line && t.scopes.some(isOurs)), []);
  });
});

describe('code', () => {
  it('marks nothing in fenced, indented or inline code, or in HTML comments', () => {
    const tokens = fixture('code.md');
    assert.deepEqual(
      tokens.filter((t) => t.scopes.some(isOurs)).map((t) => `${t.line}: ${t.text}`),
      [],
    );
  });

  it('sees every "12:09" in the fixture as code', () => {
    const text = readFileSync(join(FIXTURES, 'code.md'), 'utf8');
    const tokens = tokenize(text);
    const lines = text.split(/\r?\n/);
    let seen = 0;
    lines.forEach((line, i) => {
      for (const m of line.matchAll(/12:(09|10)/g)) {
        const at = m.index!;
        const t = tokens.find((x) => x.line === i + 1 && x.start <= at && at < x.end);
        assert.ok(t, `token at ${i + 1}:${at}`);
        assert.ok(
          CODE_SCOPES.some((s) => hasScope(t.scopes, s)),
          `line ${i + 1} "${line.trim()}" is code, scopes: ${t.scopes.join(' ')}`,
        );
        seen++;
      }
    });
    assert.ok(seen >= 14, `checked ${seen} times`);
  });

  it('never gives one of its scopes to text inside code, in any fixture', () => {
    for (const name of FIXTURE_NAMES) {
      for (const t of fixture(name)) {
        if (!t.scopes.some(isOurs)) continue;
        assert.ok(!CODE_SCOPES.some((s) => hasScope(t.scopes, s)), `${name}:${t.line} "${t.text}" is in code`);
      }
    }
  });

  it('keeps inline code as code on lines that start with something it marks', () => {
    const text = [
      '12:09 ran `date 12:10 @minji SEV1` on the host.',
      '',
      '- 12:09 ran `12:10 @jun P0 due: 2026-03-28`',
      '',
      'Why did `12:10 @x` fail?',
      '',
      '1. **Why 2:** `왜 12:10 @y` broke',
      '',
      '| 12:09 | `12:10 @z SEV2` |',
      '| ----- | --------------- |',
    ].join('\n');
    const tokens = tokenize(text);
    const lines = text.split('\n');
    let spans = 0;
    lines.forEach((line, i) => {
      for (const m of line.matchAll(/`[^`]+`/g)) {
        spans++;
        const inside = tokens.filter((t) => t.line === i + 1 && t.start < m.index! + m[0].length && t.end > m.index!);
        for (const t of inside) {
          assert.ok(hasScope(t.scopes, 'markup.inline.raw'), `${i + 1}: "${t.text}" is inline code`);
          assert.ok(!t.scopes.some(isOurs), `${i + 1}: "${t.text}" is not marked`);
        }
      }
    });
    assert.equal(spans, 5);
    assert.deepEqual(texts(tokens, TIMESTAMP), ['12:09', '12:09', '12:09']);
    assert.deepEqual(texts(tokens, WHY), ['Why', 'Why 2:']);
  });

  it('leaves the front matter to YAML', () => {
    const tokens = tokenize('---\ntype: postmortem\nseverity: SEV2\nowner: "@minji"\n---\n\nSEV2 by @minji\n');
    assert.deepEqual(
      tokens.filter((t) => t.scopes.some(isOurs)).map((t) => `${t.line}: ${t.text}`),
      ['7: SEV2', '7: @', '7: minji'],
    );
  });
});

describe('the example postmortems', () => {
  it('English: every timeline time, the five whys and the action-item owners and dates', () => {
    const tokens = tokenize(readFileSync(join(ROOT, 'examples', 'postmortems', '2026-03-14-checkout-api-outage.md'), 'utf8'));
    const times = runs(tokens, TIMESTAMP).filter((r) => r.context === 'table');
    assert.deepEqual(times.map((r) => r.text), ['12:01', '12:09', '12:14', '12:17', '12:22', '12:35', '12:41', '12:52', '13:30']);
    assert.equal(runs(tokens, WHY).length, 5);
    assert.deepEqual(texts(tokens, DUE_DATE), ['2026-03-16', '2026-12-15', '2027-01-31']);
    assert.ok(texts(tokens, OWNER).includes('@sre-team'));
    assert.ok(texts(tokens, SEVERITY).includes('SEV2'));
  });

  it('Korean: the timeline, the inline 왜 chain and 담당/기한', () => {
    const text = readFileSync(join(ROOT, 'examples', 'postmortems', '2026-05-02-주문-서버-메모리-장애.md'), 'utf8');
    const tokens = tokenize(text);
    const lines = text.split(/\r?\n/);
    const from = lines.indexOf('## 타임라인') + 1;
    const to = lines.findIndex((l, i) => i >= from && l.startsWith('## '));
    const times = runs(tokens, TIMESTAMP).filter((r) => r.context === 'list' && r.line > from && r.line <= to);
    assert.deepEqual(times.map((r) => r.text), ['19:42', '19:47', '19:52', '19:55', '20:05', '20:18', '20:31', '20:47', '21:10']);
    assert.equal(runs(tokens, WHY).length, 5);
    assert.deepEqual(texts(tokens, DUE_DATE), ['2026-05-03', '2026-12-20', '2027-02-28']);
    assert.ok(texts(tokens, OWNER).includes('@아키텍처팀'));
  });
});
