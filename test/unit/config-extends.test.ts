import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from '../../src/cli/run.js';
import { loadConfigText, loadConfigTextAsync, MAX_EXTENDS_DEPTH, type ExtendsRead } from '../../src/core/config/file.js';
import { resolveConfig } from '../../src/core/config/resolve.js';
import { RULES } from '../../src/core/rules/index.js';

const ROOT = join(__dirname, '..', '..');

/** An in-memory host: the files a config's `extends` may name. */
function host(files: Record<string, string | { error: string }>) {
  const reads: string[] = [];
  const read = (path: string): ExtendsRead => {
    reads.push(path);
    return files[path];
  };
  const load = (path: string) => {
    const text = files[path];
    assert.equal(typeof text, 'string');
    return loadConfigText(text as string, path, RULES, undefined, read);
  };
  return { read, load, reads };
}

describe('extends: another configuration file', () => {
  const files = {
    '/repo/.postmortemrc.json': JSON.stringify({ preset: 'google-sre', rules: { 'five-whys': ['error', { minimum: 3 }], 'action-item-due': 'off' }, blameTerms: ['scapegoat'] }, null, 2),
    '/repo/teams/search/.postmortemrc.yaml': 'extends: ../../.postmortemrc.json\nrules:\n  five-whys: warning\n  timeline-order: info\n',
  };

  it('starts from the extended file and lets the extending one win, merging `rules` per rule', () => {
    const { config, problems } = host(files).load('/repo/teams/search/.postmortemrc.yaml');
    assert.deepEqual(problems, []);
    assert.equal(config.preset, 'google-sre');
    assert.ok(config.requiredSections.includes('detection'));
    // The severity is this file's; the options stay the extended file's.
    assert.deepEqual(config.rules['five-whys'], { severity: 'warning', options: { minimum: 3 } });
    assert.equal(config.rules['action-item-due']!.severity, 'off');
    assert.equal(config.rules['timeline-order']!.severity, 'info');
    assert.deepEqual(config.rules['blame-language']!.options.extraTerms, ['scapegoat']);
  });

  it('follows a chain of files, each over the one it extends', () => {
    const chain = {
      ...files,
      '/repo/teams/search/deep/.postmortemrc.json': '{ "extends": "../.postmortemrc.yaml", "preset": "seed" }',
    };
    const { config, problems } = host(chain).load('/repo/teams/search/deep/.postmortemrc.json');
    assert.deepEqual(problems, []);
    assert.equal(config.preset, 'seed');
    assert.ok(!config.requiredSections.includes('detection'));
    assert.equal(config.rules['timeline-order']!.severity, 'info');
    assert.equal(config.rules['action-item-due']!.severity, 'off');
  });

  it('reports a cycle on the file that closes it, at its `extends` line, and keeps the rest', () => {
    const h = host({
      '/repo/.postmortemrc.json': '{\n  "extends": "./team.json",\n  "rules": { "timeline-order": "off" }\n}',
      '/repo/team.json': '{\n  "language": "ko",\n  "extends": "./.postmortemrc.json"\n}',
    });
    const { config, problems } = h.load('/repo/.postmortemrc.json');
    assert.deepEqual(problems, [{ source: '/repo/team.json', key: 'extends', line: 3, message: '`extends` forms a cycle: .postmortemrc.json → team.json → .postmortemrc.json' }]);
    assert.equal(config.language, 'ko');
    assert.equal(config.rules['timeline-order']!.severity, 'off');
    assert.deepEqual(h.reads, ['/repo/team.json']);
  });

  it('reports a file that extends itself', () => {
    const { problems } = host({ '/repo/a/.postmortemrc.yaml': 'extends: ../a/.postmortemrc.yaml\n' }).load('/repo/a/.postmortemrc.yaml');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.message, '`extends` forms a cycle: .postmortemrc.yaml → .postmortemrc.yaml');
  });

  it('reports a missing or unreadable file with its reason, and applies the rest of the file', () => {
    for (const [read, why] of [[undefined, 'no such file'], [{ error: 'permission denied' }, 'permission denied']] as const) {
      const h = host({ '/repo/.postmortemrc.yaml': 'preset: seed\nextends: ./team.yaml\nlanguage: en\n', ...(read ? { '/repo/team.yaml': read } : {}) });
      const { config, problems } = h.load('/repo/.postmortemrc.yaml');
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.key, 'extends');
      assert.equal(problems[0]!.line, 2);
      assert.equal(problems[0]!.source, '/repo/.postmortemrc.yaml');
      assert.match(problems[0]!.message, new RegExp(`^\`extends\`: cannot read ./team.yaml \\(${why}\\)`));
      assert.equal(config.language, 'en');
    }
  });

  it('gives the extended file\'s problems with that file and its lines', () => {
    const { config, problems } = host({
      '/repo/.postmortemrc.json': '{\n  "rules": {\n    "five-whys": "loud"\n  },\n  "language": "ko"\n}',
      '/repo/sub/.postmortemrc.json': '{ "extends": "../.postmortemrc.json" }',
    }).load('/repo/sub/.postmortemrc.json');
    assert.deepEqual(problems.map((p) => [p.source, p.line]), [['/repo/.postmortemrc.json', 3]]);
    assert.match(problems[0]!.message, /severity must be one of/);
    assert.equal(config.language, 'ko');
  });

  it('refuses an absolute path', () => {
    const { problems } = host({ '/repo/.postmortemrc.json': '{ "extends": "/etc/team.json" }' }).load('/repo/.postmortemrc.json');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /^`extends` must name a preset \(known: .*\) or the relative path of another configuration file \(got "\/etc\/team.json"\)/);
  });

  it(`stops after ${MAX_EXTENDS_DEPTH} files`, () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < MAX_EXTENDS_DEPTH + 5; i++) many[`/repo/${i}.json`] = JSON.stringify({ extends: `./${i + 1}.json` });
    const h = host(many);
    const { problems } = h.load('/repo/0.json');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /goes more than 16 files deep/);
    assert.equal(h.reads.length, MAX_EXTENDS_DEPTH);
  });

  it('loads the same through an asynchronous reader', async () => {
    const h = host(files);
    const sync = h.load('/repo/teams/search/.postmortemrc.yaml');
    const async = await loadConfigTextAsync(files['/repo/teams/search/.postmortemrc.yaml'], '/repo/teams/search/.postmortemrc.yaml', RULES, undefined, async (p) => h.read(p));
    assert.deepEqual(async, sync);
  });

  it('still takes a preset name, and a path only in a configuration file', () => {
    assert.equal(host({ '/r/.postmortemrc.json': '{ "extends": "pagerduty" }' }).load('/r/.postmortemrc.json').config.preset, 'pagerduty');
    const { problems } = resolveConfig({ raw: { extends: './team.json' }, source: 'settings', rules: RULES });
    assert.match(problems[0]!.message, /only a configuration file can extend another file/);
  });
});

