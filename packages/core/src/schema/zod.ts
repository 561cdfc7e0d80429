/**
 * zod, configured for Careway. Every schema module imports it from here
 * (`import * as z from './zod.js'`) so that the configuration is in force
 * before any schema is built: zod decides at construction whether to compile
 * validators.
 *
 * `zod/mini` rather than classic zod: the same validation, tree-shakable,
 * about 7 KB gzip instead of 90 in the runtime bundle.
 */
import { config } from 'zod/mini';

// zod can compile validators with `new Function` (and probes whether it
// may), which a strict Content-Security-Policy (`script-src 'self'`) reports
// as a violation; Careway must run there without one. zod/mini's objects do
// not compile today; this keeps it so whatever zod does next (csp.test.ts).
config({ jitless: true });

// Re-exported name by name, never as one namespace object: a bundler then keeps only the
// functions a build uses (esbuild cannot shake a namespace that is re-exported as a value).
export * from 'zod/mini';
