/**
 * Folders of files for the CLI: Markdown in UTF-8 (with and without a BOM),
 * UTF-16 with a BOM, invalid UTF-8, binary bytes, config files with any
 * content, and command lines that lint them.
 */
import fc from 'fast-check';
import { configCase } from './config.js';
import { markdown } from './markdown.js';

const INVALID_UTF8 = [[0xc3], [0xff], [0xfe], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80]];

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'utf16be-bom' | 'invalid-utf8' | 'nul';

export function encode(text: string, encoding: Encoding, bad: number[], at: number): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'invalid-utf8':
    case 'nul': {
      const bytes = Buffer.from(text, 'utf8');
      const i = at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, i), Buffer.from(encoding === 'nul' ? [0] : bad), bytes.subarray(i)]);
    }
  }
}

const content: fc.Arbitrary<Uint8Array> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(markdown, fc.constantFrom<Encoding>('utf8', 'utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'invalid-utf8', 'nul'), fc.constantFrom(...INVALID_UTF8), fc.nat())
      .map(([text, encoding, bad, at]) => encode(text, encoding, bad, at)),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom(new Uint8Array(), Uint8Array.from([0xef, 0xbb, 0xbf]), Uint8Array.from([0xff, 0xfe]), Uint8Array.from([0xfe, 0xff, 0x00])) },
);

const NAMES = ['postmortem.md', '회고 🚨.md', 'README.md', 'notes.markdown', 'a b.MD', 'postmortems/2026-03-14.md', 'incidents/장애.md', '.hidden/x.md', 'node_modules/x.md'];

export interface CliCase {
  files: Array<{ name: string; bytes: Uint8Array }>;
  config: { name: string; text: string; explicit: boolean } | null;
  format: 'text' | 'json' | 'sarif' | 'model';
  flags: string[];
  /** '.', a glob, or the files by name. */
  target: 'folder' | 'glob' | 'files';
}

export const cliCase: fc.Arbitrary<CliCase> = fc.record({
  files: fc.uniqueArray(fc.record({ name: fc.constantFrom(...NAMES), bytes: content }), { minLength: 1, maxLength: 3, selector: (f) => f.name }),
  config: fc.option(
    fc.record({ name: fc.constantFrom('.postmortemrc.json', '.postmortemrc.yaml', '.postmortemrc', 'my-config.yml'), text: configCase.map((c) => c.text), explicit: fc.boolean() }),
    { freq: 2 },
  ),
  format: fc.constantFrom('text', 'json', 'sarif', 'model'),
  flags: fc.tuple(fc.subarray(['--force', '--quiet']), fc.option(fc.nat({ max: 5 }))).map(([f, max]) => (max === null ? f : [...f, '--max-warnings', String(max)])),
  target: fc.constantFrom('folder', 'glob', 'files'),
});