describe('extends through the command line', () => {
  let tmp: string;
  const DOC = readFileSync(join(ROOT, 'test/fixtures/cli/tree/teams/payments/2026-10-02-db-failover.md'), 'utf8');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(tmp, path)), { recursive: true });
    writeFileSync(join(tmp, path), text);
  };
  const cli = (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = run(['--today', '2026-11-25', '-f', 'json', ...argv], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: tmp, env: {} });
    return { code, stdout, stderr, messages: JSON.parse(stdout) as Array<{ file: string; ruleId: string; severity: string; message: string }> };
  };

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'pm-extends-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('a subfolder\'s config extends the team-wide one in the repository root', () => {
    write('.postmortemrc.json', '{ "rules": { "action-item-overdue": "error", "five-whys": "off" } }');
    write('teams/search/.postmortemrc.yaml', 'extends: ../../.postmortemrc.json\nrules:\n  timeline-timezone: "off"\n');
    write('teams/search/incident.md', DOC);
    const r = cli('teams/search');
    assert.equal(r.stderr, '');
    assert.deepEqual(r.messages.map((m) => [m.ruleId, m.severity]), [['action-item-overdue', 'error']]);
  });

  it('reports a cycle with the file and line, and the extended file\'s problems once', () => {
    write('.postmortemrc.json', '{\n  "extends": "./teams/shared.json",\n  "rules": { "nope": "off" }\n}');
    write('teams/shared.json', '{\n  "rules": { "action-item-overdue": "error" },\n  "extends": "../.postmortemrc.json"\n}');
    write('teams/a/.postmortemrc.json', '{ "extends": "../../.postmortemrc.json" }');
    write('teams/b/.postmortemrc.json', '{ "extends": "../../.postmortemrc.json" }');
    write('teams/a/incident.md', DOC);
    write('teams/b/incident.md', DOC);
    const r = cli('teams/a', 'teams/b');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^teams\/shared\.json:3: `extends` forms a cycle: \.postmortemrc\.json → teams\/shared\.json → \.postmortemrc\.json$/m);
    assert.equal(r.stderr.match(/forms a cycle/g)?.length, 1);
    assert.equal(r.stderr.match(/unknown rule `nope`/g)?.length, 1);
    assert.match(r.stderr, /^\.postmortemrc\.json:3: unknown rule `nope`/m);
    assert.deepEqual(r.messages.filter((m) => m.ruleId !== 'config').map((m) => [m.file, m.severity]), [['teams/a/incident.md', 'error'], ['teams/b/incident.md', 'error']]);
  });

  it('reports a missing extended file and lints on with the rest', () => {
    write('teams/c/.postmortemrc.json', '{\n  "extends": "../team-wide.json",\n  "rules": { "action-item-overdue": "error" }\n}');
    write('teams/c/incident.md', DOC);
    const r = cli('teams/c');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^teams\/c\/\.postmortemrc\.json:2: `extends`: cannot read \.\.\/team-wide\.json \(no such file\)/m);
    assert.deepEqual(r.messages.filter((m) => m.ruleId !== 'config').map((m) => m.severity), ['error']);
  });
});
