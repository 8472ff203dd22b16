/**
 * Open action items across postmortems as rows for a tracker's import (Jira
 * and Linear read CSV): one row per item with its id, where it is, what it
 * asks, owner, due date and state.
 */
import { isOverdue } from '../model/overdue.js';
import type { PostmortemModel } from '../model/types.js';
import { actionItemId } from './item-id.js';
import { issueTitle, lineLink, newIssueUrl, type Remote } from './issue-link.js';

export interface ActionItemRow {
  id: string;
  title: string;
  owner: string | null;
  due: string | null;
  state: 'open' | 'overdue' | 'done';
  /** The postmortem's path as the caller names it, and the item's line. */
  path: string;
  line: number;
  postmortem: string | null;
  /** The line in the repository and a prefilled new-issue page, when the repository's remote is GitHub or GitLab. */
  link: string | null;
  newIssue: string | null;
}

export interface ExportOptions {
  today: string;
  /** Done items too (default: open ones only, what a tracker import wants). */
  all?: boolean;
  remote?: Remote | null;
}

export function actionItemRows(postmortems: ReadonlyArray<{ path: string; model: PostmortemModel }>, options: ExportOptions): ActionItemRow[] {
  const rows: ActionItemRow[] = [];
  const remote = options.remote ?? null;
  for (const { path, model } of postmortems) {
    for (const item of model.actionItems) {
      if (item.done && !options.all) continue;
      const id = actionItemId(path, item.text);
      const title = issueTitle(item.text);
      rows.push({
        id,
        title,
        owner: item.owner,
        due: item.due,
        state: item.done ? 'done' : isOverdue(item, options.today) ? 'overdue' : 'open',
        path,
        line: item.line,
        postmortem: model.title,
        link: remote ? lineLink(remote, path, item.line) : null,
        newIssue: remote ? newIssueUrl(remote, { title, owner: item.owner, due: item.due, path, line: item.line, postmortemTitle: model.title, id }) : null,
      });
    }
  }
  return rows;
}

const COLUMNS: Array<keyof ActionItemRow> = ['id', 'title', 'owner', 'due', 'state', 'path', 'line', 'postmortem', 'link', 'newIssue'];

/**
 * RFC 4180 CSV. A cell that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or CR) is prefixed with an apostrophe, the usual guard
 * against formula injection from text anyone can write.
 */
export function toCsv(rows: readonly ActionItemRow[]): string {
  const cell = (value: string | number | null): string => {
    let s = value === null ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  // Owners are written as handles (@kim); a tracker's import wants the name, and a leading @ is a formula to a spreadsheet.
  const value = (r: ActionItemRow, c: keyof ActionItemRow) => (c === 'owner' && r.owner ? r.owner.replace(/^@/, '') : r[c]);
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(value(r, c))).join(','))].join('\r\n') + '\r\n';
}
