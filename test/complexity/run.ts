/**
 * The complexity suite at full size: every family at n and 4n, printed as a
 * table. Exits with 1 when a ratio reaches the limit. Run by `npm run fuzz`;
 * `--short` uses the unit-test sizes, `--only <text>` the matching families.
 */
import { FAMILIES } from './families/index.js';
import { LIMIT, measure, table, type Measure } from './measure.js';

const args = process.argv.slice(2);
const short = args.includes('--short');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.toLowerCase() : '';
const rows: Measure[] = [];
for (const family of FAMILIES) {
  if (only && !family.name.toLowerCase().includes(only)) continue;
  const row = measure(family, short ? family.short : family.full);
  rows.push(row);
  console.error(`${row.name}: ${row.ratio.toFixed(2)}`);
}
console.log(table(rows));
const failed = rows.filter((r) => r.ratio >= LIMIT);
if (failed.length > 0) {
  console.log(`\nRatio at or above ${LIMIT}: ${failed.map((r) => r.name).join(', ')}`);
  process.exitCode = 1;
}
