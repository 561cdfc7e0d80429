/**
 * Variables: named values computed from fields and context, such as a Wells
 * or FeverPAIN score.
 */
import * as z from './zod.js';
import { ExprSchema, FieldIdSchema, RichTextSchema, TextSchema, UnitSchema } from './common.js';

/** A value computed by one expression. */
export const ExpressionVariableSchema = z.strictObject({
  id: FieldIdSchema,
  label: TextSchema,
  kind: z.literal('expression'),
  expr: ExprSchema,
  unit: z.exactOptional(UnitSchema),
  show: z.exactOptional(z.boolean()),
});

/** One line of a score: its points count when `when` holds. */
export const ScoreItemSchema = z.strictObject({ label: TextSchema, when: ExprSchema, points: z.number() });

/** A named range of a score, e.g. "DVT likely" for 2 and above. */
export const ScoreBandSchema = z.strictObject({
  label: TextSchema,
  min: z.exactOptional(z.number()),
  max: z.exactOptional(z.number()),
});

/** The sum of the points of the items whose condition holds; explains itself by listing them. */
export const ScoreVariableSchema = z.strictObject({
  id: FieldIdSchema,
  label: TextSchema,
  kind: z.literal('score'),
  items: z.array(ScoreItemSchema).check(z.minLength(1)),
  bands: z.exactOptional(z.array(ScoreBandSchema).check(z.minLength(1))),
  show: z.exactOptional(z.boolean()),
  explanation: z.exactOptional(RichTextSchema),
});

/** A variable of either kind. */
export const VariableSchema = z.discriminatedUnion('kind', [ExpressionVariableSchema, ScoreVariableSchema]);

/** A value computed by one expression. */
export type ExpressionVariable = z.infer<typeof ExpressionVariableSchema>;
/** A clinical score. */
export type ScoreVariable = z.infer<typeof ScoreVariableSchema>;
/** One line of a score. */
export type ScoreItem = z.infer<typeof ScoreItemSchema>;
/** A named range of a score. */
export type ScoreBand = z.infer<typeof ScoreBandSchema>;
/** A named computed value. */
export type Variable = z.infer<typeof VariableSchema>;
