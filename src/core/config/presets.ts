import type { SectionKind } from '../model/types.js';
import type { PresetName } from './types.js';

/**
 * Required sections per template family. `seed` (the default) is the classic
 * list: timeline, impact, detailed analysis and action items.
 */
export const PRESETS: Record<PresetName, { description: string; requiredSections: SectionKind[] }> = {
  default: {
    description: 'Timeline, impact, analysis (5 Whys) and action items.',
    requiredSections: ['timeline', 'impact', 'analysis', 'action-items'],
  },
  seed: {
    description: 'The four parts every postmortem needs: timeline, impact, detailed analysis by 5 Whys, action items.',
    requiredSections: ['timeline', 'impact', 'analysis', 'action-items'],
  },
  'google-sre': {
    description: 'Google SRE book template: summary, impact, root causes, detection, resolution, action items, lessons, timeline.',
    requiredSections: ['summary', 'impact', 'analysis', 'detection', 'recovery', 'action-items', 'lessons', 'timeline'],
  },
  pagerduty: {
    description: 'PagerDuty template: overview, what happened (timeline), contributing factors, resolution, impact, action items, lessons.',
    requiredSections: ['summary', 'timeline', 'analysis', 'recovery', 'impact', 'action-items', 'lessons'],
  },
  atlassian: {
    description: 'Atlassian template: summary, impact, detection, response, recovery, timeline, five whys / root cause, lessons, corrective actions.',
    requiredSections: ['summary', 'impact', 'detection', 'response', 'recovery', 'timeline', 'analysis', 'lessons', 'action-items'],
  },
};

export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];
