/**
 * The pathway document (schemaVersion 1): identity, sign-off, sources,
 * context, nodes, edges, variables, scenarios, layout and translations.
 */
import * as z from './zod.js';
import {
  FieldIdSchema,
  HttpUrlSchema,
  IdSchema,
  IsoDateSchema,
  PathwayIdSchema,
  RecommendationIdSchema,
  RichTextSchema,
  SemverSchema,
  TextSchema,
  UnitSchema,
} from './common.js';
import { OptionSchema } from './fields.js';
import { EdgeSchema, NodeSchema } from './nodes.js';
import { ScenarioSchema } from './scenarios.js';
import { token } from './tokens.js';
import { VariableSchema } from './variables.js';

/** The schema version this Careway writes. */
export const CURRENT_SCHEMA_VERSION = 1;

/** Statuses of a pathway. */
export const STATUSES = ['draft', 'active', 'retired'] as const;

/** A clinical sign-off: who judged the pathway clinically safe, and when. */
export const ApprovalSchema = z.strictObject({
  role: TextSchema,
  name: TextSchema,
  date: IsoDateSchema,
  statement: TextSchema,
  fingerprint: z.exactOptional(
    z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/, token('invalid_fingerprint'))),
  ),
});

/**
 * One numbered recommendation of a source, in the pathway's own short words.
 * `outOfScope` gives the reason when the pathway deliberately does not
 * implement it (so that it is not reported as untraced).
 */
export const RecommendationSchema = z.strictObject({
  id: RecommendationIdSchema,
  summary: TextSchema,
  outOfScope: z.exactOptional(TextSchema),
});

/** A guideline the clinical rules come from, with the recommendations the pathway traces to. */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  publisher: z.exactOptional(TextSchema),
  url: HttpUrlSchema,
  section: z.exactOptional(TextSchema),
  /** The date the source was last read against the pathway. */
  accessed: z.exactOptional(IsoDateSchema),
  recommendations: z.exactOptional(z.array(RecommendationSchema)),
});

/** Types of context facts. */
export const CONTEXT_TYPES = [
  'boolean',
  'integer',
  'decimal',
  'string',
  'date',
  'choice',
  'multi-choice',
] as const;

/** A fact the host may pass in, referenced in expressions as `context.<id>`. */
export const ContextFieldSchema = z.strictObject({
  id: FieldIdSchema,
  label: TextSchema,
  type: z.enum(CONTEXT_TYPES),
  options: z.exactOptional(z.array(OptionSchema).check(z.minLength(1))),
  unit: z.exactOptional(UnitSchema),
});

/** Who publishes the pathway. */
export const PublisherSchema = z.strictObject({ name: TextSchema, contact: z.exactOptional(TextSchema) });

/** A node's position on the designer's canvas. */
export const PositionSchema = z.strictObject({ x: z.number(), y: z.number() });

/** Designer layout, apart from the clinical content. */
export const LayoutSchema = z.strictObject({ nodes: z.record(IdSchema, PositionSchema) });

/** The form of a text key, e.g. `field.fit_result.label` (see `textKeys`). */
export const TEXT_KEY_PATTERN =
  /^(?:pathway|node|edge|field|option|validation|variable|context)(?:\.[A-Za-z0-9_-]+)+$/;

/** Translations by language; each maps a text key to the translated text. */
export const TranslationsSchema = z.strictObject({
  cy: z.exactOptional(
    z.record(z.string().check(z.regex(TEXT_KEY_PATTERN, token('invalid_text_key'))), TextSchema),
  ),
});

/** The pathway document. */
export const PathwaySchema = z.strictObject({
  /** Lets editors find the JSON Schema; not part of the clinical content. */
  $schema: z.exactOptional(z.string().check(z.maxLength(2048))),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: PathwayIdSchema,
  version: SemverSchema,
  title: TextSchema,
  description: z.exactOptional(RichTextSchema),
  status: z.enum(STATUSES),
  publisher: z.exactOptional(PublisherSchema),
  approvals: z.array(ApprovalSchema),
  sources: z.array(SourceSchema),
  context: z.array(ContextFieldSchema),
  start: IdSchema,
  nodes: z.array(NodeSchema).check(z.minLength(1)),
  edges: z.array(EdgeSchema),
  variables: z.array(VariableSchema),
  scenarios: z.array(ScenarioSchema),
  layout: z.exactOptional(LayoutSchema),
  translations: z.exactOptional(TranslationsSchema),
});

/** A clinical sign-off. */
export type Approval = z.infer<typeof ApprovalSchema>;
/** A guideline the rules come from. */
export type Source = z.infer<typeof SourceSchema>;
/** One recommendation of a source. */
export type Recommendation = z.infer<typeof RecommendationSchema>;
/** A fact the host may pass in. */
export type ContextField = z.infer<typeof ContextFieldSchema>;
/** The type of a context fact. */
export type ContextType = ContextField['type'];
/** Who publishes the pathway. */
export type Publisher = z.infer<typeof PublisherSchema>;
/** A node's position on the canvas. */
export type Position = z.infer<typeof PositionSchema>;
/** Designer layout. */
export type Layout = z.infer<typeof LayoutSchema>;
/** Translations by language. */
export type Translations = z.infer<typeof TranslationsSchema>;
/** A language a pathway can be read in. */
export type Language = 'en' | keyof Translations;
/** The status of a pathway. */
export type PathwayStatus = z.infer<typeof PathwaySchema>['status'];
/** The pathway document, schemaVersion 1. */
export type Pathway = z.infer<typeof PathwaySchema>;
