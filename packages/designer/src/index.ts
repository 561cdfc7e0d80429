/**
 * `@careway/designer`: the visual pathway designer as an embeddable React component.
 *
 * @packageDocumentation
 */
export { PathwayDesigner, type PathwayDesignerProps } from './PathwayDesigner.js';
