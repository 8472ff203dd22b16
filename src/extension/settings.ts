import * as vscode from 'vscode';

export type RunMode = 'onType' | 'onSave';

/** The `postmortem.*` settings that configure the analysis and that the user set, under the settings' names (the server maps them to the config file's). */
export function userSettings(scope?: vscode.Uri): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('postmortem', scope);
  const raw: Record<string, unknown> = {};
  const copy = (key: string) => {
    const inspected = c.inspect(key);
    // Only values the user set: defaults come from the core, so both stay in one place.
    const value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (value !== undefined) raw[key] = value;
  };
  copy('preset');
  copy('requiredSections');
  copy('rules');
  copy('blameTerms');
  copy('allowedTerms');
  copy('fiveWhysDepth');
  copy('postmortemGlobs');
  copy('maxFileSize');
  copy('messageLanguage');
  return raw;
}

export function runMode(scope?: vscode.Uri): RunMode {
  return vscode.workspace.getConfiguration('postmortem', scope).get<RunMode>('run', 'onType');
}

export function isEnabled(scope?: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('postmortem', scope).get<boolean>('enable', true);
}

/** The zone inserted times are written in when the timeline states none: the setting, else the language's usual zone. */
export function insertZone(language: 'en' | 'ko', scope?: vscode.Uri): string {
  const set = vscode.workspace.getConfiguration('postmortem', scope).get<string>('timeZone', '').trim();
  return set || (language === 'ko' ? 'KST' : 'UTC');
}
