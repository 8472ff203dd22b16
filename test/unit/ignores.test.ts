// Files a team never wants linted (drafts, templates, vendored docs): the
// `ignores` config key and a `.postmortemignore` file, in gitignore syntax.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isIgnored, parseIgnoreFile } from '../../src/core/config/ignores.js';
import { defaultConfig, resolveConfig } from '../../src/core/config/resolve.js';
import { lintText, modelOf } from '../../src/core/lint/lint.js';
import { RULES } from '../../src/core/rules/index.js';
import { run } from '../../src/cli/run.js';

const ROOT = join(__dirname, '..', '..');
const COMPLETE = readFileSync(join(ROOT, 'test/fixtures/cli/en-complete.md'), 'utf8');
const INCOMPLETE = '---\ntype: postmortem\n---\n# Draft\n';

function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {} });
  return { code, stdout, stderr };
}

describe('gitignore-style patterns', () => {
  it('match folders, globs and negations as .gitignore does', () => {
    const p = parseIgnoreFile('# drafts are not reviewed yet\ndrafts/\n\n**/templates/*.md\n*.tmp.md\n!keep.tmp.md\n');
    assert.deepEqual(p, ['drafts/', '**/templates/*.md', '*.tmp.md', '!keep.tmp.md']);
    assert.equal(isIgnored(p, 'drafts/a.md'), true);
    assert.equal(isIgnored(p, 'team/drafts/b.md'), true);
    assert.equal(isIgnored(p, 'docs/templates/postmortem.md'), true);
    assert.equal(isIgnored(p, 'notes.tmp.md'), true);
    assert.equal(isIgnored(p, 'keep.tmp.md'), false);
    assert.equal(isIgnored(p, 'postmortems/2026-01-01.md'), false);
  });
  it('never match a path outside their folder, or no path', () => {
    assert.equal(isIgnored(['*.md'], '../other/a.md'), false);
    assert.equal(isIgnored(['*.md'], '/abs/a.md'), false);
    assert.equal(isIgnored(['*.md'], undefined), false);
    assert.equal(isIgnored(['*.md'], './a.md'), true);
  });
});

describe('the `ignores` config key', () => {
  it('is validated: a list of patterns', () => {
    const ok = resolveConfig({ raw: { ignores: ['drafts/'] }, source: 'x', rules: RULES });
    assert.deepEqual(ok.config.ignores, ['drafts/']);
    assert.deepEqual(ok.problems, []);
    const bad = resolveConfig({ raw: { ignores: 'drafts/' }, source: 'x', rules: RULES });
    assert.match(bad.problems[0]!.message, /`ignores` must be a list of strings/);
    assert.deepEqual(defaultConfig(RULES).ignores, []);
  });
  it('skips a matching document in every host: no messages, not a postmortem', () => {
    const config = { ...defaultConfig(RULES), ignores: ['drafts/'] };
    const r = lintText(INCOMPLETE, { path: 'drafts/a.md', config });
    assert.deepEqual(r.messages, []);
    assert.match(r.skipped ?? '', /ignores/);
    assert.equal(modelOf(INCOMPLETE, { path: 'drafts/a.md', config }).isPostmortem, false);
    assert.ok(lintText(INCOMPLETE, { path: 'postmortems/a.md', config }).messages.length > 0);
  });
});

describe('the CLI', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'pm-ignore-'));
    mkdirSync(join(tmp, 'postmortems/drafts'), { recursive: true });
    mkdirSync(join(tmp, 'team'), { recursive: true });
    writeFileSync(join(tmp, 'postmortems/done.md'), COMPLETE);
    writeFileSync(join(tmp, 'postmortems/drafts/wip.md'), INCOMPLETE);
    writeFileSync(join(tmp, 'team/.postmortemrc.json'), '{ "ignores": ["old-*.md"] }');
    writeFileSync(join(tmp, 'team/old-2019.md'), INCOMPLETE);
    writeFileSync(join(tmp, 'team/new.md'), INCOMPLETE);
    writeFileSync(join(tmp, '.postmortemrc.json'), '{}');
    writeFileSync(join(tmp, '.postmortemignore'), '# drafts\npostmortems/drafts/\n');
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('leaves out what .postmortemignore in the working folder names, and says so for a file named on the command line', () => {
    const all = cli(['--today', '2026-11-25', '-f', 'json', 'postmortems'], tmp);
    const files = new Set((JSON.parse(all.stdout) as Array<{ file: string }>).map((p) => p.file));
    assert.ok(!files.has('postmortems/drafts/wip.md'), [...files].join(', '));
    const named = cli(['--today', '2026-11-25', 'postmortems/drafts/wip.md'], tmp);
    assert.match(named.stderr, /postmortems\/drafts\/wip\.md: ignored by \.postmortemignore/);
  });

  it('skips what a config file\'s `ignores` names, relative to that config', () => {
    const r = cli(['--today', '2026-11-25', '-f', 'json', 'team'], tmp);
    const files = new Set((JSON.parse(r.stdout) as Array<{ file: string }>).map((p) => p.file));
    assert.ok(files.has('team/new.md'));
    assert.ok(!files.has('team/old-2019.md'));
  });
});
