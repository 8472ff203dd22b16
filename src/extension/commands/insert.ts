import * as vscode from 'vscode';
import type { PostmortemModel, SectionKind } from '../../core/model/types.js';
import { sectionMarkdown } from '../../core/templates/sections.js';
import type { AnalysisService } from '../analysis.js';
import { wallClock } from '../../core/clock.js';
import { incidentDay } from '../../core/model/incident-date.js';
import { insertZone } from '../settings.js';

async function activeModel(analysis: AnalysisService): Promise<{ editor: vscode.TextEditor; model: PostmortemModel } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a postmortem Markdown file first.'));
    return undefined;
  }
  const a = await analysis.analyze(editor.document);
  return a ? { editor, model: a.result.model } : undefined;
}

/** Inserts a snippet on a new line after `line` (1-based), or at the end of the section, creating it if absent. */
async function insertAfter(editor: vscode.TextEditor, model: PostmortemModel, line: number | undefined, kind: Exclude<SectionKind, 'other'>, snippet: string): Promise<void> {
  const doc = editor.document;
  if (line !== undefined) {
    const end = doc.lineAt(line - 1).range.end;
    await editor.insertSnippet(new vscode.SnippetString('\n' + snippet), end);
    return;
  }
  const section = model.sections.find((s) => s.kind === kind && s.depth <= 6);
  if (section) {
    const at = doc.positionAt(section.endOffset);
    await editor.insertSnippet(new vscode.SnippetString('\n\n' + snippet), at);
    return;
  }
  const body = sectionMarkdown(kind, model.language, 2).replace(/\$/g, '\\$');
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  await editor.insertSnippet(new vscode.SnippetString(`\n\n${body}\n${snippet}`), end);
}

/** The incident's day as the timeline last stated it, else the document's date. */
function incidentDate(model: PostmortemModel): string | null {
  return model.timeline.filter((e) => e.date).pop()?.date ?? incidentDay(model);
}

/**
 * Adds "now" to the timeline, in the zone the timeline states (else the
 * configured one, else the language's usual zone, which the entry then
 * names), with the date when it is not the incident's day, after the last
 * entry: where the time belongs, whatever the cursor.
 */
export async function insertTimelineEntry(analysis: AnalysisService): Promise<void> {
  const ctx = await activeModel(analysis);
  if (!ctx) return;
  const { editor, model } = ctx;
  const stated = model.timeline.find((e) => e.zone)?.zone ?? null;
  let zone = stated ?? insertZone(model.language, editor.document.uri);
  let clock = wallClock(zone);
  if (!clock) [zone, clock] = ['UTC', wallClock('UTC')!];
  const day = incidentDate(model);
  const time = `${day !== null && day !== clock.date ? clock.date + ' ' : ''}${clock.time}${stated && zone === stated ? '' : ' ' + zone}`;
  // Now is later than every entry of a timeline written in order: its place is after the last one.
  const line = model.timeline[model.timeline.length - 1]?.line;
  const isTable = line !== undefined && /^\s*\|/.test(editor.document.lineAt(line - 1).text);
  const snippet = isTable ? `| ${time} | \${1:${vscode.l10n.t('what happened')}} |` : `- ${time} — \${1:${vscode.l10n.t('what happened')}}`;
  await insertAfter(editor, model, line, 'timeline', snippet);
}

export async function addWhy(analysis: AnalysisService): Promise<void> {
  const ctx = await activeModel(analysis);
  if (!ctx) return;
  const { editor, model } = ctx;
  const n = model.whys.length + 1;
  const last = model.whys[model.whys.length - 1];
  const numbered = last ? /^\s*\d+[.)]/.test(editor.document.lineAt(last.line - 1).text) : true;
  const question = model.language === 'ko' ? `왜 \${1:…}? \${2:답}` : `Why \${1:…}? \${2:because …}`;
  await insertAfter(editor, model, last ? last.span.end.line : undefined, 'analysis', numbered ? `${n}. ${question}` : `- ${question}`);
}

export async function addActionItem(analysis: AnalysisService): Promise<void> {
  const ctx = await activeModel(analysis);
  if (!ctx) return;
  const { editor, model } = ctx;
  const last = model.actionItems.filter((a) => a.kind === 'list').pop();
  const snippet =
    model.language === 'ko'
      ? '- [ ] ${1:바꿀 내용} (담당: @${2:이름}, 기한: ${3:YYYY-MM-DD})'
      : '- [ ] ${1:What will change} (owner: @${2:name}, due: ${3:YYYY-MM-DD})';
  await insertAfter(editor, model, last?.span.end.line, 'action-items', snippet);
}
