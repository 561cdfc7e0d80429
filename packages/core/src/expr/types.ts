/**
 * Static types of the expression language and the environment an expression
 * is checked against.
 */

/** The kinds of value an expression can have. A date is a calendar day; a list is a list of option values. */
export type TypeName = 'boolean' | 'number' | 'string' | 'date' | 'duration' | 'list';

/**
 * A type. A single-choice field is a `string` with `options`; a
 * multiple-choice field is a `list` with `options`. Without `options`, a
 * `string` is free text and a `list` accepts any values.
 */
export interface ExprType {
  readonly kind: TypeName;
  /** The allowed option values of a choice (`string`) or multiple choice (`list`). */
  readonly options?: readonly string[];
}

/** A type as written in an environment: a {@link TypeName} for short, or an {@link ExprType}. */
export type TypeSpec = TypeName | ExprType;

/**
 * What an expression may refer to: the pathway's fields and variables by id,
 * and the facts the host may pass in (referred to as `context.<id>`).
 *
 * @example
 * const env: TypeEnv = {
 *   names: { age: 'number', symptoms: { kind: 'list', options: ['haemoptysis', 'cough'] } },
 *   context: { sex: { kind: 'string', options: ['female', 'male'] } },
 * };
 */
export interface TypeEnv {
  /** Fields and variables, by id. */
  readonly names?: Readonly<Record<string, TypeSpec>>;
  /** Context facts, by id (without the `context.` prefix). */
  readonly context?: Readonly<Record<string, TypeSpec>>;
}

export { lookupType, toExprType, typeOfField, type FieldShape } from './field-types.js';

/** A type in words, for messages: "a number", "a single choice", "true/false". */
export function describeType(type: ExprType): string {
  switch (type.kind) {
    case 'boolean':
      return 'true/false';
    case 'number':
      return 'a number';
    case 'string':
      return type.options ? 'a single choice' : 'text';
    case 'date':
      return 'a date';
    case 'duration':
      return 'a duration';
    case 'list':
      return type.options ? 'a multiple choice' : 'a list';
  }
}

/**
 * The common type of values that may each be the result (the branches of
 * `if`, the arguments of `coalesce`): option sets are merged when every part
 * has one. `undefined` when the kinds differ.
 */
export function unify(types: readonly ExprType[]): ExprType | undefined {
  const first = types[0];
  if (!first || types.some((t) => t.kind !== first.kind)) return undefined;
  if (!types.every((t) => t.options)) return { kind: first.kind };
  const options = [...new Set(types.flatMap((t) => t.options ?? []))];
  return { kind: first.kind, options };
}
