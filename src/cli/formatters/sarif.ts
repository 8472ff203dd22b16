import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConfigProblem } from '../../core/config/types.js';
import type { Severity } from '../../core/lint/types.js';
import { DOCS_BASE } from '../../core/rules/define.js';
import { RULES } from '../../core/rules/index.js';
import { isInside, toPosix } from '../paths.js';
import { suggestionsOf } from './suggestions.js';
import type { FileReport } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = DOCS_BASE.replace(/\/blob\/.*$/, '');
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

/** Messages the linter itself emits, outside the rule registry. */
const BUILT_IN: Record<string, { description: string; level: Level }> = {
  'file-too-large': { description: 'The document is small enough to analyse (see maxFileSize).', level: 'note' },
  'front-matter': { description: 'The front matter can be read.', level: 'warning' },
  'document-too-complex': { description: 'The document nests shallowly enough to analyse.', level: 'note' },
  'analysis-timeout': { description: 'The analysis of the document ends within its time budget (see analysisTimeoutMs).', level: 'error' },
};

interface ReportingDescriptor {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: Level };
}

export interface SarifOptions {
  version: string;
  cwd: string;
  /** Config problems, reported as tool configuration notifications. */
  configProblems?: ConfigProblem[];
  /** False when some file could not be read or linted. */
  executionSuccessful?: boolean;
}

/**
 * A file's location: relative to %SRCROOT% (the working folder) when inside
 * it, so code-scanning services can map it to the repository; else a file URL.
 */
function artifactLocation(absPath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (!isInside(absPath, cwd)) return { uri: pathToFileURL(absPath).href };
  return { uri: toPosix(relative(cwd, absPath)).split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(r: { line: number; column: number; endLine: number; endColumn: number }) {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

/** SARIF 2.1.0 output (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), one run. */
export function toSarif(reports: FileReport[], options: SarifOptions): object {
  // Every rule is listed, so a rule's index is the same from run to run.
  const rules: ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: rule.url,
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndex = (id: string, url: string) => {
    let i = index.get(id);
    if (i === undefined) {
      const builtIn = BUILT_IN[id];
      i = rules.push({ id, shortDescription: { text: builtIn?.description ?? id }, helpUri: url, defaultConfiguration: { level: builtIn?.level ?? 'warning' } }) - 1;
      index.set(id, i);
    }
    return i;
  };

  const results = reports.flatMap((report) => {
    const location = artifactLocation(report.path, options.cwd);
    return report.messages.map((m) => {
      const fixes = suggestionsOf(m).map((s) => ({
        description: { text: s.title },
        artifactChanges: [
          {
            artifactLocation: location,
            replacements: s.edits.map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.newText } })),
          },
        ],
      }));
      return {
        ruleId: m.ruleId,
        ruleIndex: ruleIndex(m.ruleId, m.url),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(m) } }],
        ...(m.related?.length ? { relatedLocations: m.related.map((r, id) => ({ id, physicalLocation: { artifactLocation: r.uri ? artifactLocation(resolve(options.cwd, r.uri), options.cwd) : location, region: region(r) }, message: { text: r.message } })) } : {}),
        ...(fixes.length ? { fixes } : {}),
      };
    });
  });

  const notifications = (options.configProblems ?? []).map((p) => ({
    level: 'warning' as const,
    message: { text: p.key ? `${p.message} (${p.key})` : p.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(resolve(options.cwd, p.source), options.cwd),
          ...(p.line ? { region: { startLine: p.line } } : {}),
        },
      },
    ],
  }));

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'postmortem-lint', version: options.version, informationUri: INFORMATION_URI, rules } },
        invocations: [
          {
            executionSuccessful: options.executionSuccessful ?? true,
            ...(notifications.length ? { toolConfigurationNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.cwd).href.replace(/\/?$/, '/') } },
        // Columns in messages count UTF-16 code units, as editors do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(reports: FileReport[], options: SarifOptions): string {
  return JSON.stringify(toSarif(reports, options), null, 2) + '\n';
}
