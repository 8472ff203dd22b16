/**
 * Files an action item is about: paths it names in backticks
 * ("add a diff step to `deploy/pipeline.yaml`"), so the item can be shown in
 * that file. Only what looks like a path counts: a name with an extension or
 * a folder, not `kubectl rollout undo` or `timeout=30s`.
 */
const CODE_SPAN = /`([^`\n]{1,200})`/g;
const PATH = /^(?:\.\/)?(?:[\w@.-]+\/)*[\w@-][\w@.-]*\.[A-Za-z][\w-]{0,9}$|^(?:\.\/)?(?:[\w@.-]+\/)+[\w@.-]+\/?$/;

/** The paths named in backticks, as written (without a leading `./` or trailing `/`). */
export function fileReferences(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CODE_SPAN)) {
    const ref = m[1]!.trim();
    // A URL or a version ("v1.2.3") is not a file of the workspace.
    if (!PATH.test(ref) || /^\d+(\.\d+)+$/.test(ref) || ref.includes('://')) continue;
    const clean = ref.replace(/^\.\//, '').replace(/\/$/, '');
    if (!out.includes(clean)) out.push(clean);
  }
  return out;
}

/** Whether a reference names the file at `path` (relative to the workspace folder, with `/`): the whole path or its tail. */
export function refersTo(ref: string, path: string): boolean {
  // "pipeline.yaml" or "deploy/pipeline.yaml" names "infra/deploy/pipeline.yaml".
  return ref === path || path.endsWith('/' + ref);
}
