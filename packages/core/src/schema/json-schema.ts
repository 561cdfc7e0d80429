/**
 * The JSON Schema of the pathway document, generated from the zod schema,
 * for editors (autocompletion and checking while typing JSON by hand) and
 * for tools outside TypeScript. Rules that need the whole document
 * (references, uniqueness, real dates, red flags) are not in it:
 * `safeParsePathway` is the full check.
 */
import * as common from './common.js';
import * as fields from './fields.js';
import * as nodes from './nodes.js';
import * as pathway from './pathway.js';
import * as scenarios from './scenarios.js';
import { UrgencySchema } from './urgency.js';
import * as variables from './variables.js';
import * as z from './zod.js';

/** Where the published schema lives. */
export const PATHWAY_SCHEMA_ID = `https://careway.dev/schema/pathway-${pathway.CURRENT_SCHEMA_VERSION}.json`;

type Meta = { id: string; description: string };

/** Names and descriptions of the reusable parts, built only when a schema is asked for. */
function definitions(): z.core.$ZodRegistry<Meta> {
  const registry = z.registry<Meta>();
  const add = (schema: z.core.$ZodType, id: string, description: string): void => {
    registry.add(schema, { id, description });
  };
  add(
    common.IdSchema,
    'Id',
    'A node, edge, scenario or source id: a letter, then letters, digits, "_" or "-".',
  );
  add(
    common.FieldIdSchema,
    'FieldId',
    'A field, variable or context id, usable in expressions: a lower-case letter, then lower-case letters, digits or "_".',
  );
  add(
    common.SourceRefSchema,
    'SourceRef',
    'A source the element implements, or one recommendation of it: "nice-cg150" or "nice-cg150#1.1.1".',
  );
  add(common.TextSchema, 'Text', 'Plain text; must not be empty.');
  add(
    common.RichTextSchema,
    'RichText',
    'Text in the safe markup subset: paragraphs, "- " and "1. " lists, *emphasis*, **strong**, [links](https://…). Never HTML.',
  );
  add(
    common.ExprSchema,
    'Expr',
    'A condition or value in the Careway expression language, e.g. "wells >= 2 and not previous_dvt".',
  );
  add(common.IsoDateSchema, 'Date', 'A calendar date, YYYY-MM-DD.');
  add(
    common.CodingSchema,
    'Coding',
    'A code from a terminology such as SNOMED CT (http://snomed.info/sct) or LOINC.',
  );
  add(common.UnitSchema, 'Unit', 'A unit shown beside a number, with its UCUM code.');
  add(
    UrgencySchema,
    'Urgency',
    'How soon to act, least to most urgent: routine, urgent, suspected-cancer, same-day, emergency.',
  );
  add(fields.OptionSchema, 'Option', 'One answer a choice or multi-choice field offers.');
  add(fields.RedFlagSchema, 'RedFlag', 'The urgency a positive answer demands, and when.');
  add(
    fields.ValidationSchema,
    'Validation',
    'A rule the answer must meet, with the message shown when it does not.',
  );
  add(fields.FieldSchema, 'Field', 'A question on a step, or display text between questions.');
  add(nodes.NodeSchema, 'Node', 'A step, decision, info node or outcome.');
  add(nodes.EdgeSchema, 'Edge', 'A connection between nodes; without "when" it is the otherwise branch.');
  add(
    variables.VariableSchema,
    'Variable',
    'A named value computed from fields and context: an expression or a score.',
  );
  add(scenarios.AnswerValueSchema, 'AnswerValue', 'An answer as a scenario gives it.');
  add(
    scenarios.ScenarioSchema,
    'Scenario',
    'A clinical test case: answers and context in, the expected outcome out.',
  );
  add(pathway.ApprovalSchema, 'Approval', 'A clinical sign-off.');
  add(pathway.SourceSchema, 'Source', 'A guideline the clinical rules come from.');
  add(
    pathway.RecommendationSchema,
    'Recommendation',
    'One numbered recommendation of a source, summarised; outOfScope gives the reason when the pathway does not implement it.',
  );
  add(pathway.ContextFieldSchema, 'ContextField', 'A fact the host may pass in, used as context.<id>.');
  return registry;
}

/**
 * The JSON Schema (draft 2020-12) of a pathway document, as a fresh object.
 * `packages/core/careway.schema.json` is this, written out by
 * `scripts/gen-json-schema.ts`.
 *
 * @example
 * // pathway.json
 * { "$schema": "https://careway.dev/schema/pathway-1.json", … }
 */
export function pathwayJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(pathway.PathwaySchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    metadata: definitions(),
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: PATHWAY_SCHEMA_ID,
    title: 'Careway pathway',
    description: `A Careway clinical pathway document, schemaVersion ${pathway.CURRENT_SCHEMA_VERSION}. See docs/format/pathway.md.`,
    ...rest,
  };
}

/** The JSON Schema as the text of `careway.schema.json`: two-space indentation and a trailing newline. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(pathwayJsonSchema(), null, 2)}\n`;
}
