/**
 * What a pathway may need before it starts, loaded on demand as one file
 * beside the element's module: the expression check (readable.ts, for every
 * document not pinned by `integrity`) and the drafts machinery
 * (draft-store.ts, with `draft-key`). One file, not two: both share core's
 * expression modules with the main file, and the bundler (Rolldown 1.2)
 * splits modules shared by the main file and two on-demand files into a
 * third file the main file must load first (rolldown/rolldown#10731), which
 * would make careway.js two files. size.test.ts checks that it stays one.
 */
export * from './draft-store.js';
export { unreadableProblem } from './readable.js';
