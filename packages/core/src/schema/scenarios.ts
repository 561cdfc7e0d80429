/**
 * Scenarios: clinical test cases kept in the document — given answers and
 * context, the expected outcome — run by the designer, the CLI and CI.
 */
import * as z from './zod.js';
import { FieldIdSchema, IdSchema, TextSchema } from './common.js';
import { token } from './tokens.js';

/** A file given as the answer to an attachment field. */
export const AttachmentRefSchema = z.strictObject({
  name: TextSchema,
  type: TextSchema,
  size: z.int(token('not_integer')).check(z.nonnegative(token('non_negative'))),
  id: z.exactOptional(z.string()),
});

/**
 * An answer: boolean; string for choice (the option value), text, long
 * text and date (`YYYY-MM-DD`); string list for multi-choice; number for
 * integer and decimal; attachment list for attachment.
 */
export const AnswerValueSchema = z.union(
  [z.boolean(), z.string(), z.number(), z.array(z.string()), z.array(AttachmentRefSchema)],
  token('invalid_answer'),
);

/** A fact about the patient as the host passes it in. */
export const ContextValueSchema = z.union(
  [z.boolean(), z.string(), z.number(), z.array(z.string())],
  token('invalid_context_value'),
);

/** What a scenario expects: the outcome node, and optionally the exact route from `start` to it. */
export const ScenarioExpectSchema = z.strictObject({
  outcome: IdSchema,
  path: z.exactOptional(z.array(IdSchema).check(z.minLength(1))),
});

/** A clinical test case. */
export const ScenarioSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  description: z.exactOptional(TextSchema),
  context: z.exactOptional(z.record(FieldIdSchema, ContextValueSchema)),
  answers: z.record(FieldIdSchema, AnswerValueSchema),
  expect: ScenarioExpectSchema,
});

/** A file given as an attachment answer. */
export type AttachmentRef = z.infer<typeof AttachmentRefSchema>;
/** An answer to a field. */
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
/** A value of a context fact. */
export type ContextValue = z.infer<typeof ContextValueSchema>;
/** A clinical test case. */
export type Scenario = z.infer<typeof ScenarioSchema>;
