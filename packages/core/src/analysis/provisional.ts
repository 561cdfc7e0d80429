/**
 * The document types the analysis reads, in one place. They come from the
 * engine's `doc.ts`, so that the analysis passes the engine exactly what it
 * expects.
 */
export type {
  ContextField,
  DecisionNode,
  Edge,
  Field,
  InfoNode,
  Node,
  Option,
  OutcomeNode,
  Pathway,
  StepNode,
  Variable,
} from '../engine/doc.js';
import type { Pathway } from '../engine/doc.js';

/** One scenario of a pathway. */
export type Scenario = Pathway['scenarios'][number];
