/**
 * Times, list items, checkboxes and status cells that follow Korean text,
 * emoji and tabs on their line: the model's spans land exactly on them.
 */
import fc from 'fast-check';
import { modelOf } from '../../../src/core/lint/lint.js';
import { positionedDoc, type Mark } from '../arbitraries/positioned.js';
import { checkModel, Lines } from '../invariants.js';
import type { Tally } from '../tally.js';

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}\n${JSON.stringify(detail)}`);
}

export function checkPositions(text: string, marks: Mark[]): void {
  const model = modelOf(text);
  checkModel(new Lines(text), model);
  for (const e of model.timeline) {
    const slice = text.slice(e.span.start.offset, e.span.end.offset);
    if (slice !== e.rawTime) fail('the time span does not cover rawTime', { rawTime: e.rawTime, slice, span: e.span });
  }
  const items = new Map(model.actionItems.map((a) => [a.span.start.offset, a]));
  for (const mark of marks) {
    if (mark.kind === 'time') {
      const entry = model.timeline.find((e) => e.span.start.offset === mark.offset);
      if (!entry) fail(`no timeline entry starts at the time on line ${mark.line}`, { mark, found: model.timeline.map((e) => [e.rawTime, e.span.start]) });
      if (!mark.text.startsWith(entry.rawTime)) fail('rawTime is not the time written', { mark, rawTime: entry.rawTime });
    } else if (mark.kind === 'item') {
      const item = items.get(mark.offset);
      if (!item || item.line !== mark.line) fail(`no action item starts at line ${mark.line}`, { mark, found: model.actionItems.map((a) => a.span.start) });
    } else {
      const item = model.actionItems.find((a) => a.line === mark.line);
      const marker = item?.doneMarker;
      if (!marker) fail(`no ${mark.kind} marker on line ${mark.line}`, { mark, item });
      const slice = text.slice(marker.start.offset, marker.end.offset);
      if (mark.kind === 'box' ? slice !== mark.text : !slice.includes(mark.text)) fail(`the ${mark.kind} span misses "${mark.text}"`, { slice, marker });
    }
  }
}

export function positionsProperty(tally: Tally) {
  return fc.property(positionedDoc, (doc) => tally.check(doc.text, [() => checkPositions(doc.text, doc.marks)]));
}
