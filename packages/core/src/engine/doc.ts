/**
 * The pathway document types the engine reads, gathered in one module so that
 * the engine depends on the schema module in exactly one place.
 */
export type {
  AnswerValue,
  AttachmentRef,
  Coding,
  ContextField,
  DecisionNode,
  Edge,
  Field,
  FieldType,
  InfoNode,
  Node,
  Option,
  OutcomeNode,
  Pathway,
  Scenario,
  StepNode,
  Unit,
  Urgency,
  Variable,
} from '../schema/index.js';
