import type { Construct, Extension } from 'micromark-util-types';
import type { Processor } from 'unified';

/**
 * Rewrites the text constructs of the micromark extensions plugins before this
 * one registered (remark-gfm's): each construct is kept, replaced, or dropped
 * (`undefined`). Used to work around GFM constructs that are slow on some input.
 */
export function mapTextConstructs(processor: Processor, change: (construct: Construct) => Construct | undefined): void {
  const data = processor.data() as { micromarkExtensions?: Extension[] };
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((extension) => {
    if (!extension.text) return extension;
    const text: NonNullable<Extension['text']> = {};
    for (const [code, value] of Object.entries(extension.text)) {
      if (!value) continue;
      const kept = (Array.isArray(value) ? value : [value as Construct]).map(change).filter((c): c is Construct => c !== undefined);
      text[code as unknown as number] = kept;
    }
    return { ...extension, text };
  });
}
