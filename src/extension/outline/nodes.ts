import * as vscode from 'vscode';
import { isOverdue } from '../../core/model/overdue.js';
import type { ActionItem, Phase, PostmortemModel, SectionKind, TimelineEntry, Why } from '../../core/model/types.js';
import type { RelatedIncidentInfo } from '../../protocol.js';

export type OutlineNode =
  | { kind: 'header'; model: PostmortemModel }
  | { kind: 'group'; id: 'timeline' | 'whys' | 'actions' | 'missing'; model: PostmortemModel }
  | { kind: 'entry'; entry: TimelineEntry }
  | { kind: 'why'; whys: Why[]; index: number }
  | { kind: 'term'; term: 'short' | 'mid' | 'long' | 'none'; items: ActionItem[]; today: string }
  | { kind: 'action'; item: ActionItem; today: string }
  | { kind: 'missing'; section: SectionKind }
  | { kind: 'relatedGroup'; incidents: RelatedIncidentInfo[] }
  | { kind: 'related'; incident: RelatedIncidentInfo };

const PHASE_ICONS: Record<Phase, [string, string]> = {
  detection: ['bell', 'charts.yellow'],
  classification: ['tag', 'charts.orange'],
  propagation: ['broadcast', 'charts.blue'],
  recovery: ['pass', 'charts.green'],
};

function minutes(n: number | null): string {
  if (n === null) return '–';
  return n >= 60 ? `${Math.floor(n / 60)}h ${n % 60}m` : `${n}m`;
}

const TERM_LABELS = {
  short: () => vscode.l10n.t('Short-term'),
  mid: () => vscode.l10n.t('Mid-term'),
  long: () => vscode.l10n.t('Long-term'),
  none: () => vscode.l10n.t('No term'),
};

const SECTION_LABELS: Record<SectionKind, () => string> = {
  summary: () => vscode.l10n.t('Summary'),
  impact: () => vscode.l10n.t('Impact'),
  timeline: () => vscode.l10n.t('Timeline'),
  analysis: () => vscode.l10n.t('Analysis (5 Whys)'),
  'action-items': () => vscode.l10n.t('Action Items'),
  detection: () => vscode.l10n.t('Detection'),
  response: () => vscode.l10n.t('Response'),
  recovery: () => vscode.l10n.t('Recovery'),
  lessons: () => vscode.l10n.t('Lessons Learned'),
  other: () => vscode.l10n.t('Other'),
};

function reveal(uri: vscode.Uri, line: number): vscode.Command {
  return { command: 'postmortem.revealLine', title: vscode.l10n.t('Go to line'), arguments: [uri, line] };
}

