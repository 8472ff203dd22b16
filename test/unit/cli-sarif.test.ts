import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv4 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { run } from '../../src/cli/run.js';
import { RULES } from '../../src/core/rules/index.js';

const ROOT = join(__dirname, '..', '..');
const FIX = 'test/fixtures/cli';

function cli(argv: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {} });
  return { code, stdout, stderr };
}

/**
 * The SARIF 2.1.0 JSON schema as published by the SARIF authors
 * (sarif-2.1.0-rtm.5.json, shipped by @microsoft/jest-sarif). It is a
 * draft-04 schema, hence ajv-draft-04. Its `language` pattern has a stray
 * `]` that is invalid in Unicode mode, hence `unicodeRegExp: false`.
 */
function sarifValidator(): ValidateFunction {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
  const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<{ id: string; helpUri: string; defaultConfiguration: { level: string } }> } };
    invocations: Array<{ executionSuccessful: boolean; toolConfigurationNotifications?: Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }> }> }>;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }>;
      fixes?: Array<{ description: { text: string }; artifactChanges: Array<{ replacements: Array<{ deletedRegion: object; insertedContent: { text: string } }> }> }>;
    }>;
  }>;
}

describe('sarif format', () => {
  let validate: ValidateFunction;
  let tmp: string;
  before(() => {
    validate = sarifValidator();
    tmp = mkdtempSync(join(tmpdir(), 'pm-sarif-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  const assertValid = (log: unknown) => assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

  it('the validator rejects what is not SARIF', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: {}, level: 'info' }] }] }), false);
  });

  it('is valid SARIF 2.1.0 with rules, results, regions and fixes', () => {
    const r = cli(['--format', 'sarif', '--today', '2026-11-25', FIX]);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout) as SarifLog;
    assertValid(log);
    const runLog = log.runs[0];
    const driver = runLog.tool.driver;
    assert.equal(driver.name, 'postmortem-lint');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(driver.rules.slice(0, RULES.length).map((x) => x.id), RULES.map((x) => x.id));
    assert.equal(driver.rules.find((x) => x.id === 'action-item-overdue')?.defaultConfiguration.level, 'note');

    for (const result of runLog.results) {
      assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
      const loc = result.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.doesNotMatch(loc.artifactLocation.uri, /\\|^\//);
    }
    const missing = runLog.results.find((x) => x.ruleId === 'required-sections')!;
    assert.equal(missing.level, 'error');
    assert.equal(missing.locations[0].physicalLocation.artifactLocation.uri, `${FIX}/en-missing-section.md`);
    assert.deepEqual(missing.locations[0].physicalLocation.region, { startLine: 1, startColumn: 1, endLine: 1, endColumn: 27 });
    const replacement = missing.fixes![0].artifactChanges[0].replacements[0];
    assert.deepEqual(replacement.deletedRegion, { startLine: 3, startColumn: 1, endLine: 3, endColumn: 1 });
    assert.match(replacement.insertedContent.text, /^## Impact/);
    assert.ok(runLog.results.some((x) => x.level === 'note'));
    assert.ok(runLog.results.some((x) => x.level === 'warning'));

    // Broken configs found on the way are reported to the consumer too.
    const notes = runLog.invocations[0].toolConfigurationNotifications ?? [];
    const unknown = notes.find((n) => /timeline-ordr/.test(n.message.text))!;
    assert.equal(unknown.locations[0].physicalLocation.artifactLocation.uri, `${FIX}/broken/unknown-rule/.postmortemrc.json`);
    assert.equal(unknown.locations[0].physicalLocation.region?.startLine, 3);
  });

  it('is valid with no results, and encodes non-ASCII file names in URIs', () => {
    writeFileSync(join(tmp, '.postmortemrc.json'), '{}');
    writeFileSync(join(tmp, '결제 장애.md'), '---\ntype: postmortem\n---\n# 결제 장애\n\n내용 없음\n');
    const r = cli(['--format', 'sarif', '--today', '2026-11-25', '.'], tmp);
    const log = JSON.parse(r.stdout) as SarifLog;
    assertValid(log);
    const uris = log.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri);
    assert.ok(uris.length > 0);
    for (const uri of uris) assert.equal(uri, encodeURIComponent('결제 장애.md'));

    const clean = cli(['--format', 'sarif', '--today', '2026-11-25', `${FIX}/tree/teams/search`]);
    assert.equal(clean.code, 0);
    const empty = JSON.parse(clean.stdout) as SarifLog;
    assertValid(empty);
    assert.deepEqual(empty.runs[0].results, []);
  });
});
