/**
 * A new-issue link for the repository the postmortem lives in, so an action
 * item reaches the team's tracker with its title, owner, due date and a link
 * back to the line it came from. GitHub and GitLab (gitlab.com or a host
 * named like one) take the fields as query parameters of their new-issue
 * page; nothing is sent anywhere until the user opens the link.
 */
export interface Remote {
  kind: 'github' | 'gitlab';
  /** `https://github.com/acme/ops`, without `.git`. */
  web: string;
}

/**
 * The web address of a git remote: `git@github.com:acme/ops.git`,
 * `https://github.com/acme/ops`, `ssh://git@gitlab.example.com:2222/group/sub/ops.git`.
 * Null for a host that is neither GitHub nor GitLab, or a local path.
 */
export function parseRemote(url: string): Remote | null {
  const text = url.trim();
  let host: string;
  let path: string;
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(text);
  const full = /^(?:https?|ssh|git)(?:\+ssh)?:\/\/(?:[^@/]+@)?([\w.-]+)(?::\d+)?\/(.+)$/.exec(text);
  if (full) [host, path] = [full[1]!, full[2]!];
  else if (scp && !/^[A-Za-z]$/.test(scp[1]!)) [host, path] = [scp[1]!, scp[2]!];
  else return null;
  path = path.replace(/\.git\/?$/, '').replace(/\/+$/, '');
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(path)) return null;
  const lower = host.toLowerCase();
  const kind = lower === 'github.com' || lower.endsWith('.github.com') ? 'github' : /(^|[.-])gitlab([.-]|$)/.test(lower) ? 'gitlab' : null;
  // A GitHub repository is owner/name; GitLab allows nested groups.
  if (!kind || (kind === 'github' && path.split('/').length !== 2)) return null;
  return { kind, web: `https://${lower}/${path}` };
}

export interface IssueFields {
  title: string;
  owner: string | null;
  due: string | null;
  /** The postmortem's path inside the repository, with `/` separators. */
  path: string;
  line: number;
  postmortemTitle: string | null;
  id: string;
}

/** A link to the line in the repository's default branch. */
export function lineLink(remote: Remote, path: string, line: number): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${remote.web}${remote.kind === 'gitlab' ? '/-' : ''}/blob/HEAD/${encoded}#L${line}`;
}

function issueBody(fields: IssueFields, remote: Remote): string {
  return [
    `Action item from the postmortem${fields.postmortemTitle ? ` "${fields.postmortemTitle}"` : ''}: ${lineLink(remote, fields.path, fields.line)}`,
    '',
    `- Owner: ${fields.owner ?? 'not set'}`,
    `- Due: ${fields.due ?? 'not set'}`,
    `- Item id: ${fields.id}`,
  ].join('\n');
}

/** The item as an issue title: its words without the box, the bracket of fields and table pipes. */
export function issueTitle(itemText: string): string {
  return itemText
    .replace(/^\s*\[[ xX✓✔]\]\s*/, '')
    .replace(/\s*[([][^()[\]]*(?:owner|due|담당|기한|마감|완료|status|상태)\s*[:：=][^()[\]]*[)\]]/giu, '')
    .replace(/\s*\|\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** GitHub keeps the whole link under about 8 KB; a longer title or body is cut, never the link broken. */
const MAX_FIELD = 2000;
const cut = (s: string) => (s.length > MAX_FIELD ? s.slice(0, MAX_FIELD - 1) + '…' : s);

/** The new-issue page with the fields filled in. */
export function newIssueUrl(remote: Remote, fields: IssueFields): string {
  const title = cut(fields.title.replace(/\s+/g, ' ').trim());
  const body = cut(issueBody(fields, remote));
  const params = new URLSearchParams();
  if (remote.kind === 'github') {
    params.set('title', title);
    params.set('body', body);
    const login = fields.owner && /^@[A-Za-z\d](?:[A-Za-z\d-]{0,38})$/.test(fields.owner) ? fields.owner.slice(1) : null;
    if (login) params.set('assignees', login);
    return `${remote.web}/issues/new?${params}`;
  }
  params.set('issue[title]', title);
  params.set('issue[description]', body);
  if (fields.due && /^\d{4}-\d{2}-\d{2}$/.test(fields.due)) params.set('issue[due_date]', fields.due);
  return `${remote.web}/-/issues/new?${params}`;
}