/** Turns a node into the tree item VS Code shows. */
export function toTreeItem(node: OutlineNode, uri: vscode.Uri): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  switch (node.kind) {
    case 'header': {
      const m = node.model;
      const item = new vscode.TreeItem(m.title ?? vscode.l10n.t('Untitled postmortem'), C.None);
      const parts = [m.metadata.severity, m.metadata.date].filter((x) => x !== undefined && x !== null).map(String);
      parts.push(vscode.l10n.t('TTD {0}', minutes(m.metrics.timeToDetectMinutes)), vscode.l10n.t('TTR {0}', minutes(m.metrics.timeToRecoverMinutes)));
      item.description = parts.join(' · ');
      item.iconPath = new vscode.ThemeIcon('flame');
      item.tooltip = `${item.label}\n${item.description}`;
      item.contextValue = 'postmortem.header';
      // The title goes to the document's H1 (or its first line).
      item.command = reveal(uri, m.sections.find((x) => x.depth === 1)?.line ?? 1);
      return item;
    }
    case 'group': {
      const m = node.model;
      const [label, count, icon] =
        node.id === 'timeline'
          ? [vscode.l10n.t('Timeline'), m.timeline.length, 'history']
          : node.id === 'whys'
            ? [vscode.l10n.t('5 Whys'), m.whys.length, 'question']
            : node.id === 'actions'
              ? [vscode.l10n.t('Action Items'), m.actionItems.length, 'checklist']
              : [vscode.l10n.t('Missing sections'), m.missingSections.length, 'warning'];
      const item = new vscode.TreeItem(label, count ? C.Expanded : C.None);
      item.id = `group:${node.id}`;
      item.description = String(count);
      item.iconPath = new vscode.ThemeIcon(icon, node.id === 'missing' ? new vscode.ThemeColor('list.warningForeground') : undefined);
      item.contextValue = `postmortem.group.${node.id}`;
      return item;
    }
    case 'entry': {
      const e = node.entry;
      const time = e.time ?? e.date ?? e.rawTime;
      const item = new vscode.TreeItem(`${time}  ${e.text}`, C.None);
      const [icon, color] = e.phase ? PHASE_ICONS[e.phase] : ['circle-small', ''];
      item.iconPath = new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
      item.description = e.phase ? phaseLabel(e.phase) : undefined;
      item.tooltip = `${e.iso ?? [e.date, e.time, e.zone].filter(Boolean).join(' ')}\n${e.text}`;
      item.command = reveal(uri, e.line);
      item.contextValue = 'postmortem.timelineEntry';
      return item;
    }
    case 'why': {
      const w = node.whys[node.index];
      const last = node.index === node.whys.length - 1;
      const item = new vscode.TreeItem(w.text, last ? C.None : C.Expanded);
      item.id = `why:${node.index}`;
      item.description = vscode.l10n.t('Why {0}', node.index + 1);
      item.iconPath = new vscode.ThemeIcon(last ? 'target' : 'arrow-down');
      item.command = reveal(uri, w.line);
      item.tooltip = w.text;
      return item;
    }
    case 'term': {
      const item = new vscode.TreeItem(TERM_LABELS[node.term](), C.Expanded);
      item.id = `term:${node.term}`;
      const overdue = node.items.filter((i) => isOverdue(i, node.today)).length;
      const n = node.items.length;
      item.description =
        n === 1
          ? overdue ? vscode.l10n.t('1 item, overdue') : vscode.l10n.t('1 item')
          : overdue ? vscode.l10n.t('{0} items, {1} overdue', n, overdue) : vscode.l10n.t('{0} items', n);
      item.iconPath = new vscode.ThemeIcon('milestone');
      return item;
    }
    case 'action': {
      const a = node.item;
      const overdue = isOverdue(a, node.today);
      const item = new vscode.TreeItem(a.text, C.None);
      const parts = [a.owner ?? vscode.l10n.t('no owner'), a.due ? vscode.l10n.t('due {0}', a.due) : vscode.l10n.t('no due date')];
      if (a.done) parts.push(vscode.l10n.t('done'));
      else if (overdue) parts.push(vscode.l10n.t('overdue'));
      item.description = parts.join(' · ');
      item.iconPath = a.done
        ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('charts.green'))
        : overdue
          ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground'))
          : new vscode.ThemeIcon('circle-large-outline');
      item.tooltip = `${a.text}\n${item.description}`;
      item.command = reveal(uri, a.line);
      item.contextValue = overdue ? 'postmortem.actionItem.overdue' : 'postmortem.actionItem';
      return item;
    }
    case 'missing': {
      const item = new vscode.TreeItem(vscode.l10n.t('Missing: {0}', SECTION_LABELS[node.section]()), C.None);
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
      item.contextValue = 'postmortem.missingSection';
      return item;
    }
    case 'relatedGroup': {
      const n = node.incidents.length;
      const item = new vscode.TreeItem(vscode.l10n.t('Related incidents'), n ? C.Collapsed : C.None);
      item.id = 'group:related';
      item.description = n ? String(n) : vscode.l10n.t('none found');
      item.iconPath = new vscode.ThemeIcon('references');
      item.tooltip = vscode.l10n.t('Earlier postmortems whose cause or affected systems read most alike');
      item.contextValue = 'postmortem.group.related';
      return item;
    }
    case 'related': {
      const r = node.incident;
      const item = new vscode.TreeItem(r.title, C.None);
      item.id = `related:${r.uri}`;
      // Why it is related: the words both postmortems lean on.
      item.description = r.sharedTerms.join(', ');
      const target = vscode.Uri.parse(r.uri, true);
      item.iconPath = new vscode.ThemeIcon('file');
      item.tooltip = [r.title, r.date, vscode.l10n.t('Shared terms: {0}', r.sharedTerms.join(', ')), vscode.workspace.asRelativePath(target)].filter(Boolean).join('\n');
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open related postmortem'), arguments: [target] };
      item.contextValue = 'postmortem.relatedIncident';
      return item;
    }
  }
}

export function phaseLabel(p: Phase): string {
  return { detection: vscode.l10n.t('detection'), classification: vscode.l10n.t('classification'), propagation: vscode.l10n.t('propagation'), recovery: vscode.l10n.t('recovery') }[p];
}

/**
 * The children of a node: the tree's shape lives here, apart from how items look.
 * `related` is the language server's answer for the document, once it came.
 */
export function childrenOf(node: OutlineNode | undefined, model: PostmortemModel, today: string, related?: RelatedIncidentInfo[]): OutlineNode[] {
  if (!node) {
    const out: OutlineNode[] = [{ kind: 'header', model }];
    if (model.missingSections.length) out.push({ kind: 'group', id: 'missing', model });
    out.push({ kind: 'group', id: 'timeline', model }, { kind: 'group', id: 'whys', model }, { kind: 'group', id: 'actions', model });
    if (related) out.push({ kind: 'relatedGroup', incidents: related });
    return out;
  }
  switch (node.kind) {
    case 'relatedGroup':
      return node.incidents.map((incident) => ({ kind: 'related', incident }));
    case 'group':
      if (node.id === 'timeline') return model.timeline.map((entry) => ({ kind: 'entry', entry }));
      if (node.id === 'whys') return model.whys.length ? [{ kind: 'why', whys: model.whys, index: 0 }] : [];
      if (node.id === 'missing') return model.missingSections.map((section) => ({ kind: 'missing', section }));
      return (['short', 'mid', 'long', 'none'] as const)
        .map((term) => ({ kind: 'term' as const, term, items: model.actionItems.filter((a) => (a.term ?? 'none') === term), today }))
        .filter((g) => g.items.length);
    case 'why':
      // Each why is the child of the one before: the path to the root cause reads top-down.
      return node.index + 1 < node.whys.length ? [{ kind: 'why', whys: node.whys, index: node.index + 1 }] : [];
    case 'term':
      return node.items.map((item) => ({ kind: 'action', item, today }));
    default:
      return [];
  }
}
