import * as vscode from 'vscode';

export type RunMode = 'onType' | 'onSave';

/** Reads `postmortem.*` settings as a raw configuration object in the config file's shape. */
export function settingsConfig(scope?: vscode.Uri): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('postmortem', scope);
  const raw: Record<string, unknown> = {};
  const copy = (key: string, target = key) => {
    const inspected = c.inspect(key);
    // Only values the user set: defaults come from the core, so both stay in one place.
    const value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (value !== undefined) raw[target] = value;
  };
  copy('preset');
  copy('requiredSections');
  copy('rules');
  copy('blameTerms');
  copy('allowedTerms');
  copy('fiveWhysDepth');
  copy('postmortemGlobs');
  copy('maxFileSize');
  copy('messageLanguage', 'language');
  return raw;
}

export function runMode(scope?: vscode.Uri): RunMode {
  return vscode.workspace.getConfiguration('postmortem', scope).get<RunMode>('run', 'onType');
}

export function isEnabled(scope?: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('postmortem', scope).get<boolean>('enable', true);
}
