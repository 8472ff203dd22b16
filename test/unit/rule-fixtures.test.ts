// Every rule has a doc and fixtures; each fixture marks the lines where the
// rule must report with `<!-- expect RULE-ID -->`, and nothing else may fire.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lintText, modelOf, type LintRelated } from '../../src/core/lint/lint.js';
import { relatedDocument } from '../../src/core/related/document.js';
import { RULES } from '../../src/core/rules/index.js';
import { FIXTURES } from '../support/corpus.js';

const ROOT = join(FIXTURES, 'rules');
const DOCS = join(__dirname, '..', '..', 'docs', 'rules');
const MARK = /<!--\s*expect\s+([\w-]+)\s*-->/g;

function expectedLines(text: string, ruleId: string): number[] {
  const out: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(MARK)) if (m[1] === ruleId) out.push(i + 1);
  });
  return out;
}

for (const rule of RULES) {
  describe(`rule ${rule.id}`, () => {
    const dir = join(ROOT, rule.id);
    it('has a doc', () => {
      const doc = join(DOCS, rule.id + '.md');
      assert.ok(existsSync(doc), `missing ${doc}`);
      assert.match(readFileSync(doc, 'utf8'), new RegExp(rule.id));
    });
    // Earlier postmortems for a rule that compares documents (`earlier/`): the other files of the run.
    const earlier = join(dir, 'earlier');
    const related: LintRelated | undefined = existsSync(earlier)
      ? {
          documents: readdirSync(earlier).map((f) => {
            const text = readFileSync(join(earlier, f), 'utf8');
            return relatedDocument({ uri: join(earlier, f), text, model: modelOf(text, { path: join(earlier, f) }) });
          }),
        }
      : undefined;
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
    it('has positive and negative fixtures in English and Korean', () => {
      const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
      assert.ok(texts.some((t) => expectedLines(t, rule.id).length > 0), 'no fixture where the rule fires');
      assert.ok(texts.some((t) => expectedLines(t, rule.id).length === 0), 'no fixture where the rule stays silent');
      assert.ok(files.some((f) => f.startsWith('ko')), 'no Korean fixture (ko-*.md)');
      assert.ok(files.some((f) => f.startsWith('en')), 'no English fixture (en-*.md)');
    });
    for (const f of files) {
      it(`fixture ${f}`, () => {
        const text = readFileSync(join(dir, f), 'utf8');
        const result = lintText(text, { path: join(dir, f), force: true, today: '2026-11-25', ...(related ? { related } : {}) });
        const got = result.messages.filter((m) => m.ruleId === rule.id).map((m) => m.line).sort((a, b) => a - b);
        assert.deepEqual(got, expectedLines(text, rule.id), result.messages.filter((m) => m.ruleId === rule.id).map((m) => `${m.line}: ${m.message}`).join('\n'));
        for (const m of result.messages) {
          assert.equal(m.url, rule.url.replace(rule.id, m.ruleId));
        }
      });
    }
  });
}
