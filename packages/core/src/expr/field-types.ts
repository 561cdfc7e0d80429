/**
 * The types of a pathway's fields and of the names in a type environment:
 * what the type checker reads. A module of its own so that the runtime,
 * which never type-checks, does not carry it.
 */
import type { ExprType, TypeSpec } from './types.js';

/** The {@link ExprType} a {@link TypeSpec} stands for. */
export function toExprType(spec: TypeSpec): ExprType {
  return typeof spec === 'string' ? { kind: spec } : spec;
}

/** The type declared for `name` in `table`, looking at own properties only (so `constructor` is not a field). */
export function lookupType(
  table: Readonly<Record<string, TypeSpec>> | undefined,
  name: string,
): ExprType | undefined {
  if (!table || !Object.prototype.hasOwnProperty.call(table, name)) return undefined;
  const spec = table[name];
  return spec === undefined ? undefined : toExprType(spec);
}

/** A field, variable or context fact as the pathway document describes it (only what typing needs). */
export interface FieldShape {
  readonly type: string;
  readonly options?: readonly { readonly value: string }[];
}

/**
 * The expression type of a pathway field or context fact, from its `type`
 * (`integer` and `decimal` are numbers, `text` is a string, `choice` a
 * string with options, ...), or `undefined` for a `display` field, which has
 * no value.
 *
 * @example
 * typeOfField({ type: 'multi-choice', options: [{ value: 'cough' }, { value: 'haemoptysis' }] })
 * // { kind: 'list', options: ['cough', 'haemoptysis'] }
 */
export function typeOfField(field: FieldShape): ExprType | undefined {
  const options = field.options?.map((o) => o.value) ?? [];
  switch (field.type) {
    case 'boolean':
      return { kind: 'boolean' };
    case 'integer':
    case 'decimal':
      return { kind: 'number' };
    case 'string':
    case 'text':
    case 'long-text':
      return { kind: 'string' };
    case 'date':
      return { kind: 'date' };
    case 'choice':
      return { kind: 'string', options };
    case 'multi-choice':
      return { kind: 'list', options };
    case 'attachment':
      return { kind: 'list' };
    default:
      return undefined;
  }
}
