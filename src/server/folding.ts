import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { PostmortemModel } from '../core/model/types.js';

/** One fold per section, from its heading to its last line of content. */
export function foldingRanges(model: PostmortemModel): FoldingRange[] {
  return model.sections
    .filter((s) => s.endLine > s.line)
    .map((s) => ({ startLine: s.line - 1, endLine: s.endLine - 1, kind: FoldingRangeKind.Region }));
}
