import type { Family } from '../measure.js';
import { incrementalFamilies } from './incremental.js';
import { issueFamilies } from './issues.js';
import { markdownFamilies } from './markdown.js';
import { postmortemFamilies } from './postmortem.js';
import { relatedFamilies } from './related.js';

export const FAMILIES: Family[] = [...issueFamilies, ...markdownFamilies, ...postmortemFamilies, ...incrementalFamilies, ...relatedFamilies];
