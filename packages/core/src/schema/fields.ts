/**
 * Fields: the questions a step asks. One schema per field type, joined on
 * `type`.
 */
import * as z from './zod.js';
import {
  CodingSchema,
  ExprSchema,
  FieldIdSchema,
  OptionValueSchema,
  RichTextSchema,
  SourceRefsSchema,
  TextSchema,
  UnitSchema,
} from './common.js';
import { token } from './tokens.js';
import { UrgencySchema } from './urgency.js';

const int = () => z.int(token('not_integer'));
const positiveInt = () => int().check(z.positive(token('positive')));
const nonNegativeInt = () => int().check(z.nonnegative(token('non_negative')));

/** One answer a choice or multi-choice field offers. */
export const OptionSchema = z.strictObject({
  value: OptionValueSchema,
  label: TextSchema,
  hint: z.exactOptional(TextSchema),
  code: z.exactOptional(CodingSchema),
  redFlag: z.exactOptional(z.boolean()),
  score: z.exactOptional(z.number()),
  sources: z.exactOptional(SourceRefsSchema),
});

/** The urgency an answer demands, and when. */
export const RedFlagSchema = z.strictObject({
  urgency: UrgencySchema,
  when: z.exactOptional(ExprSchema),
  reason: z.exactOptional(TextSchema),
  sources: z.exactOptional(SourceRefsSchema),
});

/** A rule the answer must meet, with the message shown when it does not. */
export const ValidationSchema = z.strictObject({
  when: ExprSchema,
  message: TextSchema,
  code: z.exactOptional(z.string().check(z.maxLength(100), z.regex(/^\S+$/, token('invalid_code')))),
});

const base = {
  id: FieldIdSchema,
  label: TextSchema,
  hint: z.exactOptional(RichTextSchema),
  why: z.exactOptional(RichTextSchema),
  required: z.exactOptional(z.boolean()),
  showWhen: z.exactOptional(ExprSchema),
  prefill: z.exactOptional(ExprSchema),
  redFlag: z.exactOptional(RedFlagSchema),
  validations: z.exactOptional(z.array(ValidationSchema)),
  code: z.exactOptional(CodingSchema),
  sources: z.exactOptional(SourceRefsSchema),
};

const numberShape = {
  ...base,
  unit: z.exactOptional(UnitSchema),
  min: z.exactOptional(z.number()),
  max: z.exactOptional(z.number()),
  step: z.exactOptional(z.number().check(z.positive(token('positive')))),
};

const textShape = { ...base, maxLength: z.exactOptional(positiveInt()) };

/** A yes/no question. */
export const BooleanFieldSchema = z.strictObject({
  ...base,
  type: z.literal('boolean'),
  trueLabel: z.exactOptional(TextSchema),
  falseLabel: z.exactOptional(TextSchema),
});
/** One answer from a list. */
export const ChoiceFieldSchema = z.strictObject({
  ...base,
  type: z.literal('choice'),
  options: z.array(OptionSchema).check(z.minLength(1)),
});
/** Any number of answers from a list. */
export const MultiChoiceFieldSchema = z.strictObject({
  ...base,
  type: z.literal('multi-choice'),
  options: z.array(OptionSchema).check(z.minLength(1)),
  exclusive: z.exactOptional(z.array(OptionValueSchema)),
});
/** A whole number, e.g. an age or a count. */
export const IntegerFieldSchema = z.strictObject({ ...numberShape, type: z.literal('integer') });
/** A number with decimals, e.g. a blood test result. */
export const DecimalFieldSchema = z.strictObject({ ...numberShape, type: z.literal('decimal') });
/** A calendar date. */
export const DateFieldSchema = z.strictObject({
  ...base,
  type: z.literal('date'),
  dateOfBirth: z.exactOptional(z.boolean()),
  notInFuture: z.exactOptional(z.boolean()),
});
/** A line of text. */
export const TextFieldSchema = z.strictObject({ ...textShape, type: z.literal('text') });
/** Several paragraphs of text. */
export const LongTextFieldSchema = z.strictObject({ ...textShape, type: z.literal('long-text') });
/** Files the clinician attaches, e.g. a photograph or a letter. */
export const AttachmentFieldSchema = z.strictObject({
  ...base,
  type: z.literal('attachment'),
  accept: z
    .array(z.string().check(z.regex(/^[a-z]+\/(?:\*|[a-z0-9][a-z0-9.+-]*)$/i, token('invalid_mime'))))
    .check(z.minLength(1)),
  maxBytes: positiveInt(),
  minFiles: z.exactOptional(nonNegativeInt()),
  maxFiles: positiveInt(),
});
/** Text shown between questions; asks nothing. */
export const DisplayFieldSchema = z.strictObject({
  ...base,
  type: z.literal('display'),
  text: RichTextSchema,
});

/** Every field type, in the order the designer offers them. */
export const FIELD_TYPES = [
  'boolean',
  'choice',
  'multi-choice',
  'integer',
  'decimal',
  'date',
  'text',
  'long-text',
  'attachment',
  'display',
] as const;

/** A field of any type. */
export const FieldSchema = z.discriminatedUnion('type', [
  BooleanFieldSchema,
  ChoiceFieldSchema,
  MultiChoiceFieldSchema,
  IntegerFieldSchema,
  DecimalFieldSchema,
  DateFieldSchema,
  TextFieldSchema,
  LongTextFieldSchema,
  AttachmentFieldSchema,
  DisplayFieldSchema,
]);

/** One answer a choice or multi-choice field offers. */
export type Option = z.infer<typeof OptionSchema>;
/** The urgency an answer demands. */
export type RedFlag = z.infer<typeof RedFlagSchema>;
/** A rule an answer must meet. */
export type Validation = z.infer<typeof ValidationSchema>;
/** A question (or, for `display`, text shown between questions). */
export type Field = z.infer<typeof FieldSchema>;
/** The type of a field. */
export type FieldType = Field['type'];
/** The field of a given type, e.g. `FieldOf<'choice'>`. */
export type FieldOf<T extends FieldType> = Extract<Field, { type: T }>;
/** A field whose answer is a number. */
export type NumberField = FieldOf<'integer' | 'decimal'>;
/** A field whose answer is chosen among options. */
export type ChoiceLikeField = FieldOf<'choice' | 'multi-choice'>;

/** True when the field offers options. */
export function hasOptions(field: Field): field is ChoiceLikeField {
  return field.type === 'choice' || field.type === 'multi-choice';
}

/** True when the field takes an answer (every type except `display`). */
export function isAnswerable(field: Field): boolean {
  return field.type !== 'display';
}

/** True when the field must be answered: `required` defaults to true; `display` fields are never required. */
export function isRequired(field: Field): boolean {
  return field.type !== 'display' && field.required !== false;
}

/**
 * Whether a red flag on this field needs `when` to be able to fire: a yes/no
 * question fires on yes, and a choice fires on the options marked
 * `redFlag: true`; every other field (and a choice with no marked option)
 * must say which answers are red flags.
 *
 * @example
 * redFlagNeedsWhen({ id: 'age', type: 'integer', label: 'Age' }); // true
 * redFlagNeedsWhen({ id: 'bleeding', type: 'boolean', label: 'Bleeding?' }); // false
 */
export function redFlagNeedsWhen(field: Field): boolean {
  if (field.type === 'boolean') return false;
  return !(hasOptions(field) && field.options.some((o) => o.redFlag === true));
}
