/**
 * `@careway/elements`: the embeddable Careway pathway runtime.
 *
 * @packageDocumentation
 */
export { CarewayPathway } from './components/careway-pathway/careway-pathway.js';
