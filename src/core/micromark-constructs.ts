import type { Construct, Extension } from 'micromark-util-types';
import type { Processor } from 'unified';

/** The fields of a micromark extension that map character codes to constructs. */
const HOOKS = ['document', 'contentInitial', 'flowInitial', 'flow', 'string', 'text', 'insideSpan'] as const;

/**
 * Rewrites the constructs of the micromark extensions plugins before this one
 * registered (remark-gfm's): each construct is kept, replaced, or dropped
 * (`undefined`). Used to work around GFM constructs that are slow on some
 * input, and to leave out those a document cannot hold. GFM registers the
 * same construct under many characters: `change` sees each construct once,
 * and its answer stands wherever the construct is registered.
 */
export function mapConstructs(processor: Processor, change: (construct: Construct) => Construct | undefined): void {
  const answers = new Map<Construct, Construct | undefined>();
  const once = (construct: Construct): Construct | undefined => {
    if (!answers.has(construct)) answers.set(construct, change(construct));
    return answers.get(construct);
  };
  const data = processor.data() as { micromarkExtensions?: Extension[] };
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((extension) => {
    let changed: Extension | undefined;
    for (const hook of HOOKS) {
      const map = extension[hook];
      if (!map) continue;
      const mapped: Record<string, Construct[]> = {};
      for (const [code, value] of Object.entries(map)) {
        if (!value) continue;
        mapped[code] = (Array.isArray(value) ? value : [value as Construct]).map(once).filter((c): c is Construct => c !== undefined);
      }
      changed ??= { ...extension };
      changed[hook] = mapped as never;
    }
    return changed ?? extension;
  });
}
