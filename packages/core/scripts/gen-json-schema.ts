/**
 * Writes `careway.schema.json` from the zod schema of the pathway document.
 * Run after changing the schema: `npx tsx scripts/gen-json-schema.ts`
 * (`--check` exits 1 instead of writing when the file is out of date, for CI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText } from '../src/schema/json-schema.js';

const target = fileURLToPath(new URL('../careway.schema.json', import.meta.url));
const text = jsonSchemaText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file is out of date
  }
  if (current !== text) {
    console.error('careway.schema.json is out of date: run `npx tsx scripts/gen-json-schema.ts`.');
    process.exit(1);
  }
  console.log('careway.schema.json is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}
