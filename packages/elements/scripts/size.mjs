// `pnpm --filter @careway/elements run size`: the gzip size of the single-file build
// (Lit and @careway/core included) against its 40 KB budget, with what takes the bytes.
import { measureBundle } from './bundle-size.mjs';

const { bytes, gzip, budget, parts } = await measureBundle({ byOrigin: true });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `dist/careway.js: ${bytes} bytes, ${gzip} bytes gzip (${kb(gzip)}); budget ${budget} bytes (${kb(budget)})`,
);
console.log(
  '\nBy origin (each minified and gzipped alone, so the parts add up to a little more than the whole):',
);
console.log('| origin | minified | gzip |\n|---|---:|---:|');
for (const p of parts) console.log(`| ${p.origin} | ${kb(p.bytes)} | ${kb(p.gzip)} |`);
if (gzip > budget) {
  console.error(`\nOver budget by ${gzip - budget} bytes gzip.`);
  process.exit(1);
}
console.log('\nWithin budget.');
