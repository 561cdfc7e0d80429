/**
 * The Careway document and engine types the FHIR mapping reads and writes,
 * gathered in one module so that the mapping depends on their owners'
 * modules in exactly one place.
 */
export type { Coding, Unit } from '../schema/common.js';
export type { Field, Option } from '../schema/fields.js';
export type { Node as PathwayNode, OutcomeNode, StepNode } from '../schema/nodes.js';
export type { Pathway } from '../schema/pathway.js';
export type { Urgency } from '../schema/urgency.js';
export type { Variable } from '../schema/variables.js';
export type { AnsweredItem, Result } from '../engine/types.js';
