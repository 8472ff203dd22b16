// The bundle's entry (dist/remark-preset.js, package export
// `postmortem-assistant/remark-preset`). `export =` makes the plugin the
// module itself, so `import()` (remark-cli) and `require()` both get it as
// the default export.
import { remarkPostmortem } from './plugin.js';

export = remarkPostmortem;
