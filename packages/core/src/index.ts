/**
 * `@careway/core`: the pathway document, the expression language, the engine
 * and the analysis. Pure TypeScript with no DOM and no Node-only API, so the
 * same code runs in the browser runtime, the designer, the CLI and CI.
 *
 * @packageDocumentation
 */
export * from './issues/index.js';
export * from './schema/index.js';
export * from './markup/index.js';
export * from './expr/index.js';
export * from './engine/index.js';
export * from './analysis/index.js';
export * from './fhir/index.js';
export * from './usage/index.js';
export * from './publish/index.js';
export * from './safety-case/index.js';
