/**
 * Nodes: the steps, decisions, guidance and outcomes of a pathway, joined
 * on `kind`.
 */
import * as z from './zod.js';
import {
  CodingSchema,
  ExprSchema,
  FieldIdSchema,
  IdSchema,
  RichTextSchema,
  SourceRefsSchema,
  TextSchema,
} from './common.js';
import { FieldSchema } from './fields.js';
import { DispositionSchema, UrgencySchema } from './urgency.js';

const base = {
  id: IdSchema,
  title: TextSchema,
  /** The sources, or recommendations of them, the node implements (`nice-cg150#1.1.1`). */
  sources: z.exactOptional(SourceRefsSchema),
};

/** One screen of one or more fields. */
export const StepNodeSchema = z.strictObject({
  ...base,
  kind: z.literal('step'),
  description: z.exactOptional(RichTextSchema),
  fields: z.array(FieldSchema).check(z.minLength(1)),
});

/** No screen: routes at once on its edges' conditions. */
export const DecisionNodeSchema = z.strictObject({
  ...base,
  kind: z.literal('decision'),
  description: z.exactOptional(TextSchema),
});

/** Guidance to read before going on. */
export const InfoNodeSchema = z.strictObject({ ...base, kind: z.literal('info'), body: RichTextSchema });

/** The service that receives a referral. */
export const ServiceSchema = z.strictObject({ name: TextSchema, code: z.exactOptional(CodingSchema) });

/** Where the pathway ends, and what happens next. */
export const OutcomeNodeSchema = z.strictObject({
  ...base,
  kind: z.literal('outcome'),
  disposition: DispositionSchema,
  urgency: UrgencySchema,
  timeframe: TextSchema,
  service: z.exactOptional(ServiceSchema),
  actor: TextSchema,
  summary: z.exactOptional(RichTextSchema),
  nextSteps: z.exactOptional(RichTextSchema),
  safetyNetting: z.exactOptional(RichTextSchema),
  requires: z.array(FieldIdSchema),
  code: z.exactOptional(CodingSchema),
});

/** Every node kind. */
export const NODE_KINDS = ['step', 'decision', 'info', 'outcome'] as const;

/** A node of any kind. */
export const NodeSchema = z.discriminatedUnion('kind', [
  StepNodeSchema,
  DecisionNodeSchema,
  InfoNodeSchema,
  OutcomeNodeSchema,
]);

/** One screen of one or more fields. */
export type StepNode = z.infer<typeof StepNodeSchema>;
/** A node that routes without a screen. */
export type DecisionNode = z.infer<typeof DecisionNodeSchema>;
/** Guidance to read before going on. */
export type InfoNode = z.infer<typeof InfoNodeSchema>;
/** Where the pathway ends. */
export type OutcomeNode = z.infer<typeof OutcomeNodeSchema>;
/** The receiving service of an outcome. */
export type Service = z.infer<typeof ServiceSchema>;
/** A node of any kind. */
export type Node = z.infer<typeof NodeSchema>;
/** The kind of a node. */
export type NodeKind = Node['kind'];
/** `Node` under a name that does not shadow the DOM's `Node` in browser code. */
export type PathwayNode = Node;

/**
 * Whether edges may leave a node: every kind leads on except an outcome,
 * which ends the pathway.
 */
export function mayLeadOn(node: Pick<Node, 'kind'>): boolean {
  return node.kind !== 'outcome';
}

/** An ordered connection from one node to the next; without `when` it is the `otherwise` branch. */
export const EdgeSchema = z.strictObject({
  id: IdSchema,
  from: IdSchema,
  to: IdSchema,
  when: z.exactOptional(ExprSchema),
  label: z.exactOptional(TextSchema),
  /** The sources, or recommendations of them, the routing rule implements. */
  sources: z.exactOptional(SourceRefsSchema),
});

/** An ordered connection between nodes. */
export type Edge = z.infer<typeof EdgeSchema>;
